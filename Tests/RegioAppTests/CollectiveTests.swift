import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Joint procurement and shared content over HTTP: suppliers, items, demand, volume
/// discounts and the pooled view. Every organisation, supplier and item is fictional.
@Suite("Joint procurement and shared content")
struct CollectiveTests {
    typealias Browser = HTMLFlowTests.Browser

    /// Fictional supplier and an item at € 120 per seat with tiers 50 → 5 % and 100 → 10 %.
    static func catalogue(_ app: Application, coordinator: Browser) async throws -> (supplier: UUID, item: String) {
        #expect(try await coordinator.post("/leveranciers", [("name", "Fictieve Leerfabriek BV"), ("website", "https://example.org/leerfabriek")]).status == .seeOther)
        let supplier = try #require(try await SupplierRecord.query(on: app.db).filter(\.$name == "Fictieve Leerfabriek BV").first()?.id)
        let created = try await coordinator.post("/inhoud/nieuw", [("title", "Fictieve e-learning Medicatieveiligheid"), ("supplierId", supplier.uuidString),
                                                                   ("licenceModel", "per-plek"), ("listPrice", "120"), ("description", "Fictief: veilig medicatie delen.")])
        #expect(created.status == .seeOther, "\(created.body.string.prefix(1500))")
        let path = try #require(created.headers.first(name: .location))
        let tiers = try await coordinator.post("\(path)/staffels", [("tiers[0].fromQuantity", "50"), ("tiers[0].percent", "5"),
                                                                    ("tiers[1].fromQuantity", "100"), ("tiers[1].percent", "10")])
        #expect(tiers.status == .seeOther, "\(tiers.body.string.prefix(3000))")
        return (supplier, path)
    }

    static func demand(_ browser: Browser, _ path: String, organisation: UUID, quantity: String, year: Int = LandscapeController.today.year) async throws -> TestingHTTPResponse {
        try await browser.post("\(path)/vraag", [("organisationId", organisation.uuidString), ("year", String(year)), ("quantity", quantity)])
    }

