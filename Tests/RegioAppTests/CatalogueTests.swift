import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("The offer catalogue: /aanbod and /api/v1/offer")
struct CatalogueTests {
    @Test("Empty offer says so; modules and a route are found by words and facets with counts; bad filters are a Dutch 400; CSV follows the filters")
    func search() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let empty = try await app.testing().sendRequest(.GET, "/aanbod")
            #expect(empty.status == .ok && empty.body.string.contains("Er is nog geen leeraanbod"))

            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let provider = try await app.organisationID(named: "Altrecht")
            var ids: [UUID] = []
            for (title, skill, form, place, cost) in [("Fictieve module tillen", "tillen-en-transfers", "klassikaal", "GM0344", "450"),
                                                      ("Fictieve module handhygiëne", "handhygiene", "online", "", "0"),
                                                      ("Fictieve module rapporteren", "rapporteren-in-het-ecd", "hybride", "GM0307", "")] {
                let places = place.isEmpty ? "[]" : "[\"\(place)\"]"
                let body = #"{"title":"\#(title)","providerId":"\#(provider.uuidString)","skills":[{"skill":"\#(skill)","level":2}],"hours":16,"form":"\#(form)","municipalityCodes":\#(places),"cost":"\#(cost)"}"#
                let res = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers, body: ByteBuffer(string: body))
                ids.append(try decode(ModuleAPIController.ModuleDTO.self, res).id)
            }
            let route = #"{"title":"Fictieve route Helpende","roleKey":"helpende-zorg-en-welzijn","targetGroups":["zij-instromers"],"steps":[{"moduleId":"\#(ids[0].uuidString)"},{"moduleId":"\#(ids[1].uuidString)"}]}"#
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: headers, body: ByteBuffer(string: route)).status == .created)

            let all = try decode(CatalogueAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/offer"))
            #expect(all.total == 4 && all.items.map(\.title) == ["Fictieve module handhygiëne", "Fictieve module rapporteren", "Fictieve module tillen", "Fictieve route Helpende"])
            #expect(all.facets["soort"] == ["module": 3, "leerroute": 1] && all.facets["kosten"]?["onbekend"] == 1 && all.facets["kosten"]?["gratis"] == 1)

            let utrecht = try decode(CatalogueAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/offer?gemeente=GM0344"))
            #expect(Set(utrecht.items.map(\.title)) == ["Fictieve module tillen", "Fictieve module handhygiëne", "Fictieve route Helpende"], "online counts everywhere")
            let words = try decode(CatalogueAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/offer?q=handhyg"))
            #expect(Set(words.items.map(\.title)) == ["Fictieve module handhygiëne", "Fictieve route Helpende"], "a route is found by its modules' skills")
            let group = try decode(CatalogueAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/offer?doelgroep=zij-instromers&beroep=helpende-zorg-en-welzijn"))
            #expect(group.items.map(\.kind) == ["leerroute"] && group.items.first?.hours == 32 && group.items.first?.learnerCost == 450)

            let page = try await app.testing().sendRequest(.GET, "/aanbod?vorm=online&sort=kosten").body.string
            #expect(page.contains("2 resultaten gevonden") && page.contains("Fictieve module handhygiëne") && page.contains("Gratis voor de deelnemer"))
            #expect(page.contains("Filter Online verwijderen") && page.contains("href=\"/modules.csv?vorm=online&"))

            let bad = try await app.testing().sendRequest(.GET, "/aanbod?vaardigheid=vliegen&uren=veel")
            #expect(bad.status == .badRequest && bad.body.string.contains("vliegen") && bad.body.string.contains("urenklasse"))
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/offer?page=0").status == .badRequest)

            let csv = try await app.testing().sendRequest(.GET, "/modules.csv?vorm=online").body.string
            #expect(csv.hasPrefix(ModuleCSV.header.joined(separator: ",")) && csv.contains("Fictieve module handhygiëne") && !csv.contains("Fictieve module tillen"))
            let routes = try await app.testing().sendRequest(.GET, "/leerroutes.csv").body.string
            #expect(routes.contains("Fictieve route Helpende") && routes.contains(ids[0].uuidString))

            // A new module shows at once: the catalogue follows the offer's revision.
            let body = #"{"title":"Fictieve module nieuw","skills":[{"skill":"handhygiene","level":1}],"hours":2,"form":"online"}"#
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers, body: ByteBuffer(string: body)).status == .created)
            #expect(try decode(CatalogueAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/offer")).total == 5)
        }
    }
}
