-- wrk script: the landscape list API with a mix of real queries (filters, search,
-- sort, pages), as the overview page and embedded maps ask them.
local paths = {
  "/api/v1/initiatives",
  "/api/v1/initiatives?page=7",
  "/api/v1/initiatives?theme=kandidaatperspectief",
  "/api/v1/initiatives?theme=leer-en-werkcultuur&group=zij-instromers",
  "/api/v1/initiatives?q=leerroute",
  "/api/v1/initiatives?q=werkplekleren%20studenten&sort=-updated",
  "/api/v1/initiatives?municipality=GM0344&maturity=running",
  "/api/v1/initiatives?kind=programme&kind=lab&fundingEndsWithin=12",
  "/api/v1/initiatives?sort=funding-end&perPage=50",
  "/api/v1/initiatives?group=vrijwilligers&municipality=GM0307&page=2",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
