-- wrk script: each request reads "my shifts" as one of many signed-in clinicians, taken in turn.
-- The session cookies come from sessions.txt (one "JSESSIONID=..." per line), written by load-benchmark.sh.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS_FILE") or "sessions.txt") do
  sessions[#sessions + 1] = line
end
local counter = 0
local path = os.getenv("LOAD_PATH") or "/api/me/shifts"

-- THINK_MS > 0: each connection is a clinician who waits 0.5 to 1.5 times THINK_MS between reads (a person, not a
-- script); 0 (default): back to back, i.e. the server's saturation throughput.
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

request = function()
  counter = counter + 1
  local cookie = sessions[(counter % #sessions) + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "application/json" })
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d requests, %d non-2xx/3xx\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status))
end
