import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("The region dashboard: figures, collaboration by visibility, exports")
struct DashboardTests {
    typealias Browser = HTMLFlowTests.Browser

    static let email = "fenna@example.org"

    /// A coordinator, and published and unpublished collaboration inserted as stored records
    /// (no store: these tests are about what the dashboard reads, not about writing).
    static func collaboration(_ app: Application) async throws {
        try await TestUsers.coordinator(app)
        let region = try #require(try await Region.query(on: app.db).filter(\.$slug == "utrechtzorg").first()?.id)
        let altrecht = try await app.organisationID(named: "Altrecht")
        func coalition(_ name: String, _ status: CoalitionStatus, published: Bool) async throws -> UUID {
            let id = UUID()
            try await CoalitionRecord(id: id, regionID: region, fields: .init(coalition: CoalitionFields(
                name: name, question: "Hoe leren we samen?", status: status, members: [CoalitionMember(organisationID: altrecht, role: .lead)],
                published: published), purposeCase: nil)).create(on: app.db)
            return id
        }
        func action(_ title: String, _ status: ActionStatus, due: String, published: Bool) async throws -> UUID {
            let id = UUID()
            try await ActionRecord(id: id, regionID: region, fields: ActionFields(
                title: title, scope: .central, phase: AgendaQuarter("2019-Q4")!, status: status, dueDate: CalendarDay(iso: due),
                published: published)).create(on: app.db)
            return id
        }
        func review(_ coalition: UUID?, _ score: Int, published: Bool) async throws {
            let r = ProgressReview(date: CalendarDay(iso: "2025-06-01")!, scores: Dictionary(uniqueKeysWithValues: ReviewDimension.allCases.map { ($0, score) }),
                                   narrative: "Fictief verslag")
            try await ProgressReviewRecord(id: UUID(), regionID: region, fields: .init(coalitionID: coalition, review: r, published: published)).create(on: app.db)
        }
        let open = try await coalition("Fictieve coalitie Open", .active, published: true)
        let hidden = try await coalition("Fictieve coalitie Geheim", .forming, published: false)
        let openAction = try await action("Fictieve actie Open", .running, due: "2020-01-01", published: true)
        let hiddenAction = try await action("Fictieve actie Geheim", .planned, due: "2020-01-01", published: false)
        _ = try await action("Fictieve actie Klaar", .done, due: "2020-01-01", published: true)
        try await ActionUpdateRecord(actionID: openAction, date: CalendarDay(iso: "2025-05-01")!, text: "Fictieve voortgang openbaar",
                                     author: "Fictieve Fenna <\(email)>", newStatus: .running).create(on: app.db)
        try await ActionUpdateRecord(actionID: hiddenAction, date: CalendarDay(iso: "2025-05-02")!, text: "Fictieve voortgang geheim",
                                     author: "Fictieve Fenna <\(email)>", newStatus: nil).create(on: app.db)
        try await review(nil, 3, published: true)
        try await review(hidden, 5, published: true) // published, but its coalition is not: the public must not see it
        try await review(open, 2, published: false)
    }

    @Test("The public sees published collaboration only, with authors' names and no e-mail; a coordinator sees everything")
    func visibility() async throws {
        try await withApp { app in
            try await Self.collaboration(app)
            let page = try await app.testing().sendRequest(.GET, "/dashboard")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Fictieve coalitie Open") && !html.contains("Geheim") && !html.contains("geheim"))
            #expect(html.contains("Fictieve actie Open") && html.contains("Te laat: 1"))
            #expect(html.contains("Fictieve voortgang openbaar") && html.contains("Fictieve Fenna") && !html.contains(Self.email))
            #expect(html.contains("Actieagenda van de regio") && html.contains("3,0"))
            #expect(html.contains("Coalities per status: In oprichting 0, Actief 1, Afgerond 0, Gestopt 0"))
            #expect(html.contains("Acties per status: Gepland 0, Lopend 1, Afgerond 1, Gestopt 0"))
            #expect(html.contains("5.617") && html.contains("Arbeidsmarktdashboard Utrechtzorg"))
            #expect(html.contains("src=\"/js/print.js\"") && html.contains("Afdrukken / opslaan als PDF") && html.contains("Ctrl+P"))
            #expect(page.headers.first(name: .cacheControl) == nil)

            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let all = try await browser.get("/dashboard")
            let full = all.body.string
            #expect(full.contains("Fictieve coalitie Geheim") && full.contains("Fictieve actie Geheim") && full.contains("Fictieve voortgang geheim"))
            #expect(full.contains("Te laat: 2") && full.contains("nog niet openbaar") && !full.contains(Self.email))
            #expect(all.headers.first(name: .cacheControl) == "private, no-store")
        }
    }

