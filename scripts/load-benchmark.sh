#!/usr/bin/env bash
# Load benchmark (not a test): 200 concurrent clinicians reading their published shifts, against the standalone
# PostgreSQL on 127.0.0.1:5432. Needs the built jar (./mvnw -DskipTests package), wrk and python3.
# Two loads, three runs each: 200 clinicians each reading about once a second, then 200 connections back to back.
#   bash scripts/load-benchmark.sh [connections=200] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-200}
seconds=${2:-30}
port=18090
base="http://localhost:$port"
work=$(mktemp -d)
db=hubrota_load
password=demo-password-2026

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"

echo "Starting the app on $base with the M demo economy (log: $work/app.log)"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx2g -jar backend/target/hub-rota.jar --server.port=$port --hubrota.demo.load=true \
  --hubrota.demo.size=M --hubrota.solver.spent-limit=30s >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
# Readiness turns UP once the demo data is loaded (health is UP as soon as the web server listens).
for _ in $(seq 1 180); do
  curl -sf "$base/actuator/health/readiness" >/dev/null && break
  sleep 1
done

# Signs in and leaves the session in cookie jar $2.
sign_in() {
  curl -s -c "$2" -b "$2" "$base/api/auth/csrf" >/dev/null
  local token
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$2")
  curl -sf -c "$2" -b "$2" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" "$base/api/auth/login" >/dev/null
}
# Calls the API with the session in cookie jar $1: api JAR METHOD PATH [JSON]
api() {
  local token
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$1")
  curl -sf -c "$1" -b "$1" -X "$2" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    ${4:+-d "$4"} "$base$3"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "Hub manager: create, solve and publish next week's rota for every hub"
sign_in manager "$work/manager"
hubs=$(api "$work/manager" GET /api/hubs | json "json.dumps([h['id'] for h in d])")
monday=$(python3 -c "import datetime as t; d=t.date.today(); print(d + t.timedelta(days=7 - d.weekday()))")
rota=$(api "$work/manager" POST /api/rotas "{\"name\":\"Load test\",\"firstDate\":\"$monday\",\"weeks\":1,\"hubIds\":$hubs}" \
  | json "d['id']")
api "$work/manager" POST "/api/rotas/$rota/solve" >/dev/null
sleep 5
while [ "$(api "$work/manager" GET "/api/rotas/$rota" | json "d['solver']['solving']")" = "True" ]; do sleep 2; done
version=$(api "$work/manager" GET "/api/rotas/$rota" | json "d['version']")
api "$work/manager" POST "/api/rotas/$rota/publish" "{\"version\":$version}" | json "'published version', d['versionNumber']"

echo "Signing in $connections clinicians"
sign_in admin "$work/admin"
api "$work/admin" GET "/api/admin/users" | json "'\n'.join(u['username'] for u in d if 'CLINICIAN' in u['roles'])" \
  | head -n "$connections" >"$work/clinicians.txt"
: >"$work/sessions.txt"
while read -r username; do
  sign_in "$username" "$work/c"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$work/c" >>"$work/sessions.txt"
  rm -f "$work/c"
done <"$work/clinicians.txt"
echo "$(wc -l <"$work/sessions.txt") sessions"

path="/api/me/shifts?from=$monday&to=$(python3 -c "import datetime as t; print(t.date.fromisoformat('$monday') + t.timedelta(days=27))")"
echo "wrk: $connections connections for ${seconds}s on GET $path, 3 runs"
curl -sf -b "$(head -1 "$work/sessions.txt")" "$base$path" | head -c 300; echo
# Warm-up (JIT, connection pool), not reported.
SESSIONS_FILE="$work/sessions.txt" LOAD_PATH="$path" wrk -t2 -c"$connections" -d10s \
  -s scripts/load/me-shifts.lua "$base" >/dev/null
for think in 1000 0; do
  if [ "$think" = 0 ]; then
    echo "== back to back (saturation: every connection sends its next request as soon as the last one answers)"
  else
    echo "== each clinician reads every ${think} ms on average (0.5-1.5x, random)"
  fi
  for run in 1 2 3; do
    THINK_MS=$think SESSIONS_FILE="$work/sessions.txt" LOAD_PATH="$path" wrk -t2 -c"$connections" -d"${seconds}s" \
      --latency -s scripts/load/me-shifts.lua "$base" | grep -E "Requests/sec|p50|errors"
  done
done
