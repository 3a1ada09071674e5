import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// The barrier register, factsheets and funding schemes end to end. Organisations,
/// barriers and schemes are fictional and made in each test.
@Suite("Barriers, factsheets and funding schemes")
struct BarrierTests {
    typealias Browser = HTMLFlowTests.Browser
    typealias Created = CollaborationTests.Created
    static let coordinator = CollaborationTests.coordinator
    static let editor = CollaborationTests.member

    static func post(_ app: Application, _ path: String, _ json: String, as headers: HTTPHeaders = coordinator) async throws -> TestingHTTPResponse {
        try await CollaborationTests.post(app, path, json, as: headers)
    }

    static func barrier(_ app: Application, organisation: UUID, title: String = "Fictieve belemmering: leerling mag geen medicatie delen",
                        status: String = "open", solution: String? = nil, published: Bool = true) async throws -> UUID {
        let solutionJSON = solution.map { #","solution":"\#($0)""# } ?? ""
        let res = try await post(app, "/api/v1/barriers", #"{"title":"\#(title)","description":"Een BBL-leerling mag volgens het protocol van de instelling geen medicatie delen tijdens de avonddienst.","category":"regelgeving","organisationIds":["\#(organisation)"],"status":"\#(status)"\#(solutionJSON),"relatedRules":["Fictief protocol medicatie, art. 3"],"published":"\#(published ? "ja" : "nee")"}"#)
        #expect(res.status == .created, "\(res.body.string)")
        return try decode(Created.self, res).id
    }

    @Test("A barrier moves from open to solved, a factsheet follows and is public; the status history names who and when")
    func openToSolvedWithFactsheet() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let created = try await browser.post("/belemmeringen/nieuw", [
                ("title", "Fictieve belemmering: stage telt niet mee"), ("description", "De uren van een snuffelstage tellen niet mee voor de opleiding."),
                ("category", "onderwijs"), ("status", "open"), ("organisationIds[]", ids.a.uuidString), ("published", "ja")])
            #expect(created.status == .seeOther, "\(created.body.string.prefix(2000))")
            let path = try #require(created.headers.first(name: .location))
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
            // Solved without a solution is refused in Dutch; with one it is saved.
            let fields: [(String, String)] = [("title", "Fictieve belemmering: stage telt niet mee"), ("description", "De uren van een snuffelstage tellen niet mee voor de opleiding."),
                                              ("category", "onderwijs"), ("status", "opgelost-binnen-de-regels"), ("organisationIds[]", ids.a.uuidString), ("published", "ja")]
            let refused = try await browser.post("\(path)/bewerken", fields)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Beschrijf de oplossing"))
            #expect(try await browser.post("\(path)/bewerken", fields + [("solution", "De opleiding mag praktijkuren uit een snuffelstage meetellen als de begeleider ze aftekent.")]).status == .seeOther)
            let page = try await browser.get(path).body.string
            #expect(page.contains("Van Open naar Opgelost binnen de regels") && page.contains("door Carla Coördinator"))
            #expect(page.contains("Schrijf een factsheet"))
            // The factsheet, written from the barrier's page and published.
            let form = try await browser.get("/factsheets/nieuw?belemmering=\(id)")
            #expect(form.status == .ok && form.body.string.contains("praktijkuren uit een snuffelstage"))
            let sheet = try await browser.post("/factsheets/nieuw", [("barrierId", id.uuidString), ("question", "Mogen uren van een snuffelstage meetellen?"),
                                                                      ("answer", "Ja, als de begeleider ze aftekent."), ("links", "https://example.org/fictieve-regeling"), ("published", "ja")])
            #expect(sheet.status == .seeOther, "\(sheet.body.string.prefix(2000))")
            let sheetPath = try #require(sheet.headers.first(name: .location))
            // An anonymous visitor reads it, and finds it in the list by a word.
            let publicSheet = try await app.testing().sendRequest(.GET, sheetPath)
            #expect(publicSheet.status == .ok && publicSheet.body.string.contains("Ja, als de begeleider ze aftekent."))
            #expect(try await app.testing().sendRequest(.GET, "/factsheets?q=snuffelstage").body.string.contains("Mogen uren van een snuffelstage meetellen?"))
            #expect(!(try await app.testing().sendRequest(.GET, "/factsheets?q=vrachtwagen").body.string.contains("Mogen uren van een snuffelstage")))
            // The history keeps both versions of the status, with author and time.
            let changes = try await RecordChange.query(on: app.db).filter(\.$entity == "barrier").filter(\.$entityID == id).sort(\.$at).all()
            #expect(changes.count == 2 && changes.allSatisfy { $0.author.hasPrefix("Carla Coördinator") })
            #expect(changes.last?.changes.contains(FieldChange(field: "status", old: "Open", new: "Opgelost binnen de regels")) == true)
            let publicPage = try await app.testing().sendRequest(.GET, path).body.string
            #expect(publicPage.contains("Van Open naar Opgelost binnen de regels") && publicPage.contains("Mogen uren van een snuffelstage meetellen?"))
        }
    }