    @Test("CSV and JSON hold the figures and the same visible collaboration as the page")
    func exports() async throws {
        try await withApp { app in
            try await Self.collaboration(app)
            let csv = try await app.testing().sendRequest(.GET, "/dashboard.csv")
            #expect(csv.status == .ok && csv.headers.contentType == .csv)
            let text = csv.body.string
            #expect(text.hasPrefix("section,key,label,value,date,note"))
            #expect(text.contains("kerncijfer,1,verwacht personeelstekort zorg en welzijn,5617,2022,Arbeidsmarktdashboard Utrechtzorg"))
            #expect(text.contains("coalities-status,actief,Actief,1") && text.contains("acties-status,lopend,Lopend,1"))
            #expect(text.contains("actie-te-laat,") && text.contains("Fictieve actie Open"))
            #expect(text.contains("Fictieve Fenna") && !text.contains(Self.email) && !text.contains("Geheim") && !text.contains("geheim"))

            let json = try await app.testing().sendRequest(.GET, "/dashboard.json")
            #expect(json.status == .ok && json.headers.contentType == .json)
            let dto = try decode(DashboardExport.DTO.self, json)
            #expect(dto.figures.count == (SeedFacts.file.region.figures ?? []).count && dto.figures.first?.value == 5617)
            #expect(dto.landscape.initiatives == SeedFacts.file.initiatives.count)
            #expect(dto.landscape.themes.first { $0.key == "kandidaatperspectief" }?.count == SeedFacts.initiativesWithTheme["kandidaatperspectief"])
            #expect(dto.coalitions.items.map(\.name) == ["Fictieve coalitie Open"] && text.contains("coalitie,"))
            #expect(!dto.includesUnpublished && dto.coalitions.total == 1 && dto.actions.total == 2 && dto.actions.overdue.map(\.title) == ["Fictieve actie Open"])
            #expect(dto.recentProgress.map(\.author) == ["Fictieve Fenna"] && dto.reviews.map(\.subject) == ["Actieagenda van de regio"])
            #expect(dto.fundingCliffs.months == 12 && !json.body.string.contains(Self.email))

            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let mine = try decode(DashboardExport.DTO.self, try await browser.get("/dashboard.json"))
            #expect(mine.includesUnpublished && mine.coalitions.total == 2 && mine.actions.overdue.count == 2 && mine.recentProgress.count == 2)
            #expect(mine.reviews.map(\.subject) == ["Actieagenda van de regio", "Fictieve coalitie Geheim", "Fictieve coalitie Open"])
            #expect(try await browser.get("/dashboard.csv").body.string.contains("Fictieve voortgang geheim"))
        }
    }

    @Test("A region without collaboration shows empty states, and still its figures, themes and funding cliffs")
    func emptyRegion() async throws {
        try await withApp { app in
            let page = try await app.testing().sendRequest(.GET, "/dashboard")
            let html = page.body.string
            #expect(page.status == .ok && html.contains("Nog geen coalities") && html.contains("Nog geen acties"))
            #expect(html.contains("Nog geen voortgang gemeld") && html.contains("Nog geen Volgspot vastgelegd"))
            #expect(html.contains("Initiatieven per strategisch thema") && html.contains("Borging: financiering loopt af"))
            let snapshot = try await app.regionSnapshots.snapshot(slug: "utrechtzorg", on: app.db)!
            let risks = GapsController.risks(snapshot, months: 12)
            #expect(risks.allSatisfy { html.contains("/initiatieven/\($0.id.uuidString)") })
            let dto = try decode(DashboardExport.DTO.self, try await app.testing().sendRequest(.GET, "/dashboard.json"))
            #expect(dto.coalitions.total == 0 && dto.actions.byStatus.allSatisfy { $0.count == 0 } && dto.fundingCliffs.initiatives.count == risks.count)
        }
    }

    @Test("Stored text with markup is escaped on the dashboard and in the network drawing")
    func escaping() async throws {
        try await withApp { app in
            let region = try #require(try await Region.query(on: app.db).filter(\.$slug == "utrechtzorg").first()?.id)
            let altrecht = try await app.organisationID(named: "Altrecht")
            let payload = AttributeEscapingTests.payload, raw = AttributeEscapingTests.raw
            try await CoalitionRecord(id: UUID(), regionID: region, fields: .init(coalition: CoalitionFields(
                name: "Fictieve coalitie " + payload, question: "Vraag", status: .active, members: [.init(organisationID: altrecht, role: .lead)],
                published: true), purposeCase: nil)).create(on: app.db)
            let action = UUID()
            try await ActionRecord(id: action, regionID: region, fields: ActionFields(
                title: "Fictieve actie " + payload, scope: .central, phase: AgendaQuarter("2019-Q4")!, status: .running,
                dueDate: CalendarDay(iso: "2020-01-01"), published: true)).create(on: app.db)
            try await ActionUpdateRecord(actionID: action, date: CalendarDay(iso: "2025-05-01")!, text: "Voortgang " + payload,
                                         author: payload + " <\(Self.email)>", newStatus: nil).create(on: app.db)
            for path in ["/dashboard", "/dashboard?region=utrechtzorg&x=" + payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, "/netwerk"] {
                let body = try await app.testing().sendRequest(.GET, path).body.string
                #expect(body.contains("Fictieve coalitie") && !body.contains(raw) && !body.contains(Self.email), "\(path)")
            }
        }
    }
}
