import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("The network page")
struct NetworkPageTests {
    @Test("Shows organisations and initiatives, their connections, and one node's neighbourhood")
    func networkPage() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let altrecht = try await app.organisationID(named: "Altrecht"), utrecht = try await app.organisationID(named: "UMC Utrecht")
            let made = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")), body: ByteBuffer(string:
                #"{"name":"Fictieve GGZ-academie","participants":[{"organisationId":"\#(altrecht.uuidString)","role":"lead"},{"organisationId":"\#(utrecht.uuidString)","role":"partner"}]}"#))
            #expect(made.status == .created)
            let page = try await app.testing().sendRequest(.GET, "/netwerk")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("74 knooppunten en 2 verbindingen"))
            #expect(page.body.string.contains("Fictieve GGZ-academie (initiatief, 2 verbindingen)"))
            #expect(page.body.string.contains("1 samenhangende groep en 71 losse knooppunten"))
            let focus = try await app.testing().sendRequest(.GET, "/netwerk?focus=o:\(altrecht.uuidString)")
            #expect(focus.body.string.contains("id=\"focus\"") && focus.body.string.contains("class=\"node node-initiative neighbour\""))
            let bad = try await app.testing().sendRequest(.GET, "/netwerk?focus=o:onbekend")
            #expect(bad.status == .badRequest && bad.body.string.contains("staat niet in dit netwerk"))
            let filtered = try await app.testing().sendRequest(.GET, "/netwerk?theme=kandidaatperspectief")
            #expect(filtered.body.string.contains("12 knooppunten"))
        }
    }

    @Test("Coalitions are nodes linked to their members and initiatives; the public sees only published ones")
    func coalitions() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let region = try #require(try await Region.query(on: app.db).filter(\.$slug == "utrechtzorg").first()?.id)
            let altrecht = try await app.organisationID(named: "Altrecht"), utrecht = try await app.organisationID(named: "UMC Utrecht")
            let initiative = try #require(try await Initiative.query(on: app.db).first()?.id)
            func coalition(_ name: String, published: Bool) async throws -> UUID {
                let id = UUID()
                try await CoalitionRecord(id: id, regionID: region, fields: .init(coalition: CoalitionFields(
                    name: name, question: "Hoe leren we samen?", members: [.init(organisationID: altrecht, role: .lead), .init(organisationID: utrecht, role: .member)],
                    initiativeIDs: [initiative], published: published), purposeCase: nil)).create(on: app.db)
                return id
            }
            let open = try await coalition("Fictieve netwerkcoalitie", published: true)
            let hidden = try await coalition("Fictieve besloten coalitie", published: false)

            let page = try await app.testing().sendRequest(.GET, "/netwerk").body.string
            #expect(page.contains("Fictieve netwerkcoalitie (coalitie, 3 verbindingen)") && !page.contains("Fictieve besloten coalitie"))
            #expect(page.contains("class=\"node node-coalition\"") && page.contains("node-key-coalition") && page.contains("Ontwikkelcoalitie"))
            #expect(page.contains("74 knooppunten en 3 verbindingen"))
            let focus = try await app.testing().sendRequest(.GET, "/netwerk?focus=c:\(open.uuidString)").body.string
            #expect(focus.contains("href=\"/coalities/\(open.uuidString)\"") && focus.contains("Bekijk de coalitie"))
            let refused = try await app.testing().sendRequest(.GET, "/netwerk?focus=c:\(hidden.uuidString)")
            #expect(refused.status == .badRequest)
            let api = try await app.testing().sendRequest(.GET, "/api/v1/network").body.string
            #expect(api.contains("\"kind\":\"coalition\"") && api.contains("Fictieve netwerkcoalitie") && !api.contains("Fictieve besloten coalitie"))

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            let all = try await browser.get("/netwerk").body.string
            #expect(all.contains("Fictieve netwerkcoalitie") && all.contains("Fictieve besloten coalitie (coalitie, 3 verbindingen)"))
        }
    }
}
