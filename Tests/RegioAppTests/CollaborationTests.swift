import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Sessions, coalitions, the action agenda and the Volgspot end to end. Organisations are
/// fictional and made in each test.
@Suite("Collaboration")
struct CollaborationTests {
    typealias Browser = HTMLFlowTests.Browser
    static let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
    static let member = HTTPHeaders.json(TestUsers.basic("editor@example.org"))
    static let outsider = HTTPHeaders.json(TestUsers.basic("buiten@example.org"))

    struct Ids { var a: UUID; var b: UUID; var c: UUID; var outside: UUID }
    struct Created: Decodable { var id: UUID; var version: Int? }

    /// Four fictional organisations; an editor of the first (a coalition member later) and one of the fourth (not).
    static func setUp(_ app: Application) async throws -> Ids {
        try await TestUsers.coordinator(app)
        var ids: [UUID] = []
        for (name, code) in [("Fictief Zorghuis De Proefkamer", "GM0321"), ("Fictieve Thuiszorg Testdorp", "GM0352"),
                             ("Fictief ROC Voorbeeldstad", "GM0344"), ("Fictieve Stichting Buitenstaander", "GM0356")] {
            let res = try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: coordinator,
                                                          body: ByteBuffer(string: #"{"name":"\#(name)","municipalityCode":"\#(code)"}"#))
            #expect(res.status == .created)
            ids.append(try decode(Created.self, res).id)
        }
        try await TestUsers.editor(app, organisation: "Fictief Zorghuis De Proefkamer")
        try await TestUsers.editor(app, organisation: "Fictieve Stichting Buitenstaander", email: "buiten@example.org")
        return Ids(a: ids[0], b: ids[1], c: ids[2], outside: ids[3])
    }

    static func post(_ app: Application, _ path: String, _ json: String, as headers: HTTPHeaders = coordinator) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: json))
    }

    static func coalition(_ app: Application, _ ids: Ids, published: Bool = true, name: String = "Fictieve coalitie Leerwerkplaats") async throws -> UUID {
        let res = try await post(app, "/api/v1/coalitions", #"{"name":"\#(name)","question":"Hoe richten we samen een leerwerkplaats in?","status":"actief","published":"\#(published ? "ja" : "nee")","members":[{"organisationId":"\#(ids.a)","role":"trekker"},{"organisationId":"\#(ids.b)","role":"deelnemer"},{"organisationId":"\#(ids.c)","role":"financier"}]}"#)
        #expect(res.status == .created, "\(res.body.string)")
        return try decode(Created.self, res).id
    }

    static func action(_ app: Application, coalition: UUID, title: String = "Fictieve actie: werkplaats inrichten", published: Bool = true,
                       due: String = "2026-10-31") async throws -> UUID {
        let res = try await post(app, "/api/v1/actions", #"{"title":"\#(title)","scope":"centraal","phase":"2026-Q3","dueDate":"\#(due)","coalitionIds":["\#(coalition)"],"published":"\#(published ? "ja" : "nee")"}"#)
        #expect(res.status == .created, "\(res.body.string)")
        return try decode(Created.self, res).id
    }

    @Test("Two people edit the same action: the second gets a clear 409, nothing is overwritten; API without version is 428")
    func optimisticLockingOverHTTP() async throws {
        try await withApp { app in
            let ids = try await Self.setUp(app)
            let coalition = try await Self.coalition(app, ids)
            let action = try await Self.action(app, coalition: coalition)
            let coordinator = Browser(app), member = Browser(app)
            try await coordinator.login("coordinator@example.org")
            try await member.login("editor@example.org")
            // Both open the edit form at version 1.
            let formA = try await coordinator.get("/agenda/\(action)/bewerken"), formB = try await member.get("/agenda/\(action)/bewerken")
            #expect(formA.status == .ok && formB.status == .ok)
            #expect(formA.body.string.contains(#"name="version" value="1""#) && formB.body.string.contains(#"name="version" value="1""#))
            func fields(_ title: String, status: String) -> [(String, String)] {
                [("version", "1"), ("title", title), ("scope", "centraal"), ("phase", "2026-Q3"), ("dueDate", "2026-10-31"), ("status", status),
                 ("coalitionIds[]", coalition.uuidString), ("published", "ja")]
            }
            let first = try await coordinator.post("/agenda/\(action)/bewerken", fields("Werkplaats inrichten (coördinator)", status: "lopend"))
            #expect(first.status == .seeOther)
            let changesBefore = try await RecordChange.query(on: app.db).count()
            let second = try await member.post("/agenda/\(action)/bewerken", fields("Werkplaats inrichten (lid)", status: "afgerond"))
            #expect(second.status == .conflict)
            let page = second.body.string
            #expect(page.contains("Iemand anders heeft dit intussen gewijzigd") && page.contains("Carla Coördinator heeft dit op"))
            #expect(page.contains("Jouw wijziging is nog niet opgeslagen; er is niets overschreven"))
            // The table names what differs; the form keeps what the member typed, now on version 2.
            #expect(page.contains("Werkplaats inrichten (coördinator)") && page.contains(#"value="Werkplaats inrichten (lid)""#))
            #expect(page.contains(#"name="version" value="2""#) && !page.contains("carla@") && !page.contains("coordinator@example.org"))
            let stored = try #require(try await ActionRecord.find(action, on: app.db))
            #expect(stored.title == "Werkplaats inrichten (coördinator)" && stored.status == .running && stored.version == 2)
            #expect(try await RecordChange.query(on: app.db).count() == changesBefore)
            // Saving again from the conflict page is a deliberate choice and goes through.
            var again = fields("Werkplaats inrichten (lid)", status: "afgerond")
            again[0] = ("version", "2")
            #expect(try await member.post("/agenda/\(action)/bewerken", again).status == .seeOther)
            #expect(try await ActionRecord.find(action, on: app.db)?.version == 3)

            // The API: an old version is a 409 problem, no version a 428, the right one saves.
            let stale = try await app.testing().sendRequest(.PATCH, "/api/v1/actions/\(action)", headers: Self.coordinator, body: ByteBuffer(string: #"{"title":"Oud","version":1}"#))
            #expect(stale.status == .conflict && stale.body.string.contains("intussen door iemand anders gewijzigd"))
            let missing = try await app.testing().sendRequest(.PATCH, "/api/v1/actions/\(action)", headers: Self.coordinator, body: ByteBuffer(string: #"{"title":"Oud"}"#))
            #expect(missing.status == .preconditionRequired)
            let ok = try await app.testing().sendRequest(.PATCH, "/api/v1/actions/\(action)", headers: Self.coordinator, body: ByteBuffer(string: #"{"title":"Nieuw","version":3}"#))
            let saved = try decode(Created.self, ok)
            #expect(ok.status == .ok && saved.version == 4)
        }
    }

    @Test("Concurrent saves from the same version: exactly one wins, the other is a conflict, one history entry")
    func concurrentSaves() async throws {
        try await withApp { app in
            let ids = try await Self.setUp(app)
            let action = try await Self.action(app, coalition: try await Self.coalition(app, ids))
            let regionID = try #require(try await ActionRecord.find(action, on: app.db)?.$region.id)
            let writer = RecordWriter<ActionRecord>(regionID: regionID, entity: .action, fieldOrder: ["title"], shown: { ["title": $0.title] })
            let author = ChangeAuthor.system("test")
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for title in ["Versie van Ann", "Versie van Bob", "Versie van Cem", "Versie van Dirk"] {
                    group.addTask {
                        let model = try #require(try await ActionRecord.find(action, on: app.db))
                        var fields = model.fields
                        fields.title = title
                        do { try await writer.update(model, with: fields, expectedVersion: 1, author: author, on: app.db); return true }
                        catch is VersionConflict { return false }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1 && results.count == 4)
            let stored = try #require(try await ActionRecord.find(action, on: app.db))
            #expect(stored.version == 2 && stored.title.hasPrefix("Versie van "))
            let updates = try await RecordChange.query(on: app.db).filter(\.$entity == HistoryEntity.action.rawValue).filter(\.$action == .update).count()
            #expect(updates == 1)
        }
    }

    @Test("Roles: the coordinator manages the agenda, members update their coalition and its actions, others may not; the public sees published items only")
    func roles() async throws {
        try await withApp { app in
            let ids = try await Self.setUp(app)
            let published = try await Self.coalition(app, ids)
            let hidden = try await Self.coalition(app, ids, published: false)
            let action = try await Self.action(app, coalition: published)
            let hiddenAction = try await Self.action(app, coalition: published, title: "Fictieve interne actie", published: false)

            // Only the coordinator adds coalitions and actions.
            #expect(try await Self.post(app, "/api/v1/actions", #"{"title":"X","scope":"centraal","phase":"2026-Q3"}"#, as: Self.member).status == .forbidden)
            #expect(try await Self.post(app, "/api/v1/coalitions", #"{"name":"X","question":"Y","members":[{"organisationId":"\#(ids.a)"}]}"#, as: Self.member).status == .forbidden)
            // A member updates the coalition and its action, and posts progress; publishing stays the coordinator's.
            let memberPatch = try await app.testing().sendRequest(.PATCH, "/api/v1/coalitions/\(hidden)", headers: Self.member,
                                                                  body: ByteBuffer(string: #"{"question":"Een scherpere vraag","published":"ja","version":1}"#))
            #expect(memberPatch.status == .ok && memberPatch.body.string.contains(#""published":"nee""#) && memberPatch.body.string.contains("Een scherpere vraag"))
            #expect(try await Self.post(app, "/api/v1/actions/\(action)/updates", #"{"text":"Ruimte gevonden bij een fictieve partner"}"#, as: Self.member).status == .created)
            // An editor of an organisation outside the coalition may not.
            let outsiderPatch = try await app.testing().sendRequest(.PATCH, "/api/v1/coalitions/\(published)", headers: Self.outsider,
                                                                    body: ByteBuffer(string: #"{"question":"Overgenomen","version":1}"#))
            #expect(outsiderPatch.status == .forbidden && outsiderPatch.body.string.contains("leden van deze coalitie"))
            #expect(try await Self.post(app, "/api/v1/actions/\(action)/updates", #"{"text":"Niet van mij"}"#, as: Self.outsider).status == .forbidden)
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/actions/\(action)", headers: Self.member).status == .forbidden)

            // The public: published items only, the rest is as absent as a record that never existed.
            let list = try await app.testing().sendRequest(.GET, "/coalities").body.string
            #expect(list.contains("/coalities/\(published)") && !list.contains("/coalities/\(hidden)"))
            #expect(try await app.testing().sendRequest(.GET, "/coalities/\(hidden)").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/coalitions/\(hidden)").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/agenda/\(hiddenAction)").status == .notFound)
            let agenda = try await app.testing().sendRequest(.GET, "/agenda.csv").body.string
            #expect(agenda.contains("Fictieve actie: werkplaats inrichten") && !agenda.contains("Fictieve interne actie"))
            // Progress shows the author's name, never their e-mail address.
            let page = try await app.testing().sendRequest(.GET, "/agenda/\(action)").body.string
            #expect(page.contains("Eddie Editor") && page.contains("Ruimte gevonden") && !page.contains("editor@example.org"))
            // Signed in, the region's users see everything.
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/coalitions/\(hidden)", headers: Self.outsider).status == .ok)
        }
    }

    @Test("A session's idea becomes a coalition with three members and a purpose case, then actions, progress and a review; bad input is a Dutch 422 and changes nothing")
    func sessionToReview() async throws {
        try await withApp { app in
            let ids = try await Self.setUp(app)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let session = try await browser.post("/ontwikkelsessies/nieuw", [
                ("date", "2026-11-12"), ("title", "Fictieve sessie zij-instroom"), ("question", "Hoe houden we zij-instromers vast?"),
                ("participantCount", "14"), ("organisationIds[]", ids.a.uuidString), ("organisationIds[]", ids.b.uuidString), ("organisationIds[]", ids.c.uuidString),
                ("ideas", "Een gezamenlijke leerwerkplaats\nEen buddy voor elke zij-instromer"), ("barriers", "Verletkosten"), ("published", "ja")])
            #expect(session.status == .seeOther)
            let sessionID = try #require(try await DevelopmentSessionRecord.query(on: app.db).first()?.id)
            // The idea's button fills the coalition form: the idea as question, the session's organisations as members.
            let form = try await browser.get("/coalities/nieuw?sessie=\(sessionID)&idee=0").body.string
            #expect(form.contains("Een gezamenlijke leerwerkplaats") && form.contains(#"name="sessionId" value="\#(sessionID)""#))
            #expect(form.components(separatedBy: "selected").count - 1 >= 3)
            // Bad member rows: nothing stored, the messages are Dutch and at their row.
            let before = try await CoalitionRecord.query(on: app.db).count()
            let bad = try await browser.post("/coalities/nieuw", [("name", "Fictieve coalitie"), ("question", ""), ("memberOrganisation[]", "geen-id"), ("memberRole[]", "baas")])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Regionale vraag is verplicht."))
            #expect(bad.body.string.contains("Onbekende organisatie ‘geen-id’") && bad.body.string.contains("Onbekende waarde ‘baas’ voor rol"))
            #expect(try await CoalitionRecord.query(on: app.db).count() == before)
            let created = try await browser.post("/coalities/nieuw", [
                ("sessionId", sessionID.uuidString), ("name", "Fictieve coalitie Leerwerkplaats"), ("question", "Een gezamenlijke leerwerkplaats"), ("status", "actief"),
                ("memberOrganisation[]", ids.a.uuidString), ("memberRole[]", "trekker"), ("memberOrganisation[]", ids.b.uuidString), ("memberRole[]", "deelnemer"),
                ("memberOrganisation[]", ids.c.uuidString), ("memberRole[]", "financier"), ("memberOrganisation[]", ""), ("memberRole[]", "deelnemer"), ("published", "ja")])
            #expect(created.status == .seeOther)
            let coalition = try #require(try await CoalitionRecord.query(on: app.db).first())
            let cid = try coalition.requireID()
            #expect(coalition.members.map(\.role) == [.lead, .member, .funder] && coalition.sessionID == sessionID)
            #expect(try await browser.get("/ontwikkelsessies/\(sessionID)").body.string.contains("/coalities/\(cid)"))

            // The purpose case, with Dutch thousands, mixed units and one amount unknown; spare empty rows are skipped.
            let row = { (s: String, d: String, text: String, u: String, a: String) -> [(String, String)] in
                [("itemStakeholder[]", s), ("itemDirection[]", d), ("itemDescription[]", text), ("itemUnit[]", u), ("itemAmount[]", a)] }
            let purpose = [("version", "1"), ("purpose", "Samen meer zij-instromers opleiden"),
                           ("stakeholderName[]", "Fictief Zorghuis"), ("stakeholderOrganisation[]", ids.a.uuidString),
                           ("stakeholderName[]", "Fictieve gemeente"), ("stakeholderOrganisation[]", ""), ("stakeholderName[]", ""), ("stakeholderOrganisation[]", "")]
                + row("Fictief Zorghuis", "inbreng", "Begeleiding", "uren", "120") + row("Fictief Zorghuis", "opbrengst", "Nieuwe collega's", "fte", "3")
                + row("Fictieve gemeente", "inbreng", "Subsidie", "euro", "25.000") + row("Fictieve gemeente", "opbrengst", "Minder uitkeringen", "euro", "")
                + row("Fictief Zorghuis", "opbrengst", "Trots", "", "") + row("", "inbreng", "", "", "")
            let savedCase = try await browser.post("/coalities/\(cid)/purpose-case", purpose)
            #expect(savedCase.status == .seeOther, "\(savedCase.body.string.prefix(2000))")
            let page = try await browser.get("/coalities/\(cid)").body.string
            #expect(page.contains("€ 25.000,00") && page.contains("€ -25.000,00 *") && page.contains("120 uur") && page.contains("+1 onbekend"))
            #expect(page.contains("Bij Fictieve gemeente ontbreekt 1 bedrag (euro)") && page.contains("haalt eruit: Trots") && page.contains("<svg class=\"chart purpose-chart\""))
            // A stale purpose case form (version 1 again) is a conflict and keeps the typed rows.
            var changed = purpose
            changed[1] = ("purpose", "Een ander doel, op een verouderde versie")
            let stale = try await browser.post("/coalities/\(cid)/purpose-case", changed)
            #expect(stale.status == .conflict && stale.body.string.contains("Iemand anders heeft dit intussen gewijzigd") && stale.body.string.contains(#"value="Minder uitkeringen""#))

            // Two actions, progress with a status change, and a review.
            for title in ["Fictieve actie: ruimte vinden", "Fictieve actie: eerste groep werven"] {
                let r = try await browser.post("/agenda/nieuw", [("title", title), ("scope", "decentraal"), ("ownerIds[]", ids.a.uuidString), ("phase", "2026 K4"),
                                                                 ("dueDate", "2027-03-31"), ("coalitionIds[]", cid.uuidString), ("published", "ja")])
                #expect(r.status == .seeOther)
            }
            let action = try #require(try await ActionRecord.query(on: app.db).filter(\.$title == "Fictieve actie: ruimte vinden").first())
            let aid = try action.requireID()
            let future = try await browser.post("/agenda/\(aid)/voortgang", [("version", "1"), ("date", "2099-01-01"), ("text", "Te vroeg")])
            #expect(future.status == .unprocessableEntity && future.body.string.contains("ligt in de toekomst"))
            #expect(try await browser.post("/agenda/\(aid)/voortgang", [("version", "1"), ("date", "2026-11-20"), ("status", "lopend"), ("text", "Ruimte gevonden")]).status == .seeOther)
            #expect(try await ActionRecord.find(aid, on: app.db)?.status == .running)
            #expect(try await ActionUpdateRecord.query(on: app.db).count() == 1)
            var scores: [(String, String)] = []
            for (d, s) in zip(ReviewDimension.allCases, ["4", "3", "4", "2", "2", "3"]) { scores.append(("scores.\(d.rawValue)", s)) }
            let badReview = try await browser.post("/volgspot/nieuw", [("coalitionId", cid.uuidString), ("date", "2026-11-20"), ("narrative", "Half")] + scores.dropLast())
            #expect(badReview.status == .unprocessableEntity && badReview.body.string.contains("Score voor Leren en bijsturen is verplicht."))
            #expect(try await ProgressReviewRecord.query(on: app.db).count() == 0)
            #expect(try await browser.post("/volgspot/nieuw", [("coalitionId", cid.uuidString), ("date", "2026-11-20"), ("narrative", "Goed op weg"), ("published", "ja")] + scores).status == .seeOther)
            let history = try await browser.get("/volgspot?coalitie=\(cid)").body.string
            #expect(history.contains("<svg class=\"chart review-chart\"") && history.contains("Volgspot van Fictieve coalitie Leerwerkplaats"))
            let timeline = try await browser.get("/agenda?weergave=tijdlijn").body.string
            #expect(timeline.contains("<svg class=\"chart timeline-chart\"") && timeline.contains("Fictieve actie: eerste groep werven"))
        }
    }

    @Test("Agenda CSV: the export imports again unchanged; a bad row names its line and imports nothing")
    func agendaCSVRoundTrip() async throws {
        try await withApp { app in
            let ids = try await Self.setUp(app)
            let coalition = try await Self.coalition(app, ids)
            _ = try await Self.action(app, coalition: coalition)
            _ = try await Self.action(app, coalition: coalition, title: "Fictieve actie, met komma", published: false, due: "2026-12-01")
            // Signed in, the export holds the unpublished action too (the public's holds only the published one).
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let csv = try await browser.get("/agenda.csv").body.string
            #expect(try await app.testing().sendRequest(.GET, "/agenda.csv").body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
            #expect(csv.hasPrefix("id,title,description,theme,ownerIds,scope,phase,status,dueDate,coalitionIds,initiativeIds,sessionId,published"))
            let changes = try await RecordChange.query(on: app.db).count()
            let again = try await app.testing().sendRequest(.POST, "/api/v1/actions/import", headers: ["Content-Type": "text/csv", "Authorization": Self.coordinator.first(name: .authorization) ?? ""],
                                                            body: ByteBuffer(string: csv))
            #expect(again.status == .ok && again.body.string.contains(#""updated":2"#), "\(again.body.string.prefix(1500))")
            #expect(try await RecordChange.query(on: app.db).count() == changes)
            let bad = try await app.testing().sendRequest(.POST, "/api/v1/actions/import", headers: ["Content-Type": "text/csv", "Authorization": Self.coordinator.first(name: .authorization) ?? ""],
                                                          body: ByteBuffer(string: "title,scope,phase\r\nGoed,centraal,2026-Q4\r\nFout,overal,2026-Q9\r\n"))
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("regel 3 · scope") && bad.body.string.contains("regel 3 · phase"))
            #expect(try await ActionRecord.query(on: app.db).count() == 2)
        }
    }
}
