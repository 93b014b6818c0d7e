#!/usr/bin/env bash
# Runs the Curtois–Qu benchmark with the product's solver and writes the results table into docs/benchmarks.md.
#   scripts/curtois-benchmark.sh [seconds] [instance numbers...]     (defaults: 60 s, instances 1-12)
# Instance files come from $CURTOIS_DIR, else ../shared/benchmarks/curtois relative to the repository root
# (../../shared from a worktree under /work/wt).
# Needs the jar: ./mvnw -B -o -q -pl solver-config,backend package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
instances=("$@")
if [ ${#instances[@]} -eq 0 ]; then
  instances=(1 2 3 4 5 6 7 8 9 10 11 12)
fi
# ../shared from a checkout such as /work/main; one level further up from a worktree such as /work/wt/<name>.
dir="${CURTOIS_DIR:-$root/../shared/benchmarks/curtois}"
if [ -z "${CURTOIS_DIR:-}" ] && [ ! -d "$dir" ] && [ -d "$root/../../shared/benchmarks/curtois" ]; then
  dir="$root/../../shared/benchmarks/curtois"
fi
jar="$root/backend/target/hub-rota.jar"
out="$root/target/curtois"
doc="$root/docs/benchmarks.md"
heading="## Curtois–Qu benchmark (${seconds} s)"

[ -f "$jar" ] || { echo "Missing $jar; build it first." >&2; exit 1; }
[ -f "$dir/BEST_KNOWN.csv" ] || { echo "No benchmark folder at $dir (set CURTOIS_DIR)." >&2; exit 1; }
mkdir -p "$out" "$(dirname "$doc")"

best_known() {
  awk -F, -v name="Instance$1" '$1 == name { print $5 }' "$dir/BEST_KNOWN.csv"
}

field() { # field <json> <name>: a number field of the CLI's one-line JSON
  sed -E "s/.*\"$2\":(-?[0-9.]+).*/\1/" <<<"$1"
}

rows=()
for n in "${instances[@]}"; do
  echo "Instance$n: solving for ${seconds} s..." >&2
  json="$(java -jar "$jar" benchmark curtois "$dir/Instance$n.txt" --seconds "$seconds" \
      --solution-out "$out/Instance$n.sol" 2>"$out/Instance$n.log")"
  echo "$json" | tee "$out/Instance$n.json" >&2
  objective="$(field "$json" objective)"
  hard="$(field "$json" hardViolations)"
  feasible_at="$(field "$json" firstFeasibleSeconds)"
  best="$(best_known "$n")"
  gap="$(awk -v o="$objective" -v b="$best" 'BEGIN { printf "%.1f", (o - b) * 100 / b }')"
  [ "$feasible_at" = "-1.0" ] && feasible_at="never"
  rows+=("| Instance$n | $objective | $best | $gap | $feasible_at | $hard |")
done

section="$(mktemp)"
{
  echo "$heading"
  echo
  echo "Command: \`scripts/curtois-benchmark.sh $seconds ${instances[*]}\` on $(date -u +%Y-%m-%d) ($(nproc) cores, single solver"
  echo "thread). Objective and hard violations are from CurtoisEvaluator on the final roster; the gap is to BEST_KNOWN.csv."
  echo
  echo "| Instance | Objective | Best known | Gap % | First feasible (s) | Hard violations |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
} >"$section"

if [ ! -f "$doc" ]; then
  printf '# Benchmarks\n\n' >"$doc"
fi
# Replace the section with this heading (up to the next "## " heading) or append it.
awk -v heading="$heading" -v file="$section" '
  BEGIN { while ((getline line < file) > 0) text = text line "\n" }
  $0 == heading { printf "%s", text; skipping = 1; done = 1; next }
  skipping && /^## / { skipping = 0 }
  !skipping { print }
  END { if (!done) printf "\n%s", text }
' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
rm -f "$section"
echo "Updated $doc" >&2