    @Test("The public sees published barriers only, never the organisations that met them or the full history")
    func publicVisibility() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let hidden = try await Self.barrier(app, organisation: ids.a, title: "Fictieve verborgen belemmering", published: false)
            let shown = try await Self.barrier(app, organisation: ids.a, title: "Fictieve openbare belemmering")
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen/\(hidden)").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/barriers/\(hidden)").status == .notFound)
            let list = try await app.testing().sendRequest(.GET, "/belemmeringen").body.string
            #expect(list.contains("Fictieve openbare belemmering") && !list.contains("Fictieve verborgen belemmering"))
            let page = try await app.testing().sendRequest(.GET, "/belemmeringen/\(shown)").body.string
            #expect(page.contains("Fictieve openbare belemmering") && !page.contains("Fictief Zorghuis De Proefkamer"))
            let json = try await app.testing().sendRequest(.GET, "/api/v1/barriers/\(shown)").body.string
            #expect(json.contains("Fictieve openbare belemmering") && !json.contains("organisationIds") && !json.contains(ids.a.uuidString))
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen/\(shown)/geschiedenis").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen.csv").status != .ok)
            // Signed in, the region's users see both and the organisations.
            let browser = Browser(app)
            try await browser.login("editor@example.org")
            #expect(try await browser.get("/belemmeringen/\(hidden)").body.string.contains("Fictief Zorghuis De Proefkamer"))
            // Filters: category and status.
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen?soort=financiering").body.string.contains("Geen belemmeringen gevonden"))
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen?soort=regelgeving&status=open&q=openbare").body.string.contains("Fictieve openbare belemmering"))
            #expect(try await app.testing().sendRequest(.GET, "/belemmeringen?status=onbekend").status == .badRequest)
        }
    }

    @Test("An editor registers a barrier of their own organisation, unpublished, and cannot change another organisation's (403)")
    func editorPermissions() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let other = try await Self.barrier(app, organisation: ids.b, title: "Fictieve belemmering van een ander")
            let put = try await app.testing().sendRequest(.PUT, "/api/v1/barriers/\(other)", headers: Self.editor, body: ByteBuffer(string:
                #"{"title":"Overgenomen","description":"x","category":"organisatie","organisationIds":["\#(ids.a)"]}"#))
            #expect(put.status == .forbidden && put.body.string.contains("jouw organisatie"))
            let browser = Browser(app)
            try await browser.login("editor@example.org")
            #expect(try await browser.get("/belemmeringen/\(other)/bewerken").status == .forbidden)
            // Someone else's organisation only: refused; the own one: saved, but not published.
            let foreign = try await Self.post(app, "/api/v1/barriers", #"{"title":"Fictief","description":"x","category":"organisatie","organisationIds":["\#(ids.b)"]}"#, as: Self.editor)
            #expect(foreign.status == .forbidden)
            let own = try await Self.post(app, "/api/v1/barriers", #"{"title":"Fictieve eigen belemmering","description":"Roosters passen niet.","category":"organisatie","organisationIds":["\#(ids.a)"],"published":"ja"}"#, as: Self.editor)
            #expect(own.status == .created, "\(own.body.string)")
            let ownID = try decode(Created.self, own).id
            #expect(try await BarrierRecord.find(ownID, on: app.db)?.published == false)
            #expect(try await app.testing().sendRequest(.PATCH, "/api/v1/barriers/\(ownID)", headers: Self.editor,
                                                        body: ByteBuffer(string: #"{"status":"geescaleerd"}"#)).status == .ok)
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/barriers/\(ownID)", headers: Self.editor).status == .forbidden)
        }
    }

    @Test("A factsheet for a barrier that is not solved is refused with a Dutch 422")
    func factsheetNeedsSolvedBarrier() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let open = try await Self.barrier(app, organisation: ids.a)
            let res = try await Self.post(app, "/api/v1/factsheets", #"{"barrierId":"\#(open)","question":"Mag dit?","answer":"Ja."}"#)
            #expect(res.status == .unprocessableEntity && res.body.string.contains("Deze belemmering staat op ‘Open’"))
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let form = try await browser.post("/factsheets/nieuw", [("barrierId", open.uuidString), ("question", "Mag dit?"), ("answer", "Ja.")])
            #expect(form.status == .unprocessableEntity && form.body.string.contains("zet haar eerst op opgelost"))
            #expect(!(try await browser.get("/belemmeringen/\(open)").body.string.contains("Schrijf een factsheet")))
            #expect(try await FactsheetRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Barriers go out as CSV and come back unchanged; a faulty row refuses the whole file")
    func csvRoundTrip() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            _ = try await Self.barrier(app, organisation: ids.a)
            _ = try await Self.barrier(app, organisation: ids.b, title: "Fictieve belemmering, met komma", status: "opgelost-andere-aanpak",
                                       solution: "Via een fictieve omweg.", published: false)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let csv = try await browser.get("/belemmeringen.csv").body.string
            #expect(csv.hasPrefix("id,title,description,category,organisationIds,status,solution,relatedRules,fundingSchemeIds,coalitionIds,published"))
            let changes = try await RecordChange.query(on: app.db).count()
            let headers: HTTPHeaders = ["Content-Type": "text/csv", "Authorization": Self.coordinator.first(name: .authorization) ?? ""]
            let again = try await app.testing().sendRequest(.POST, "/api/v1/barriers/import", headers: headers, body: ByteBuffer(string: csv))
            #expect(again.status == .ok && again.body.string.contains(#""updated":2"#), "\(again.body.string.prefix(1500))")
            #expect(try await RecordChange.query(on: app.db).count() == changes)
            let bad = try await app.testing().sendRequest(.POST, "/api/v1/barriers/import", headers: headers, body: ByteBuffer(string:
                "title,description,category,status\r\nGoed,Tekst,onderwijs,open\r\nFout,Tekst,onderwijs,opgelost-binnen-de-regels\r\n"))
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("regel 3"), "\(bad.body.string.prefix(1500))")
            #expect(try await BarrierRecord.query(on: app.db).count() == 2)
            let editorImport = try await app.testing().sendRequest(.POST, "/api/v1/barriers/import", headers: ["Content-Type": "text/csv", "Authorization": Self.editor.first(name: .authorization) ?? ""],
                                                                   body: ByteBuffer(string: csv))
            #expect(editorImport.status == .forbidden)
        }
    }

    @Test("A funding scheme linked to an initiative shows on the initiative page and, with its next deadline, in the borging list")
    func schemeOnInitiativeAndBorging() async throws {
        try await withApp { app in
            _ = try await CollaborationTests.setUp(app)
            let today = LandscapeController.today
            let ends = today.adding(months: 3), deadline = today.adding(months: 1)
            let initiative = try await Self.post(app, "/api/v1/initiatives", #"{"name":"Fictief initiatief Regelingtest","kind":"programme","fundingEndDate":"\#(ends.iso)","wholeRegion":true}"#)
            #expect(initiative.status == .created, "\(initiative.body.string)")
            let initiativeID = try decode(Created.self, initiative).id
            let scheme = try await Self.post(app, "/api/v1/funding-schemes", #"{"name":"Fictieve regeling Samen Leren","funder":"Fictief Fonds","deadlines":["\#(deadline.iso)","2020-01-01"],"initiativeIds":["\#(initiativeID)"]}"#)
            #expect(scheme.status == .created, "\(scheme.body.string)")
            #expect(scheme.body.string.contains(#""nextDeadline":"\#(deadline.iso)""#))
            let page = try await app.testing().sendRequest(.GET, "/initiatieven/\(initiativeID)").body.string
            #expect(page.contains("Fictieve regeling Samen Leren") && page.contains("volgende deadline \(deadline.dutch)"))
            let borging = try await app.testing().sendRequest(.GET, "/borging").body.string
            #expect(borging.contains("Regelingen bij deze initiatieven") && borging.contains("Fictieve regeling Samen Leren") && borging.contains(deadline.dutch))
            #expect(try await app.testing().sendRequest(.GET, "/regelingen").body.string.contains("Fictieve regeling Samen Leren"))
            // Only the coordinator keeps schemes.
            let byEditor = try await Self.post(app, "/api/v1/funding-schemes", #"{"name":"Fictief","funder":"Fictief"}"#, as: Self.editor)
            #expect(byEditor.status == .forbidden)
            // The overview of collaboration leads here.
            #expect(try await app.testing().sendRequest(.GET, "/samenwerking").body.string.contains("Belemmeringen en regelingen"))
        }
    }

    @Test("Schemes and factsheets: searched, paged, exported as CSV and imported again in the same format (coordinator only)")
    func schemeAndFactsheetListsRoundTrip() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            for n in 1...26 {
                let res = try await Self.post(app, "/api/v1/funding-schemes", #"{"name":"Fictieve regeling \#(n)","funder":"Fictief Fonds \#(n % 2 == 0 ? "Even" : "Oneven")","deadlines":["2099-01-\#(n < 10 ? "0" : "")\#(n)"]}"#)
                #expect(res.status == .created)
            }
            let first = try await app.testing().sendRequest(.GET, "/regelingen").body.string
            #expect(first.contains("26 regelingen") && first.contains("Fictieve regeling 25") && !first.contains("Fictieve regeling 26<"))
            #expect(try await app.testing().sendRequest(.GET, "/regelingen?page=2").body.string.contains("Fictieve regeling 26<"))
            let even = try await app.testing().sendRequest(.GET, "/regelingen?q=even").body.string
            #expect(even.contains("13 regelingen") && even.contains("Fictieve regeling 2<") && !even.contains("Fictieve regeling 1<"))
            #expect(try await app.testing().sendRequest(.GET, "/regelingen?page=0").status == .badRequest)
            let coordinator = HTMLFlowTests.Browser(app), editor = HTMLFlowTests.Browser(app)
            try await coordinator.login("coordinator@example.org")
            try await editor.login("editor@example.org")
            let csv = try await coordinator.get("/regelingen.csv").body.string
            #expect(csv.hasPrefix("id,name,funder,conditions,deadlines") && csv.contains("2099-01-26"))
            #expect(try await coordinator.upload("/regelingen/import", file: ("regelingen.csv", csv)).status == .seeOther)
            #expect(try await FundingSchemeRecord.query(on: app.db).count() == 26, "the same file adds nothing")
            let renamed = csv.replacingOccurrences(of: "Fictieve regeling 26,", with: "Fictieve regeling zesentwintig,")
            #expect(try await editor.upload("/regelingen/import", file: ("regelingen.csv", renamed)).status == .forbidden)
            #expect(try await coordinator.upload("/regelingen/import", file: ("regelingen.csv", renamed)).status == .seeOther)
            #expect(try await FundingSchemeRecord.query(on: app.db).filter(\.$name == "Fictieve regeling zesentwintig").count() == 1)
            // Factsheets the same way.
            let barrier = try await Self.barrier(app, organisation: ids.a, status: "opgelost-binnen-de-regels", solution: "Fictieve oplossing.")
            let sheet = try await Self.post(app, "/api/v1/factsheets", #"{"barrierId":"\#(barrier)","question":"Fictieve vraag over medicatie?","answer":"Fictief antwoord.","published":"ja"}"#)
            #expect(sheet.status == .created, "\(sheet.body.string)")
            let sheets = try await app.testing().sendRequest(.GET, "/factsheets.csv?q=medicatie").body.string
            #expect(sheets.contains("Fictieve vraag over medicatie?") && sheets.contains(barrier.uuidString))
            #expect(!(try await app.testing().sendRequest(.GET, "/factsheets.csv?q=vrachtwagen").body.string.contains("medicatie")))
            #expect(try await coordinator.upload("/factsheets/import", file: ("factsheets.csv", sheets)).status == .seeOther)
            #expect(try await FactsheetRecord.query(on: app.db).count() == 1)
        }
    }
}
