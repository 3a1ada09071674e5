-- wrk script: counts the answers by HTTP status over all threads, over a mix of reads
-- and writes, so a fault test can tell a clean 503 from any other 5xx.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  statuses = {}
  counter = 0
  auth = os.getenv("REGIO_FAULT_AUTH") or ""
end
local reads = { "/api/v1/initiatives", "/", "/kaart", "/kaart.svg", "/api/v1/organisations", "/health" }
request = function()
  counter = counter + 1
  if counter % 25 == 0 and auth ~= "" then
    local body = string.format('{"name":"Fictief initiatief herstart %d-%d","kind":"programme","wholeRegion":true}', math.random(1, 1e9), counter)
    return wrk.format("POST", "/api/v1/initiatives", { ["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth }, body)
  end
  return wrk.format("GET", reads[(counter % #reads) + 1])
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  local keys = {}
  for k in pairs(total) do table.insert(keys, k) end
  table.sort(keys)
  for _, k in ipairs(keys) do io.write(string.format("status %d: %d\n", k, total[k])) end
  io.write(string.format("socket errors: connect %d read %d write %d timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