    @Test("Three organisations register demand for one item: the pooled view shows the total, the tier reached and the saving; a withdrawal stops counting")
    func threeOrganisationsPoolDemand() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let coordinator = Browser(app), editor = Browser(app)
            try await coordinator.login("coordinator@example.org")
            try await editor.login("editor@example.org")
            let (_, path) = try await Self.catalogue(app, coordinator: coordinator)
            // The editor registers for their own organisation; the coordinator for the other two.
            #expect(try await Self.demand(editor, path, organisation: ids.a, quantity: "40").status == .seeOther)
            #expect(try await Self.demand(coordinator, path, organisation: ids.b, quantity: "25").status == .seeOther)
            #expect(try await Self.demand(coordinator, path, organisation: ids.c, quantity: "10").status == .seeOther)
            // 75 seats × € 120 = € 9.000; tier 50 → 5 %: € 450 saving (hand-checked).
            // The suppliers' list is searchable by name.
            #expect(try await app.testing().sendRequest(.GET, "/leveranciers?q=leerfabriek").body.string.contains("1 leverancier"))
            #expect(try await app.testing().sendRequest(.GET, "/leveranciers?q=vrachtwagen").body.string.contains("Geen leveranciers met deze woorden"))
            let pooled = try await coordinator.get("/inkoop").body.string
            #expect(pooled.contains("Fictieve Leerfabriek BV") && pooled.contains("75 plekken"), "\(pooled.prefix(3000))")
            #expect(pooled.contains("5% vanaf 50") && pooled.contains("€ 9.000,00") && pooled.contains("€ 8.550,00") && pooled.contains("€ 450,00"))
            #expect(pooled.contains("Nog 25 plekken, dan geldt 10% korting"), "the next tier is named")
            let item = try await coordinator.get(path).body.string
            #expect(item.contains("€ 240,00") && item.contains("€ 150,00") && item.contains("€ 60,00"), "shares of the saving per organisation")
            // Registering again replaces the organisation's number; it is not added twice.
            #expect(try await Self.demand(editor, path, organisation: ids.a, quantity: "45").status == .seeOther)
            #expect(try await coordinator.get("/inkoop").body.string.contains("80 plekken"))
            // The editor withdraws: 35 seats remain, no tier reached, the withdrawal is kept.
            let own = try #require(try await DemandRecord.query(on: app.db).filter(\.$organisationID == ids.a).first())
            #expect(try await editor.post("\(path)/vraag/\(try own.requireID())/intrekken", []).status == .seeOther)
            let after = try await coordinator.get("/inkoop").body.string
            #expect(after.contains("35 plekken") && after.contains("Geen staffel gehaald"), "\(after.prefix(3000))")
            #expect(try await coordinator.get(path).body.string.contains("1 vraag is ingetrokken"))
            let history = try await RecordChange.query(on: app.db).filter(\.$entity == HistoryEntity.demand.rawValue).filter(\.$entityID == own.requireID()).all()
            #expect(history.count == 3, "registered, changed, withdrawn")
        }
    }

    @Test("Demand: an editor registers only for their own organisation; bad numbers and years are Dutch 422s and change nothing")
    func demandIsGuarded() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let coordinator = Browser(app), outsider = Browser(app), anonymous = Browser(app)
            try await coordinator.login("coordinator@example.org")
            try await outsider.login("buiten@example.org")
            let (_, path) = try await Self.catalogue(app, coordinator: coordinator)
            #expect(try await Self.demand(outsider, path, organisation: ids.a, quantity: "10").status == .forbidden)
            let negative = try await Self.demand(coordinator, path, organisation: ids.a, quantity: "-3")
            #expect(negative.status == .unprocessableEntity && negative.body.string.contains("-3"), "the form keeps what was typed")
            let text = try await Self.demand(coordinator, path, organisation: ids.a, quantity: "veel")
            #expect(text.status == .unprocessableEntity)
            let farYear = try await Self.demand(coordinator, path, organisation: ids.a, quantity: "10", year: LandscapeController.today.year + 40)
            #expect(farYear.status == .unprocessableEntity)
            #expect(try await anonymous.post("\(path)/vraag", [("organisationId", ids.a.uuidString), ("quantity", "5")]).status != .seeOther)
            #expect(try await DemandRecord.query(on: app.db).count() == 0)
            #expect(try await coordinator.get("/inkoop?jaar=1900").status == .badRequest)
            // Tiers must rise: a second row below the first is refused in Dutch.
            let tiers = try await coordinator.post("\(path)/staffels", [("tiers[0].fromQuantity", "100"), ("tiers[0].percent", "10"),
                                                                        ("tiers[1].fromQuantity", "50"), ("tiers[1].percent", "5")])
            #expect(tiers.status == .unprocessableEntity)
            let item = try #require(try await ContentItemRecord.query(on: app.db).first())
            #expect(item.discounts.tiers.map(\.fromQuantity) == [50, 100], "the old tiers stay")
        }
    }

    @Test("Shared content: an editor marks their own item shareable; it is found by word and by the filter, and linked from its module; the public sees no demand per organisation")
    func sharedContentIsSearchableAndLinked() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let coordinator = Browser(app), editor = Browser(app)
            try await coordinator.login("coordinator@example.org")
            try await editor.login("editor@example.org")
            let (supplier, bought) = try await Self.catalogue(app, coordinator: coordinator)
            let module = try await CollaborationTests.post(app, "/api/v1/modules", #"{"title":"Fictieve module tillen","providerId":"\#(ids.a)","skills":[{"skill":"tillen-en-transfers","level":2}],"hours":16,"form":"klassikaal","municipalityCodes":["GM0344"]}"#)
            let moduleID = try #require(module.headers.first(name: .location)).split(separator: "/").last.map(String.init) ?? ""
            let shared = try await editor.post("/inhoud/nieuw", [("title", "Fictieve eigen training Tilliften"), ("supplierId", supplier.uuidString), ("licenceModel", "open"),
                                                                 ("shareable", "ja"), ("shareConditions", "Naamsvermelding"), ("moduleIds[]", moduleID)])
            #expect(shared.status == .seeOther, "\(shared.body.string.prefix(2000))")
            let sharedPath = try #require(shared.headers.first(name: .location))
            let item = try #require(try await ContentItemRecord.query(on: app.db).filter(\.$title == "Fictieve eigen training Tilliften").first())
            #expect(item.ownerOrganisationID == ids.a && item.shareable && item.moduleIDs.map(\.uuidString) == [moduleID.uppercased()])
            let found = try await app.testing().sendRequest(.GET, "/inhoud?q=tilliften&deelbaar=ja").body.string
            #expect(found.contains("Fictieve eigen training Tilliften") && !found.contains("Medicatieveiligheid"))
            #expect(!(try await app.testing().sendRequest(.GET, "/inhoud?deelbaar=ja").body.string.contains("Medicatieveiligheid")))
            let modulePage = try await app.testing().sendRequest(.GET, "/modules/\(moduleID)").body.string
            #expect(modulePage.contains(sharedPath) && modulePage.contains("Fictieve eigen training Tilliften"))
            // The editor may not change the coordinator's bought item, nor mark it as theirs.
            #expect(try await editor.post("\(bought)/bewerken", [("title", "Overgenomen"), ("supplierId", supplier.uuidString), ("licenceModel", "open")]).status == .forbidden)
            // Demand and negotiated discounts are for the region's users; the public sees the item.
            _ = try await Self.demand(coordinator, bought, organisation: ids.b, quantity: "60")
            let publicItem = try await app.testing().sendRequest(.GET, bought).body.string
            #expect(publicItem.contains("Medicatieveiligheid") && !publicItem.contains("60 plekken") && !publicItem.contains("Fictieve Thuiszorg Testdorp")
                    && !publicItem.contains("Vanaf 50"))
            #expect(try await app.testing().sendRequest(.GET, "/inkoop").status == .seeOther)
            let signedIn = try await coordinator.get(bought).body.string
            #expect(signedIn.contains("60 plekken") && signedIn.contains("Fictieve Thuiszorg Testdorp"))
        }
    }

    @Test("The catalogue's CSV imports again in the same format: unchanged rows stay, a bad row stops the whole file with its line named")
    func catalogueCSVRoundTrip() async throws {
        try await withApp { app in
            _ = try await CollaborationTests.setUp(app)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator@example.org")
            _ = try await Self.catalogue(app, coordinator: coordinator)
            let csv = try await coordinator.get("/inhoud.csv").body.string
            #expect(csv.hasPrefix("id,title,supplierId,licenceModel,listPrice") && csv.contains("Fictieve Leerfabriek BV") && csv.contains("120.00"))
            let again = try await coordinator.upload("/inhoud/import", file: ("leerinhoud.csv", csv))
            #expect(again.status == .seeOther, "\(again.body.string.prefix(2000))")
            #expect(try await ContentItemRecord.query(on: app.db).count() == 1)
            let item = try #require(try await ContentItemRecord.query(on: app.db).first())
            #expect(item.item.listPrice == Amount(whole: 120) && item.discounts.tiers.count == 2, "price and tiers survive the round trip")
            #expect(try await RecordChange.query(on: app.db).filter(\.$entity == HistoryEntity.contentItem.rawValue).count() == 2, "added, tiers; an unchanged import writes no entry")
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let added = lines[1].replacingOccurrences(of: item.id!.uuidString, with: "").replacingOccurrences(of: "Medicatieveiligheid", with: "Rugsparend werken")
            let bad = added.replacingOccurrences(of: "per-plek", with: "per-kilo")
            let refused = try await coordinator.upload("/inhoud/import", file: ("leerinhoud.csv", ([lines[0], added, bad] + lines.dropFirst(1)).joined(separator: "\r\n")))
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("regel 3"), "\(refused.body.string.prefix(2000))")
            #expect(try await ContentItemRecord.query(on: app.db).count() == 1, "nothing written")
        }
    }
}
