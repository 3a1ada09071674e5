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

dofile("scripts/load/report.lua")
