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
            // The network analysis as JSON says what the page says: the seed records no
            // participants yet, so no brokers, and every initiative stands alone.
            let network = try decode(AnalysisAPIController.NetworkDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/network"))
            let networkPage = try await app.testing().sendRequest(.GET, "/netwerk").body.string
            #expect(network.nodes > 0)
            #expect(network.brokers.isEmpty == networkPage.contains("Nog geen organisaties die groepen met elkaar verbinden"))

            // Two fictional initiatives that share one organisation make it the broker.
            try await TestUsers.coordinator(app)
            var organisations: [UUID] = []
            for name in ["Fictief Zorghuis Noord", "Fictief Leerhuis Midden", "Fictief Welzijn Zuid"] {
                let created = try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: .json(TestUsers.basic("coordinator@example.org")),
                                                                  body: ByteBuffer(string: #"{"name":"\#(name)","kind":"zorg"}"#))
                organisations.append(try decode(IDOnly.self, created).id)
            }
            for (name, pair) in [("Fictief netwerkproject een", [0, 1]), ("Fictief netwerkproject twee", [1, 2])] {
                let participants = pair.map { #"{"organisationId":"\#(organisations[$0].uuidString)","role":"partner"}"# }.joined(separator: ",")
                let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                                                                  body: ByteBuffer(string: #"{"name":"\#(name)","participants":[\#(participants)]}"#))
                #expect(created.status == .created)
            }
            let linked = try decode(AnalysisAPIController.NetworkDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/network?q=netwerkproject"))
            #expect(linked.brokers.first?.organisation.name == "Fictief Leerhuis Midden")
            #expect(linked.groups.count == 1 && linked.groups[0].count == 5)
        }
    }
}

/// The id of a created record, from its JSON.
private struct IDOnly: Decodable { var id: UUID }

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

            // Per municipality on demand, narrowed to one labour-market region, as page, CSV and JSON.
            let perPlace = try await app.testing().sendRequest(.GET, "/hiaten?per=gemeente")
            #expect(perPlace.body.string.contains("aria-label=\"Vrijwilligers, Kandidaatperspectief, Amersfoort: 3\""))
            #expect(perPlace.body.string.contains("aria-label=\"Vrijwilligers, Kandidaatperspectief, Utrecht: 0\""))
            let csv = try await app.testing().sendRequest(.GET, "/hiaten.csv?per=gemeente")
            #expect(csv.headers.contentType == .csv)
            #expect(csv.body.string.contains("GM0307,Amersfoort,vrijwilligers,Vrijwilligers,kandidaatperspectief,Kandidaatperspectief,3,covered"))
            let json = try await app.testing().sendRequest(.GET, "/api/v1/gaps?per=gemeente")
            let matrix = try JSONDecoder().decode(AnalysisAPIController.GapsDTO.self, from: json.body)
            func cell(_ area: String) -> AnalysisAPIController.CellDTO? {
                matrix.cells.first { $0.area == area && $0.targetGroup == "vrijwilligers" && $0.theme == "kandidaatperspectief" }
            }
            #expect(cell("GM0307")?.initiatives == 3)
            #expect(cell("GM0344")?.level == "empty")
            // Narrowed to Amersfoort's labour-market region: its municipalities only.
            let regionJSON = try JSONDecoder().decode(APIController.RegionDTO.self, from: try await app.testing().sendRequest(.GET, "/api/v1/region").body)
            let amersfoortMarket = try #require(regionJSON.municipalities.first { $0.code == "GM0307" }?.labourMarketCode)
            let narrowed = try JSONDecoder().decode(AnalysisAPIController.GapsDTO.self,
                                                    from: try await app.testing().sendRequest(.GET, "/api/v1/gaps?per=gemeente&arbeidsmarktregio=\(amersfoortMarket)").body)
            let narrowedCodes = Set(narrowed.areas.map(\.code))
            #expect(narrowedCodes.contains("GM0307") && !narrowedCodes.contains("GM0344"))
            for bad in ["/hiaten?per=provincie", "/hiaten?arbeidsmarktregio=ONBEKEND", "/api/v1/gaps?per=x", "/api/v1/embedding-risks?months=0"] {
                let response = try await app.testing().sendRequest(.GET, bad)
                #expect(response.status == .badRequest, "\(bad)")
            }
            let risks = try JSONDecoder().decode(AnalysisAPIController.RisksDTO.self, from: try await app.testing().sendRequest(.GET, "/api/v1/embedding-risks?months=6").body)
            #expect(risks.initiatives.map(\.name) == ["Fictief project met aflopende subsidie"])
            let riskCSV = try await app.testing().sendRequest(.GET, "/borging.csv?months=6")
            let riskRows = riskCSV.body.string
            #expect(riskRows.contains("Fictief project met aflopende subsidie") && !riskRows.contains("Fictief lang project"))
        }
    }

    @Test("An empty region's gaps, risks and network are clear empty answers, not errors")
    func emptyRegion() async throws {
        try await withApp { app in
            _ = try await RegionCreator(paths: app.paths).add(slug: "fictief-leeg", name: "Fictieve lege regio", municipalityCodes: ["GM0014"], on: app.db)
            for path in ["/hiaten", "/hiaten?per=gemeente", "/borging", "/api/v1/gaps", "/api/v1/embedding-risks", "/api/v1/network"] {
                let response = try await app.testing().sendRequest(.GET, path + (path.contains("?") ? "&" : "?") + "region=fictief-leeg")
                #expect(response.status == .ok, "\(path)")
                if path == "/hiaten" { #expect(response.body.string.contains("Nog niets te tellen")) }
                if path == "/borging" { #expect(response.body.string.contains("Geen borgingsrisico gevonden")) }
            }
        }
    }
}
