import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Overlap report and similar initiatives")
struct OverlapTests {
    static let pairs = [
        #"{"name":"Fictieve leerroute zij-instromers ouderenzorg","goal":"Zij-instromers in twee jaar opleiden tot verzorgende IG in de ouderenzorg.","description":"Nieuwe collega's uit andere sectoren leren werkend via een BBL-route met vaste werkbegeleider.","targetGroups":["zij-instromers"],"municipalityCodes":["GM0307"]}"#,
        #"{"name":"Fictief zij-instroomtraject verzorgende IG","goal":"Mensen uit een andere branche via een BBL-opleiding tot verzorgende IG in de ouderenzorg brengen.","description":"Leerwerktraject voor zij-instromers: leren en werken tegelijk met een werkbegeleider.","targetGroups":["zij-instromers"],"municipalityCodes":["GM0307"]}"#,
    ]

    @Test("Two records of one intervention are flagged with a reason; a coordinator can judge and withdraw; nothing else may")
    func report() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await TestUsers.editor(app, organisation: "Amerpoort")
            var ids: [UUID] = []
            for body in Self.pairs {
                let res = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")), body: ByteBuffer(string: body))
                ids.append(try decode(InitiativeDTO.self, res).id)
            }
            let json = try decode(OverlapAPIController.ReportDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/overlap"))
            let flagged = json.clusters.first { Set($0.initiatives) == Set(ids) }
            #expect(flagged != nil)
            #expect(flagged?.pairs.first?.reason.contains("Zelfde doelgroep zij-instromers, beide in Amersfoort") == true)
            let similar = try decode([OverlapAPIController.SimilarDTO].self, try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(ids[0].uuidString)/similar"))
            #expect(similar.first?.id == ids[1])
            let page = try await app.testing().sendRequest(.GET, "/initiatieven/\(ids[0].uuidString)")
            #expect(page.body.string.contains("Vergelijkbare initiatieven") && page.body.string.contains("Fictief zij-instroomtraject verzorgende IG"))

            let coordinator = HTMLFlowTests.Browser(app)
            try await coordinator.login("coordinator@example.org")
            let fields = [("a", ids[0].uuidString), ("b", ids[1].uuidString)]
            #expect(try await coordinator.post("/overlap/oordeel", fields + [("verdict", "connected")]).status == .seeOther)
            let judged = try decode(OverlapAPIController.ReportDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/overlap"))
            #expect(judged.judged.contains { $0.verdict == "connected" } && !judged.clusters.contains { Set($0.initiatives) == Set(ids) })
            #expect(try await coordinator.post("/overlap/oordeel", fields + [("verdict", "misschien")]).status == .badRequest)
            #expect(try await coordinator.post("/overlap/oordeel", [("a", ids[0].uuidString), ("b", "geen-id"), ("verdict", "connected")]).status == .badRequest)
            #expect(try await coordinator.post("/overlap/oordeel/intrekken", fields).status == .seeOther)
            let reopened = try decode(OverlapAPIController.ReportDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/overlap"))
            #expect(reopened.judged.isEmpty)
            // Withdrawn verdicts are kept (soft-deleted), with their author.
            #expect(try await OverlapJudgement.query(on: app.db).withDeleted().count() == 1)

            let editor = HTMLFlowTests.Browser(app)
            try await editor.login("editor@example.org")
            #expect(try await editor.post("/overlap/oordeel", fields + [("verdict", "connected")]).status == .forbidden)
            let csv = try CSV.decode(try await app.testing().sendRequest(.GET, "/overlap.csv").body.string)
            #expect(csv.first?.first == "cluster" && csv.count >= 2)
        }
    }

    @Test("The seed region: empty states, and the digital-skills initiatives are connected")
    func seedRegion() async throws {
        try await withApp { app in
            let page = try await app.testing().sendRequest(.GET, "/overlap")
            #expect(page.status == .ok && page.body.string.contains("Overlap in het landschap"))
            let digital = try await app.initiativeID(named: "Digitale vaardigheden")
            let similar = try decode([OverlapAPIController.SimilarDTO].self, try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(digital.uuidString)/similar"))
            #expect(similar.contains { $0.name.hasPrefix("Digitale leerplatforms") })
        }
    }
}

@Suite("Gaps and embedding risk")
struct GapsTests {
    @Test("The gaps matrix counts per target group, theme and labour-market region; borging lists funding that ends soon")
    func gapsAndRisk() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let today = LandscapeController.today
            let soon = today.adding(months: 2).iso, later = today.adding(months: 30).iso
            for (name, end, maturity) in [("Fictief project met aflopende subsidie", soon, "running"), ("Fictief geborgd project", soon, "embedded"), ("Fictief lang project", later, "running")] {
                let body = #"{"name":"\#(name)","strategicThemes":["kandidaatperspectief"],"targetGroups":["vrijwilligers"],"municipalityCodes":["GM0307"],"startDate":"2024-01-01","fundingEndDate":"\#(end)","maturity":"\#(maturity)"}"#
                #expect(try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")), body: ByteBuffer(string: body)).status == .created)
            }
            let gaps = try await app.testing().sendRequest(.GET, "/hiaten")
            #expect(gaps.status == .ok)
            #expect(gaps.body.string.contains("aria-label=\"Vrijwilligers, Kandidaatperspectief, Amersfoort: 3\""))
            #expect(gaps.body.string.contains("aria-label=\"Vrijwilligers, Kandidaatperspectief, Midden-Utrecht: 0\""))
            let risk = try await app.testing().sendRequest(.GET, "/borging?months=6")
            #expect(risk.body.string.contains("Fictief project met aflopende subsidie"))
            #expect(!risk.body.string.contains("Fictief geborgd project") && !risk.body.string.contains("Fictief lang project"))
            #expect(try await app.testing().sendRequest(.GET, "/borging?months=abc").status == .badRequest)
        }
    }
}
