import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Every write route of the application (read from the router, so a new route is in the
/// matrix without anyone adding it) against the roles that must not write there: an
/// anonymous visitor everywhere except the few public writes, and an editor of an
/// organisation that owns nothing on every route that changes an existing record. Path
/// parameters are filled with a real record of the route's kind, so the permission check
/// itself is reached, not a 404 for an unknown id. A denial must change nothing: no
/// history entry is written.
@Suite("Authorisation matrix: every write route × the roles that must be refused")
struct AuthorisationMatrixTests {
    typealias Browser = HTMLFlowTests.Browser

    /// Writes without an account, on purpose: logging in and out, the candidate's intake
    /// and own profile (protected by its secret code, not an account), matching without storage.
    static let publicWrites: Set<String> = [
        "POST /inloggen", "POST /uitloggen", "POST /api/v1/matches",
    ]

    /// The candidate's pages are the candidate's own (a code, no account).
    static func isCandidateRoute(_ path: String) -> Bool { path.hasPrefix("/kandidaat/") || path == "/kandidaat" }

    struct Fixture {
        /// An id of a record of the kind each first path segment names.
        var idsByCollection: [String: UUID]
        var demand: UUID
        var update: UUID
    }

    /// A record of every kind, owned by organisation A (or the region), made by the coordinator.
    /// `text` goes into their names, titles and texts (the markup test puts markup there).
    static func fixture(_ app: Application, _ ids: CollaborationTests.Ids, text: String = "Matrix") async throws -> Fixture {
        // As it must stand inside a JSON string.
        let t = String(String(decoding: try JSONEncoder().encode(text), as: UTF8.self).dropFirst().dropLast())
        func post(_ path: String, _ json: String) async throws -> UUID {
            let res = try await CollaborationTests.post(app, path, json)
            #expect(res.status == .created, "\(path): \(res.body.string.prefix(400))")
            guard let created = try? decode(CollaborationTests.Created.self, res) else {
                // Progress updates answer with the action's updates.
                let updates = try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [[String: Any]] ?? []
                return try #require(updates.compactMap { ($0["id"] as? String).flatMap(UUID.init(uuidString:)) }.last, "\(path): \(res.body.string.prefix(300))")
            }
            return created.id
        }
        let initiative = try await post("/api/v1/initiatives", #"{"name":"Fictief initiatief \#(t)","goal":"Doel \#(t)","kind":"programme","wholeRegion":true,"participants":[{"organisationId":"\#(ids.a)","role":"lead"}]}"#)
        let module = try await post("/api/v1/modules", #"{"title":"Fictieve module \#(t)","description":"Over \#(t)","providerId":"\#(ids.a)","skills":[{"skill":"tillen-en-transfers","level":2}],"hours":16,"form":"klassikaal","municipalityCodes":["GM0344"]}"#)
        let route = try await post("/api/v1/learning-routes", #"{"title":"Fictieve route \#(t)","roleKey":"helpende-zorg-en-welzijn","hoursPerWeek":24,"employerIds":["\#(ids.a)"],"steps":[{"moduleId":"\#(module)"}]}"#)
        let place = try await post("/api/v1/learning-places", #"{"organisationId":"\#(ids.a)","municipalityCode":"GM0344","kind":"bbl-plek","count":2,"supervisionCapacity":2,"startDate":"2026-09-01","endDate":"2027-07-15"}"#)
        let session = try await post("/api/v1/development-sessions", #"{"date":"2026-10-01","title":"Fictieve sessie \#(t)","question":"Hoe \#(t)?","participantCount":"3","ideas":["Idee \#(t)"]}"#)
        let coalition = try await CollaborationTests.coalition(app, ids, name: "Fictieve coalitie \(t)")
        let action = try await CollaborationTests.action(app, coalition: coalition, title: "Fictieve actie \(t)")
        let update = try await post("/api/v1/actions/\(action)/updates", #"{"date":"2026-11-01","text":"Begonnen \#(t)","status":"lopend","version":"1"}"#)
        let review = try await post("/api/v1/progress-reviews", #"{"coalitionId":"\#(coalition)","date":"2026-11-02","scores":{"gedeelde-ambitie":"3","eigenaarschap":"3","samenwerking":"3","resultaten":"2","borging":"2","leren-en-bijsturen":"4"},"narrative":"Fictief \#(t)"}"#)
        let scheme = try await post("/api/v1/funding-schemes", #"{"name":"Fictieve regeling \#(t)","funder":"Fictief Fonds \#(t)"}"#)
        let barrier = try await BarrierTests.barrier(app, organisation: ids.a, title: "Fictieve belemmering \(t)", status: "opgelost-binnen-de-regels",
                                                     solution: "Fictieve oplossing \(t).")
        let factsheet = try await post("/api/v1/factsheets", #"{"barrierId":"\#(barrier)","question":"Fictieve vraag \#(t)?","answer":"Fictief \#(t).","published":"ja"}"#)
        let coordinator = Browser(app)
        try await coordinator.login("coordinator@example.org")
        let (_, itemPath) = try await CollectiveTests.catalogue(app, coordinator: coordinator)
        let item = try #require(UUID(uuidString: String(itemPath.split(separator: "/").last ?? "")))
        #expect(try await CollectiveTests.demand(coordinator, itemPath, organisation: ids.a, quantity: "5").status == .seeOther)
        let demand = try #require(try await DemandRecord.query(on: app.db).first()?.id)
        let judged = try await post("/api/v1/initiatives", #"{"name":"Fictief initiatief \#(t) twee","kind":"programme","wholeRegion":true}"#)
        _ = judged
        return Fixture(idsByCollection: [
            "initiatieven": initiative, "initiatives": initiative, "organisaties": ids.a, "organisations": ids.a,
            "modules": module, "leerroutes": route, "learning-routes": route, "leerplekken": place, "learning-places": place,
            "ontwikkelsessies": session, "development-sessions": session, "coalities": coalition, "coalitions": coalition,
            "agenda": action, "actions": action, "volgspot": review, "progress-reviews": review,
            "regelingen": scheme, "funding-schemes": scheme, "belemmeringen": barrier, "barriers": barrier, "factsheets": factsheet,
            "inhoud": item,
        ], demand: demand, update: update)
    }

    /// The route's path with every parameter filled: ids of the fixture, `demand`, `update`
    /// by name; anything else (a key, a slug) gets a fixed fictional value.
    static func path(_ route: Route, _ f: Fixture) -> String? {
        var collection = ""
        var parts: [String] = []
        for component in route.path {
            switch component {
            case .constant(let c):
                if collection.isEmpty || ["api", "v1"].contains(collection) { collection = c }
                parts.append(c)
            case .parameter(let name):
                switch name {
                case "demand": parts.append(f.demand.uuidString)
                case "update": parts.append(f.update.uuidString)
                case "id":
                    guard let id = f.idsByCollection[collection] else { return nil }
                    parts.append(id.uuidString)
                default: parts.append("fictief")
                }
            case .anything, .catchall: parts.append("fictief")
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func writeRoutes(_ app: Application) -> [Route] {
        app.routes.all.filter { [.POST, .PUT, .PATCH, .DELETE].contains($0.method) }
    }

    static func historyCount(_ app: Application) async throws -> Int { try await RecordChange.query(on: app.db).count() }

    /// Refused: a 4xx other than a validation answer, or a redirect to the login page.
    static func refused(_ res: TestingHTTPResponse) -> Bool {
        if res.status == .seeOther { return res.headers.first(name: .location)?.hasPrefix("/inloggen") == true }
        return (400..<500).contains(res.status.code) && res.status != .unprocessableEntity
    }

    /// Routes on a shared record where any editor acts for their own organisation: the
    /// outsider sends a complete form in the name of another organisation instead.
    static func speaksFor(_ other: UUID) -> [String: String] {
        ["POST /inhoud/:id/vraag": "organisationId=\(other.uuidString)&year=\(LandscapeController.today.year)&quantity=3"]
    }

    static func send(_ app: Application, _ route: Route, path: String, api: HTTPHeaders?, browser: Browser?, fields: String = "") async throws -> TestingHTTPResponse {
        if path.hasPrefix("/api/") || path.hasPrefix("/oeapi/") {
            return try await app.testing().sendRequest(route.method, path, headers: api ?? HTTPHeaders.json(), body: ByteBuffer(string: "{}"))
        }
        let browser = try #require(browser)
        var h = HTTPHeaders()
        h.contentType = .urlEncodedForm
        h.replaceOrAdd(name: "Cookie", value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return try await app.testing().sendRequest(route.method, path, headers: h, body: ByteBuffer(string: "_csrf=\(browser.csrf)" + (fields.isEmpty ? "" : "&" + fields)))
    }

    @Test("An anonymous visitor writes nothing anywhere but the public writes; an editor of an uninvolved organisation changes no record of others")
    func writeMatrix() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let fixture = try await Self.fixture(app, ids)
            let anonymous = Browser(app)
            _ = try await anonymous.get("/")
            let outsider = Browser(app)
            try await outsider.login("buiten@example.org")
            var checked = 0, unfilled: [String] = []
            for route in Self.writeRoutes(app) {
                let name = "\(route.method.rawValue) /\(route.path.map(\.description).joined(separator: "/"))"
                guard !Self.publicWrites.contains(name), !Self.isCandidateRoute("/" + route.path.map(\.description).joined(separator: "/")) else { continue }
                guard let path = Self.path(route, fixture) else { unfilled.append(name); continue }
                // Anonymous.
                let before = try await Self.historyCount(app)
                let anon = try await Self.send(app, route, path: path, api: HTTPHeaders.json(), browser: anonymous)
                #expect(Self.refused(anon), "anonymous \(name) → \(anon.status.code) \(anon.body.string.prefix(200))")
                #expect(try await Self.historyCount(app) == before, "anonymous \(name) wrote history")
                // An editor of an organisation in nothing, on routes that change an existing record.
                if route.path.contains(where: { if case .parameter = $0 { true } else { false } }) {
                    let res = try await Self.send(app, route, path: path, api: CollaborationTests.outsider, browser: outsider, fields: Self.speaksFor(ids.a)[name] ?? "")
                    #expect(Self.refused(res), "outsider \(name) → \(res.status.code) \(res.body.string.prefix(200))")
                    #expect(try await Self.historyCount(app) == before, "outsider \(name) wrote history")
                }
                checked += 1
            }
            #expect(unfilled.isEmpty, "routes the matrix cannot fill: \(unfilled)")
            #expect(checked > 80, "the matrix checked \(checked) routes")
        }
    }

    /// Signed in as the coordinator, who may write everywhere: only the token is wrong.
    @Test("CSRF on every form: every write route outside the API refuses a request without the right token, and writes nothing")
    func csrfOnEveryForm() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let fixture = try await Self.fixture(app, ids)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator@example.org")
            var checked = 0
            for route in Self.writeRoutes(app) {
                let name = "\(route.method.rawValue) /\(route.path.map(\.description).joined(separator: "/"))"
                guard let path = Self.path(route, fixture), !path.hasPrefix("/api/"), !path.hasPrefix("/oeapi/") else { continue }
                let before = try await app.counts()
                var headers = HTTPHeaders()
                headers.contentType = .urlEncodedForm
                headers.replaceOrAdd(name: "Cookie", value: coordinator.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
                let res = try await app.testing().sendRequest(route.method, path, headers: headers,
                                                              body: ByteBuffer(string: "_csrf=\(String(repeating: "x", count: 43))&name=Fictief&title=Fictief"))
                #expect(res.status == .forbidden && res.body.string.contains("formulier is verlopen"), "\(name) → \(res.status.code)")
                #expect(try await app.counts() == before, "\(name) wrote without a valid token")
                checked += 1
            }
            #expect(checked > 80, "CSRF checked on \(checked) routes")
        }
    }

    @Test("Markup in the names and texts of every record kind comes back escaped on every page, as the coordinator sees them (edit forms included)")
    func markupEscapedEverywhere() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            let fixture = try await Self.fixture(app, ids, text: HostileQueryTests.markup)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator@example.org")
            var checked = 0, shown = 0
            for route in app.routes.all where route.method == .GET {
                guard let path = Self.path(route, fixture), !path.hasPrefix("/api/"), !path.hasPrefix("/oeapi/"),
                      !path.hasSuffix(".csv"), !path.hasSuffix(".json"), path != "/metrics" else { continue }
                let res = try await coordinator.get(path)
                guard res.status == .ok else { continue }
                let body = res.body.string
                #expect(!body.contains("<script>alert") && !body.contains("<img src=x"), "\(path) shows the markup unescaped")
                checked += 1
                // Escaped, the text is there: the page really showed a record of the fixture.
                if body.contains("&lt;script&gt;alert") { shown += 1 }
            }
            #expect(checked > 80 && shown > 50, "\(checked) pages checked, \(shown) showed the escaped markup")
        }
    }
}
