-- wrk script: the map page (HTML with the server-drawn SVG), gzip as browsers ask,
-- rotating over filters and municipality choices.
local paths = {
  "/kaart",
  "/kaart?theme=kandidaatperspectief",
  "/kaart?theme=kandidaatperspectief&municipality=GM0307",
  "/kaart?group=zij-instromers&municipality=GM0344",
  "/kaart?q=leerroute",
  "/kaart?kind=lab&fundingEndsWithin=12",
  "/kaart?municipality=GM0402&page=3",
  "/kaart?maturity=running&theme=leer-en-werkcultuur",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
