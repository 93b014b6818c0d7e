#!/usr/bin/env bash
# Runs the Curtois–Qu benchmark with the product's solver and writes the results table into docs/benchmarks.md.
#   scripts/curtois-benchmark.sh [seconds] [instance numbers...]     (defaults: 60 s, instances 1-12)
# RUNS=n solves each instance with seeds 1..n (default 1) and reports the median; JOBS=n runs that many solves at a
# time (default 1; each solve uses one solver thread, so JOBS=2 suits a 2-core machine).
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

runs="${RUNS:-1}"
jobs="${JOBS:-1}"

solve_one() { # solve_one <instance number> <seed>: one JSON line into $out/Instance<n>-seed<s>.json
  java -jar "$jar" benchmark curtois "$dir/Instance$1.txt" --seconds "$seconds" --seed "$2" \
      --solution-out "$out/Instance$1-seed$2.sol" >"$out/Instance$1-seed$2.json" 2>"$out/Instance$1-seed$2.log"
  echo "Instance$1 seed $2: $(cat "$out/Instance$1-seed$2.json")" >&2
}
export -f solve_one
export jar dir seconds out
echo "Solving ${#instances[@]} instance(s) x $runs seed(s) for ${seconds} s each, $jobs at a time..." >&2
for n in "${instances[@]}"; do
  for seed in $(seq 1 "$runs"); do
    echo "$n $seed"
  done
done | xargs -P "$jobs" -n 2 bash -c 'solve_one "$0" "$1"'

median() { # median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

rows=()
for n in "${instances[@]}"; do
  objectives=()
  feasible=()
  worst_hard=0
  for seed in $(seq 1 "$runs"); do
    json="$(cat "$out/Instance$n-seed$seed.json")"
    [ -n "$json" ] || { echo "Instance$n seed $seed failed: see $out/Instance$n-seed$seed.log" >&2; exit 1; }
    objectives+=("$(field "$json" objective)")
    feasible+=("$(field "$json" firstFeasibleSeconds)")
    hard="$(field "$json" hardViolations)"
    [ "$hard" -gt "$worst_hard" ] && worst_hard="$hard"
  done
  objective="$(printf '%s\n' "${objectives[@]}" | median)"
  # A run that never became feasible reports -1: it counts as later than any other in the median.
  feasible_at="$(printf '%s\n' "${feasible[@]}" | sed 's/^-1.*$/1e9/' | median)"
  best="$(best_known "$n")"
  gap="$(awk -v o="$objective" -v b="$best" 'BEGIN { printf "%.1f", (o - b) * 100 / b }')"
  feasible_at="$(awk -v f="$feasible_at" 'BEGIN { if (f >= 1e9) print "never"; else printf "%.1f", f }')"
  rows+=("| Instance$n | $objective | $best | $gap | $feasible_at | $worst_hard | ${objectives[*]} |")
done

section="$(mktemp)"
{
  echo "$heading"
  echo
  echo "Command: \`RUNS=$runs JOBS=$jobs scripts/curtois-benchmark.sh $seconds ${instances[*]}\`"
  echo "on $(date -u +%Y-%m-%d), $(nproc) cores, one solver thread per solve, $jobs solve(s) at a time. Objective and hard"
  echo "violations are from CurtoisEvaluator on the final roster. The objective and first-feasible time are medians over"
  echo "seeds 1..$runs, hard violations the worst run's; the gap is the median's gap to BEST_KNOWN.csv."
  echo
  echo "| Instance | Objective | Best known | Gap % | First feasible (s) | Hard violations | Objective per seed |"
  echo "|---|---:|---:|---:|---:|---:|---|"
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
