import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Learning places end to end. Organisations are fictional and made in each test.
@Suite("Learning places")
struct LearningPlaceTests {
    typealias PlaceDTO = LearningPlaceAPIController.LearningPlaceDTO
    static let today = CalendarDay(date: Date())
    /// A period that runs now, with a month's margin on either side of today.
    static let start = today.adding(months: -1), end = today.adding(months: 10)
    static let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
    static let editor = HTTPHeaders.json(TestUsers.basic("editor@example.org"))

    /// Two fictional organisations (made by the coordinator) and an editor of the first.
    static func setUp(_ app: Application) async throws -> (own: UUID, other: UUID) {
        try await TestUsers.coordinator(app)
        var ids: [UUID] = []
        for (name, code) in [("Fictief Zorghuis De Proefkamer", "GM0321"), ("Fictieve Thuiszorg Testdorp", "GM0352")] {
            let res = try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: coordinator,
                                                          body: ByteBuffer(string: #"{"name":"\#(name)","municipalityCode":"\#(code)"}"#))
            #expect(res.status == .created)
            ids.append(try decode(OrganisationDTO.self, res).id)
        }
        try await TestUsers.editor(app, organisation: "Fictief Zorghuis De Proefkamer")
        return (ids[0], ids[1])
    }

    static func body(_ org: UUID, _ code: String = "GM0321", kind: String = "bbl-plek", count: String = "4", capacity: String = "2",
                     start: CalendarDay = start, end: CalendarDay = end) -> ByteBuffer {
        ByteBuffer(string: #"{"organisationId":"\#(org.uuidString)","municipalityCode":"\#(code)","kind":"\#(kind)","count":\#(count),"supervisionCapacity":\#(capacity),"startDate":"\#(start.iso)","endDate":"\#(end.iso)","roleKey":"helpende-zorg-en-welzijn","description":"Fictieve afdeling"}"#)
    }

    static func create(_ app: Application, _ body: ByteBuffer, as headers: HTTPHeaders = coordinator) async throws -> PlaceDTO {
        let res = try await app.testing().sendRequest(.POST, "/api/v1/learning-places", headers: headers, body: body)
        #expect(res.status == .created, "\(res.body.string)")
        return try decode(PlaceDTO.self, res)
    }

    static func changes(_ app: Application) async throws -> Int { try await RecordChange.query(on: app.db).count() }

    @Test("API: a coordinator adds places for any organisation, an editor only for their own (403 otherwise, nothing written); anonymous is 401")
    func apiPermissions() async throws {
        try await withApp { app in
            let (own, other) = try await Self.setUp(app)
            let place = try await Self.create(app, Self.body(other, "GM0352", count: "4", capacity: "2"))
            #expect(place.organisationName == "Fictieve Thuiszorg Testdorp" && place.municipalityName == "Wijk bij Duurstede" && place.kindLabel == "BBL-plek")
            #expect(place.count == 4 && place.supervisedAtOnce == 2 && place.notes.count == 1 && place.roleKey == "helpende-zorg-en-welzijn")

            let before = (try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app))
            let forbidden = try await app.testing().sendRequest(.POST, "/api/v1/learning-places", headers: Self.editor, body: Self.body(other))
            #expect(forbidden.status == .forbidden && forbidden.body.string.contains("eigen organisatie"))
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/learning-places", body: Self.body(own)).status == .unauthorized)
            let patchOther = try await app.testing().sendRequest(.PATCH, "/api/v1/learning-places/\(place.id.uuidString)", headers: Self.editor,
                                                                 body: ByteBuffer(string: #"{"count":9}"#))
            #expect(patchOther.status == .forbidden)
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/learning-places/\(place.id.uuidString)", headers: Self.editor).status == .forbidden)
            #expect((try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app)) == before)

            let mine = try await Self.create(app, Self.body(own, count: "3", capacity: "5"), as: Self.editor)
            #expect(mine.notes.isEmpty && mine.supervisedAtOnce == 3)
            // The editor may not hand their place to another organisation.
            let handOver = try await app.testing().sendRequest(.PATCH, "/api/v1/learning-places/\(mine.id.uuidString)", headers: Self.editor,
                                                               body: ByteBuffer(string: #"{"organisationId":"\#(other.uuidString)"}"#))
            #expect(handOver.status == .forbidden)
            let patched = try await app.testing().sendRequest(.PATCH, "/api/v1/learning-places/\(mine.id.uuidString)", headers: Self.editor,
                                                              body: ByteBuffer(string: #"{"count":"6","kind":"leerbaan"}"#))
            #expect(patched.status == .ok)
            let after = try decode(PlaceDTO.self, patched)
            #expect(after.count == 6 && after.kind == .learningJob && after.supervisionCapacity == 5 && after.municipalityCode == "GM0321")
            let history = try decode([ChangeDTO].self, try await app.testing().sendRequest(.GET, "/api/v1/learning-places/\(mine.id.uuidString)/history"))
            #expect(history.map(\.action) == [.update, .create])
            #expect(history[0].changes.map(\.field) == ["kind", "count"] && history[0].author.contains("Eddie Editor"))
            let countChange = history[0].changes.first { $0.field == "count" }
            #expect(countChange?.old == "3" && countChange?.new == "6")

            let list = try decode(LearningPlaceAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-places"))
            #expect(list.total == 2 && list.totals.places == 10 && list.byMunicipality["GM0352"]?.places == 4 && list.byKind["leerbaan"]?.places == 6)
            let filtered = try decode(LearningPlaceAPIController.PageDTO.self,
                                      try await app.testing().sendRequest(.GET, "/api/v1/learning-places?kind=bbl-plek&municipality=GM0352"))
            #expect(filtered.items.map(\.id) == [place.id])
            let later = Self.end.adding(months: 1).iso
            let none = try decode(LearningPlaceAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-places?from=\(later)"))
            #expect(none.total == 0 && none.totals.places == 0)
        }
    }

    @Test("API: bad input is 422 with every field in Dutch and writes nothing; bad filters are 400; unknown ids 404")
    func apiBadInput() async throws {
        try await withApp { app in
            let (own, _) = try await Self.setUp(app)
            let before = (try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app))
            let bad = try await app.testing().sendRequest(.POST, "/api/v1/learning-places", headers: Self.coordinator, body: ByteBuffer(string:
                #"{"organisationId":"\#(UUID().uuidString)","municipalityCode":"GM9999","kind":"stage","count":-3,"supervisionCapacity":-1,"startDate":"2027-09-01","endDate":"2027-08-31","roleKey":"astronaut"}"#))
            #expect(bad.status == .unprocessableEntity)
            let problem = try decode(ProblemBody.self, bad)
            #expect((problem.errors ?? []).map(\.field) == ["organisationId", "municipalityCode", "kind", "count", "supervisionCapacity", "endDate", "roleKey"])
            #expect(problem.errors?.first { $0.field == "count" }?.message == "Aantal plekken moet een heel getal zijn van 1 tot en met 999, niet ‘-3’.")
            #expect(problem.errors?.first { $0.field == "endDate" }?.message == "Einddatum ligt vóór de startdatum: 31 augustus 2027 is eerder dan 1 september 2027.")
            #expect(problem.detail.hasPrefix("Niet opgeslagen"))
            let empty = try await app.testing().sendRequest(.POST, "/api/v1/learning-places", headers: Self.coordinator, body: ByteBuffer(string: "{}"))
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Organisatie is verplicht."))
            #expect((try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app)) == before)

            let place = try await Self.create(app, Self.body(own))
            let badPatch = try await app.testing().sendRequest(.PATCH, "/api/v1/learning-places/\(place.id.uuidString)", headers: Self.coordinator,
                                                               body: ByteBuffer(string: #"{"count":0}"#))
            #expect(badPatch.status == .unprocessableEntity)
            #expect(try await LearningPlaceRecord.find(place.id, on: app.db)?.count == 4)

            for url in ["/api/v1/learning-places?kind=ruimtevaart", "/api/v1/learning-places?from=2026-13-01", "/api/v1/learning-places?from=2027-01-01&to=2026-01-01",
                        "/api/v1/learning-places?page=0", "/leerplekken?municipality=GM9999", "/kaart?laag=raketten"] {
                let res = try await app.testing().sendRequest(.GET, url)
                #expect(res.status == .badRequest, "\(url)")
            }
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/learning-places/\(UUID().uuidString)").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/leerplekken/geen-id").status == .notFound)
        }
    }

    @Test("Forms: an editor adds a place for their own organisation, mistakes come back beside the fields (nothing saved), then edits, deletes, undoes; history and trash show it")
    func formFlow() async throws {
        try await withApp { app in
            let (own, other) = try await Self.setUp(app)
            let anonymous = try await app.testing().sendRequest(.GET, "/leerplekken/nieuw")
            #expect(anonymous.status == .seeOther && (anonymous.headers.first(name: .location) ?? "").hasPrefix("/inloggen"))

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("editor@example.org")
            let form = try await browser.get("/leerplekken/nieuw")
            #expect(form.status == .ok)
            // Only their own organisation to choose, and its municipality filled in.
            #expect(form.body.string.contains("value=\"\(own.uuidString)\" selected") && !form.body.string.contains(other.uuidString))
            #expect(form.body.string.contains("value=\"GM0321\" selected"))

            let before = (try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app))
            let bad = try await browser.post("/leerplekken/nieuw", [("organisationId", own.uuidString), ("municipalityCode", "GM0321"), ("kind", ""),
                                                                    ("count", "-2"), ("supervisionCapacity", "1"), ("startDate", "2027-09-01"), ("endDate", "2027-01-01")])
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            #expect(html.contains("Soort is verplicht.") && html.contains("Aantal plekken moet een heel getal zijn van 1 tot en met 999, niet ‘-2’."))
            #expect(html.contains("Einddatum ligt vóór de startdatum: 1 januari 2027 is eerder dan 1 september 2027.") && html.contains("Er zijn 3 dingen om te verbeteren"))
            #expect(html.contains("aria-invalid=\"true\"") && html.contains("value=\"-2\""))
            let sneaky = try await browser.post("/leerplekken/nieuw", [("organisationId", other.uuidString), ("municipalityCode", "GM0352"), ("kind", "leerbaan"),
                                                                       ("count", "1"), ("supervisionCapacity", "1"), ("startDate", Self.start.iso), ("endDate", Self.end.iso)])
            #expect(sneaky.status == .forbidden)
            #expect((try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app)) == before)

            let good = try await browser.post("/leerplekken/nieuw", [("organisationId", own.uuidString), ("municipalityCode", "GM0321"), ("kind", "snuffelstage"),
                                                                     ("count", "10"), ("supervisionCapacity", "2"), ("startDate", Self.start.iso), ("endDate", Self.end.iso),
                                                                     ("roleKey", "helpende-zorg-en-welzijn"), ("description", "Een dag meelopen op een fictieve afdeling.")])
            #expect(good.status == .seeOther)
            let location = try #require(good.headers.first(name: .location))
            let page = try await browser.get(location).body.string
            #expect(page.contains("10 snuffelstages bij Fictief Zorghuis De Proefkamer in Houten") && page.contains("De leerplek is toegevoegd."))
            #expect(page.contains("Let op:") && page.contains("Er kunnen 2 leerlingen tegelijk begeleid worden bij 10 plekken"))
            #expect(page.contains("Helpende Zorg en Welzijn") && page.contains("Loopt nu") && page.contains(">Bewerken<"))

            let edit = try await browser.get(location + "/bewerken")
            #expect(edit.status == .ok && edit.body.string.contains("value=\"10\""))
            let saved = try await browser.post(location + "/bewerken", [("organisationId", own.uuidString), ("municipalityCode", "GM0321"), ("kind", "snuffelstage"),
                                                                         ("count", "12"), ("supervisionCapacity", "12"), ("startDate", Self.start.iso), ("endDate", Self.end.iso)])
            #expect(saved.status == .seeOther)
            let updated = try await browser.get(location).body.string
            #expect(updated.contains("12 snuffelstages") && !updated.contains("Let op:"))

            let deleted = try await browser.post(location + "/verwijderen", [])
            #expect(deleted.status == .seeOther && deleted.headers.first(name: .location) == "/leerplekken")
            let list = try await browser.get("/leerplekken").body.string
            #expect(list.contains("is verwijderd.") && list.contains("Ongedaan maken") && list.contains("Er zijn nog geen leerplekken in deze regio"))
            #expect(try await app.testing().sendRequest(.GET, location).status == .notFound)
            let trash = try await browser.get("/prullenbak").body.string
            #expect(trash.contains("Leerplek") && trash.contains("12 snuffelstages bij Fictief Zorghuis De Proefkamer in Houten"))
            let restored = try await browser.post(location + "/herstellen", [])
            #expect(restored.status == .seeOther)
            #expect(try await browser.get(location).body.string.contains("De leerplek is hersteld."))

            let history = try await browser.get(location + "/geschiedenis").body.string
            for action in [ChangeAction.create, .update, .delete, .restore] { #expect(history.contains(action.dutchLabel), "\(action)") }
            #expect(history.contains("Aantal plekken") && history.contains("Begeleidingscapaciteit") && history.contains("Eddie Editor"))
        }
    }

    @Test("The organisation page lists its running and coming places, counts the past ones, and offers 'Leerplek toevoegen' to who may")
    func organisationPage() async throws {
        try await withApp { app in
            let (own, other) = try await Self.setUp(app)
            _ = try await Self.create(app, Self.body(own, count: "4"))
            _ = try await Self.create(app, Self.body(own, "GM0344", kind: "stage-bol", count: "1", capacity: "1", start: Self.today.adding(months: 2), end: Self.today.adding(months: 7)))
            _ = try await Self.create(app, Self.body(own, kind: "leerbaan", count: "2", start: Self.today.adding(months: -14), end: Self.today.adding(months: -2)))
            _ = try await Self.create(app, Self.body(other, "GM0352", count: "7"))

            let anonymous = try await app.testing().sendRequest(.GET, "/organisaties/\(own.uuidString)").body.string
            #expect(anonymous.contains("Leerplekken (5)") && anonymous.contains("4 BBL-plekken in Houten") && anonymous.contains("1 stageplek (BOL) in Utrecht"))
            #expect(anonymous.contains("1 afgelopen leerplek niet getoond") && !anonymous.contains("2 leerbanen") && !anonymous.contains("Leerplek toevoegen"))
            let empty = try await app.testing().sendRequest(.GET, "/organisaties/\(try await app.organisationID(named: "Altrecht").uuidString)").body.string
            #expect(empty.contains("Leerplekken (0)") && empty.contains("Deze organisatie biedt nog geen leerplekken aan."))

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("editor@example.org")
            #expect(try await browser.get("/organisaties/\(own.uuidString)").body.string.contains("/leerplekken/nieuw?organisation=\(own.uuidString)"))
            #expect(!(try await browser.get("/organisaties/\(other.uuidString)").body.string.contains("/leerplekken/nieuw?organisation=")))
        }
    }

    @Test("The map layer shades municipalities by open places, lists the chosen municipality's places and follows kind and period")
    func mapLayer() async throws {
        try await withApp { app in
            let (own, other) = try await Self.setUp(app)
            _ = try await Self.create(app, Self.body(own, "GM0321", count: "4"))
            _ = try await Self.create(app, Self.body(other, "GM0321", kind: "snuffelstage", count: "10", capacity: "1"))
            _ = try await Self.create(app, Self.body(other, "GM0352", kind: "leerbaan", count: "2"))
            _ = try await Self.create(app, Self.body(other, "GM0352", kind: "leerbaan", count: "5", start: Self.today.adding(months: -14), end: Self.today.adding(months: -2)))

            let res = try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken")
            #expect(res.status == .ok)
            let html = res.body.string
            #expect(html.components(separatedBy: "class=\"area\"").count - 1 == 28)
            #expect(html.contains("aria-label=\"Houten: 14 open leerplekken\"") && html.contains("aria-label=\"Wijk bij Duurstede: 2 open leerplekken\""))
            #expect(html.contains("aria-label=\"Utrecht: 0 open leerplekken\"") && html.contains("Aantal open leerplekken") && html.contains("Leerplekken (16)"))
            #expect(html.contains("aria-current=\"page\">Leerplekken<") && html.contains("href=\"/kaart\">Initiatieven<"))

            let houten = try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken&municipality=GM0321").body.string
            #expect(houten.contains("Leerplekken in Houten (14)") && houten.contains("class=\"selected\"") && houten.contains("Fictieve Thuiszorg Testdorp"))
            #expect(houten.contains("aria-label=\"Wijk bij Duurstede: 2 open leerplekken\""))

            let kind = try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken&kind=snuffelstage").body.string
            #expect(kind.contains("aria-label=\"Houten: 10 open leerplekken\"") && kind.contains("aria-label=\"Wijk bij Duurstede: 0 open leerplekken\""))
            let past = Self.today.adding(months: -6)
            let then = try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken&from=\(past.iso)&to=\(past.iso)").body.string
            #expect(then.contains("aria-label=\"Wijk bij Duurstede: 5 open leerplekken\"") && then.contains("aria-label=\"Houten: 0 open leerplekken\""))

            let svg = try await app.testing().sendRequest(.GET, "/kaart.svg?laag=leerplekken")
            #expect(svg.status == .ok && svg.body.string.hasPrefix("<svg") && svg.body.string.contains("Houten: 14 open leerplekken"))
            let initiatives = try await app.testing().sendRequest(.GET, "/kaart").body.string
            #expect(initiatives.contains("aria-current=\"page\">Initiatieven<") && initiatives.contains("Utrecht: 1 initiatief"))

            // Places of a deleted organisation leave the map with it, and return when it is restored.
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/organisations/\(other.uuidString)", headers: Self.coordinator).status == .noContent)
            #expect(try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken").body.string.contains("aria-label=\"Houten: 4 open leerplekken\""))
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/organisations/\(other.uuidString)/restore", headers: Self.coordinator).status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/kaart?laag=leerplekken").body.string.contains("aria-label=\"Houten: 14 open leerplekken\""))
        }
    }

    @Test("CSV: export → import unchanged is a no-op; a changed and a new row import with history; a bad file names its lines and imports nothing")
    func csvRoundTrip() async throws {
        try await withApp { app in
            let (own, other) = try await Self.setUp(app)
            let a = try await Self.create(app, Self.body(own, count: "4"))
            _ = try await Self.create(app, Self.body(other, "GM0352", kind: "leerbaan", count: "2"))
            func post(_ csv: String, as email: String = "coordinator@example.org") async throws -> TestingHTTPResponse {
                var headers = TestUsers.basic(email)
                headers.contentType = .csv
                return try await app.testing().sendRequest(.POST, "/api/v1/learning-places/import", headers: headers, body: ByteBuffer(string: csv))
            }
            let export = try await app.testing().sendRequest(.GET, "/leerplekken.csv")
            #expect(export.headers.contentType?.subType == "csv")
            let csv = export.body.string
            #expect(csv.contains("Fictief Zorghuis De Proefkamer") && csv.contains("Wijk bij Duurstede"))
            let before = try await Self.changes(app)
            let same = try decode(ImportSummary.self, try await post(csv))
            let afterSame = try await Self.changes(app)
            #expect(same.created == 0 && same.updated == 2 && afterSame == before)

            var rows = try CSV.decode(csv)
            let header = rows[0]
            let countColumn = try #require(header.firstIndex(of: "count")), idColumn = try #require(header.firstIndex(of: "id"))
            let row = try #require(rows.firstIndex { $0[idColumn] == a.id.uuidString })
            rows[row][countColumn] = "7"
            var added = rows[row]
            added[idColumn] = ""
            added[try #require(header.firstIndex(of: "kind"))] = "snuffelstage"
            rows.append(added)
            let result = try decode(ImportSummary.self, try await post(CSV.encode(header: header, rows: Array(rows.dropFirst()))))
            #expect(result.created == 1 && result.updated == 2)
            #expect(try await LearningPlaceRecord.find(a.id, on: app.db)?.count == 7)
            #expect(try await LearningPlaceRecord.query(on: app.db).filter(\.$kind == .tasterInternship).count() == 1)
            let history = try await RecordChange.query(on: app.db).filter(\.$entityID == a.id).filter(\.$action == .import).all()
            #expect(history.count == 1 && history[0].changes.map(\.field) == ["count"])

            let count = try await LearningPlaceRecord.query(on: app.db).count(), changes = try await Self.changes(app)
            let bad = "organisationId,municipalityCode,kind,count,startDate,endDate,supervisionCapacity\r\n"
                + "\(own.uuidString),GM0321,bbl-plek,2,\(Self.start.iso),\(Self.end.iso),1\r\n"
                + "\(own.uuidString),GM9999,bbl-plek,-1,\(Self.start.iso),\(Self.end.iso),1\r\n"
                + "\(UUID().uuidString),GM0321,raket,2,\(Self.end.iso),\(Self.start.iso),1\r\n"
            let refused = try await post(bad)
            #expect(refused.status == .unprocessableEntity)
            let fields = (try decode(ProblemBody.self, refused).errors ?? []).map(\.field)
            #expect(fields == ["regel 3 · municipalityCode", "regel 3 · count", "regel 4 · organisationId", "regel 4 · kind", "regel 4 · endDate"])
            // An editor may import rows of their own organisation only.
            let foreign = "organisationId,municipalityCode,kind,count,startDate,endDate,supervisionCapacity\r\n\(other.uuidString),GM0352,leerbaan,1,\(Self.start.iso),\(Self.end.iso),1\r\n"
            let editorImport = try await post(foreign, as: "editor@example.org")
            #expect(editorImport.status == .unprocessableEntity && editorImport.body.string.contains("regel 2 · organisationId"))
            let missing = try await post("organisationId,kind\r\n\(own.uuidString),leerbaan\r\n")
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("ontbreken"))
            let (countAfter, changesAfter) = (try await LearningPlaceRecord.query(on: app.db).count(), try await Self.changes(app))
            #expect(countAfter == count && changesAfter == changes)
        }
    }
}
