-- wrk script for scripts/load/matrix: rotates over the requests of one mix file
-- (REGIO_LOAD_MIX, one request per line: "GET /path" or "POST /path {json body}"; lines
-- starting with # are comments). REGIO_LOAD_GZIP=1 asks for gzip as a browser does.
-- done() prints one line: requests, errors (non-2xx/3xx and socket errors), rps, latency.
local requests = {}

-- In init, not at load: only then does wrk know the Host header to put in each request.
init = function(_)
  local gzip = os.getenv("REGIO_LOAD_GZIP") == "1"
  for line in io.lines(os.getenv("REGIO_LOAD_MIX")) do
    local method, path, body = line:match("^(%u+)%s+(%S+)%s*(.*)$")
    if method then
      local headers = {}
      if gzip then headers["Accept-Encoding"] = "gzip" end
      if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
    end
  end
  assert(#requests > 0, "geen verzoeken in " .. tostring(os.getenv("REGIO_LOAD_MIX")))
end

local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end

done = function(summary, latency, _)
  local e = summary.errors
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
