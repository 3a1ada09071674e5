-- wrk script for scripts/load/matrix: rotates over the requests of one mix file
-- (REGIO_LOAD_MIX, one request per line: "GET /path" or "POST /path {json body}"; lines
-- starting with # are comments). REGIO_LOAD_GZIP=1 asks for gzip as a browser does.
-- Prints the line of report.lua.
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

dofile("scripts/load/report.lua")
