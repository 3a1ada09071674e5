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

dofile("scripts/load/report.lua")
