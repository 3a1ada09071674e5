import Foundation
@testable import RegioApp
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
}
