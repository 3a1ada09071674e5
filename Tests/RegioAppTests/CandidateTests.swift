import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// The candidate's side end to end: intake, results, saving with consent, export,
/// sharing, erasure, the coordinator's anonymous figures, the matching API and the log.
/// Organisations, modules and routes are fictional and made by each test.
@Suite("Candidates")
struct CandidateTests {
    typealias Browser = HTMLFlowTests.Browser
    static let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
    /// Words that must never reach a log line.
    static let marker = "Ik zorg al jaren voor tante Wolkenveld-Zebravink"

    /// A fictional employer in Utrecht with a module and a 24-hour route to Helpende, and
    /// an editor of that employer.
    @discardableResult
    static func setUp(_ app: Application) async throws -> UUID {
        try await TestUsers.coordinator(app)
        let org = try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: coordinator,
                                                      body: ByteBuffer(string: #"{"name":"Fictief Zorghuis De Proefkamer","municipalityCode":"GM0344"}"#))
        let orgID = try decode(OrganisationDTO.self, org).id
        try await TestUsers.editor(app, organisation: "Fictief Zorghuis De Proefkamer")
        let module = #"{"title":"Fictieve module tillen","providerId":"\#(orgID.uuidString)","skills":[{"skill":"tillen-en-transfers","level":2}],"hours":16,"form":"klassikaal","municipalityCodes":["GM0344"]}"#
        let moduleID = try decode(ModuleAPIController.ModuleDTO.self, try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: coordinator, body: ByteBuffer(string: module))).id
        let route = #"{"title":"Fictieve route Helpende","roleKey":"helpende-zorg-en-welzijn","hoursPerWeek":24,"employerIds":["\#(orgID.uuidString)"],"steps":[{"moduleId":"\#(moduleID.uuidString)"}]}"#
        #expect(try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: coordinator, body: ByteBuffer(string: route)).status == .created)
        return orgID
    }

    static let answers: [(String, String)] = [
        ("situation", "zij-instromer"), ("skill-persoonlijke-verzorging", "3"), ("skill-handhygiene", "2"), ("hoursPerWeek", "32"),
        ("municipalityCode", "GM0344"), ("maxTravelKm", "20"), ("experience", marker), ("experienceAreas[]", "mantelzorg"), ("education", "mbo-2"),
    ]

    static func counts(_ app: Application) async throws -> [Int] {
        [try await CandidateRecord.query(on: app.db).count(), try await CandidateShare.query(on: app.db).count(),
         try await CandidateMatchSummary.query(on: app.db).count()]
    }

    /// Checks the answers, then saves them with consent; returns the code shown once.
    static func save(_ browser: Browser) async throws -> String {
        _ = try await browser.get("/kandidaat")
        let results = try await browser.post("/kandidaat", answers)
        #expect(results.status == .ok)
        let carried = try #require(Self.hidden(CandidateIntake.carriedField, in: results.body.string))
        let saved = try await browser.post("/kandidaat/bewaren", [(CandidateIntake.carriedField, carried), ("consent", "ja")])
        #expect(saved.status == .ok)
        let html = saved.body.string
        let start = try #require(html.range(of: "<code>")), end = try #require(html.range(of: "</code>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let r = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[r.upperBound...]
        return rest.prefix { $0 != "\"" }.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }

    @Test("Impossible input (negative hours, unknown skill, postcode that does not exist, 1 MB of text): Dutch messages, 422, every answer kept, nothing stored")
    func impossibleInput() async throws {
        try await withApp { app in
            try await Self.setUp(app)
            let browser = Browser(app)
            _ = try await browser.get("/kandidaat")
            let megabyte = String(repeating: "Lange tekst ", count: 1_048_576 / 12)
            let res = try await browser.post("/kandidaat", [
                ("situation", "mantelzorger"), ("skill-persoonlijke-verzorging", "3"), ("skill-bestaat-niet", "2"), ("hoursPerWeek", "-5"),
                ("municipalityCode", "GM0344"), ("postcodeArea", "0123"), ("maxTravelKm", "15"), ("experience", megabyte),
                ("wishedRoles[]", "helpende-zorg-en-welzijn"), ("needsIncome", "ja"),
            ])
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            for message in ["Uren per week moet een heel getal zijn van 0 tot en met 60.", "Onbekende vaardigheid ‘bestaat-niet’.",
                            "‘0123’ is geen bestaande postcode", "Ervaring is te lang"] {
                #expect(html.contains(message), "\(message)")
            }
            // What the candidate typed is all still there.
            #expect(html.contains(#"value="mantelzorger" checked"#) && html.contains(#"value="-5""#) && html.contains(#"value="0123""#))
            #expect(html.contains(#"value="15""#) && html.contains(#"<option value="3" selected>3 · "#) && html.contains(String(megabyte.prefix(2_000))))
            #expect(html.contains(#"value="helpende-zorg-en-welzijn" checked"#) && html.contains(#"name="needsIncome" id="veld-needsIncome" value="ja" checked"#))
            #expect(try await Self.counts(app) == [0, 0, 0])

            // A postcode in the wrong shape, and none at all, are told apart.
            let shape = try await browser.post("/kandidaat", [("situation", "student"), ("hoursPerWeek", "8"), ("postcodeArea", "12345")])
            #expect(shape.status == .unprocessableEntity && shape.body.string.contains("‘12345’ is geen bestaande postcode")
                    && shape.body.string.contains("Woonplaats (gemeente) is verplicht."))

            // Saving answers that were tampered with or are missing: a 4xx with a Dutch message, nothing stored.
            let tampered = #"{"situation":"student","hoursPerWeek":"-1","municipalityCode":"GM0344"}"#
            let refused = try await browser.post("/kandidaat/bewaren", [(CandidateIntake.carriedField, tampered), ("consent", "ja")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Uren per week moet een heel getal zijn"))
            let missing = try await browser.post("/kandidaat/bewaren", [("consent", "ja")])
            #expect(missing.status == .badRequest && missing.body.string.contains("Vul de vragen eerst in"))
            #expect(try await Self.counts(app) == [0, 0, 0])
        }
    }

    @Test("Results without storing; saving needs consent; the profile can be viewed, exported, shared and erased with everything derived; nothing personal is logged")
    func savedProfileLifecycle() async throws {
        LogCapture.start()
        try await withApp { app in
            // As verbose as an operator would run it when looking for trouble (trace adds SQL, see DatabaseSetup).
            app.logger.logLevel = .debug
            let orgID = try await Self.setUp(app)
            let browser = Browser(app)
            _ = try await browser.get("/kandidaat")
            let results = try await browser.post("/kandidaat", Self.answers)
            #expect(results.status == .ok && results.headers.first(name: .cacheControl) == "no-store")
            #expect(results.body.string.contains("Fictieve route Helpende") && results.body.string.contains("Je hebt 1 van de 10 vaardigheden voor Helpende Zorg en Welzijn"))
            #expect(try await Self.counts(app) == [0, 0, 0], "looking costs nothing: no storage")

            let carried = try #require(Self.hidden(CandidateIntake.carriedField, in: results.body.string))
            let refused = try await browser.post("/kandidaat/bewaren", [(CandidateIntake.carriedField, carried)])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Zet een vinkje bij ‘Ik geef toestemming’"))
            #expect(try await Self.counts(app) == [0, 0, 0])

            let code = try await Self.save(browser)
            #expect(code.count == 32 && browser.cookies[CandidateController.cookieName] == code)
            #expect(try await Self.counts(app) == [1, 0, 1])
            let stored = try #require(try await CandidateRecord.query(on: app.db).first())
            #expect(stored.tokenHash != code && stored.tokenHash == CandidateRecord.hash(code), "only the code's hash is stored")

            let page = try await browser.get("/kandidaat/mijn-profiel")
            #expect(page.status == .ok && page.body.string.contains(Self.marker) && page.body.string.contains("Mbo niveau 2"))
            let export = try await browser.get("/kandidaat/mijn-profiel.json")
            let json = try decode(CandidateExport.self, export)
            #expect(json.profile.experience == Self.marker && json.profile.hoursPerWeek == 32 && json.consentGiven != nil && json.sharedWith.isEmpty)

            // Shared with one organisation: its editor sees the profile; the coordinator only counts.
            #expect(try await browser.post("/kandidaat/mijn-profiel/delen", [("organisationId", orgID.uuidString)]).status == .seeOther)
            #expect(try await Self.counts(app) == [1, 1, 1])
            let editor = Browser(app)
            try await editor.login("editor@example.org")
            #expect(try await editor.get("/kandidaten/gedeeld").body.string.contains(Self.marker))
            #expect(try await editor.get("/kandidaten/cijfers").status == .forbidden)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator@example.org")
            let figures = try await coordinator.get("/kandidaten/cijfers")
            #expect(figures.status == .ok && figures.body.string.contains("minder dan 5") && !figures.body.string.contains(Self.marker))
            #expect(!(try await coordinator.get("/kandidaten/gedeeld").body.string.contains(Self.marker)), "the region is not the organisation it was shared with")

            // Erase: the profile, its share and its summary are gone, and the device forgets it.
            #expect(try await browser.get("/kandidaat/mijn-profiel/verwijderen").status == .ok)
            let erased = try await browser.post("/kandidaat/mijn-profiel/verwijderen", [])
            #expect(erased.status == .ok && erased.body.string.contains("Je profiel is verwijderd"))
            #expect(try await Self.counts(app) == [0, 0, 0])
            #expect(browser.cookies[CandidateController.cookieName] == "")
            #expect(try await browser.get("/kandidaat/mijn-profiel").headers.first(name: .location) == "/kandidaat/terug")
            #expect(!(try await editor.get("/kandidaten/gedeeld").body.string.contains(Self.marker)))

            // The log saw the requests, but nothing the candidate typed, and not their code.
            let log = LogCapture.shared.all()
            #expect(log.contains { $0.contains("POST /kandidaat/bewaren") }, "the capture works")
            let leaks = log.filter { $0.contains("Wolkenveld") || $0.contains(code) || $0.contains(CandidateRecord.hash(code)) }
            #expect(leaks.isEmpty, "\(leaks.map { String($0.prefix(300)) })")
        }
    }

    @Test("Another device: the code brings the profile back (case and spaces do not matter); a wrong code is a clear 422")
    func returnWithCode() async throws {
        try await withApp { app in
            try await Self.setUp(app)
            let code = try await Self.save(Browser(app))
            let other = Browser(app)
            #expect(try await other.get("/kandidaat/mijn-profiel").headers.first(name: .location) == "/kandidaat/terug")
            _ = try await other.get("/kandidaat/terug")
            let wrong = try await other.post("/kandidaat/terug", [("code", "AAAA-BBBB")])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Deze code kennen we niet"))
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
            #expect(try await other.post("/kandidaat/terug", [("code", typed)]).status == .seeOther)
            #expect(try await other.get("/kandidaat/mijn-profiel").body.string.contains(Self.marker))
            // Changing the answers replaces the profile and its summary, not adds to them.
            var changed = Self.answers.filter { $0.0 != "hoursPerWeek" }
            changed.append(("hoursPerWeek", "12"))
            #expect(try await other.post("/kandidaat/mijn-profiel", changed).status == .seeOther)
            #expect(try await CandidateRecord.query(on: app.db).first()?.profile.hoursPerWeek == 12)
            #expect(try await Self.counts(app) == [1, 0, 1])
        }
    }

    @Test("Figures count, never show: six candidates for one role are counted exactly, smaller groups are 'minder dan 5', CSV alike")
    func figures() async throws {
        try await withApp { app in
            try await Self.setUp(app)
            for _ in 0..<6 { _ = try await Self.save(Browser(app)) }
            let coordinator = Browser(app)
            try await coordinator.login("coordinator@example.org")
            let summaries = try await CandidateMatchSummary.query(on: app.db).all()
            let top = try #require(summaries.first?.topRoleKey)
            #expect(summaries.count == 6 && summaries.allSatisfy { $0.topRoleKey == top && $0.municipalityCode == "GM0344" })
            let csv = try await coordinator.get("/kandidaten/cijfers.csv").body.string
            #expect(csv.contains("totaal,,Bewaarde profielen,6") && csv.contains("gemeente,GM0344,Utrecht,6") && csv.contains("situatie,zij-instromer,Zij-instromer,6"))
            #expect(csv.contains("ontbrekende-vaardigheid,"))
            #expect(try await app.testing().sendRequest(.GET, "/kandidaten/cijfers").status == .seeOther, "anonymous: to the login")
        }
    }

    @Test("POST /api/v1/matches: a profile in, matches out, nothing stored; impossible input is a 422 problem with each field")
    func matchingAPI() async throws {
        try await withApp { app in
            try await Self.setUp(app)
            let body = #"{"situation":"zij-instromer","skills":[{"skill":"persoonlijke-verzorging","level":3}],"hoursPerWeek":32,"municipalityCode":"GM0344","maxTravelKm":20}"#
            let res = try await app.testing().sendRequest(.POST, "/api/v1/matches", headers: .json(), body: ByteBuffer(string: body))
            #expect(res.status == .ok && res.headers.setCookie == nil)
            let spec = try JSONSchemaValidator(contentsOf: app.paths.resources + "openapi/openapi.json")
            let schema = try #require(spec.responseSchema(path: "/api/v1/matches", method: "post", status: "200", mediaType: "application/json"))
            #expect(spec.errors(try JSONValue.parse(Data(buffer: res.body)), schema) == [], "the answer is what the OpenAPI document promises")
            let dto = try decode(MatchDTO.self, res)
            #expect(dto.routes.map(\.title) == ["Fictieve route Helpende"] && !dto.roles.isEmpty && dto.roles[0].explanation.hasPrefix("Je hebt"))
            let few = try await app.testing().sendRequest(.POST, "/api/v1/matches", headers: .json(),
                                                           body: ByteBuffer(string: body.replacingOccurrences(of: "32", with: "16")))
            let excluded = try decode(MatchDTO.self, few)
            #expect(excluded.routes.isEmpty && excluded.fitsNothingStandard && excluded.nearest.first?.reasons.first?.contains("24 uur per week") == true)

            let bad = #"{"situation":"zij-instromer","skills":[{"skill":"bestaat-niet","level":2}],"hoursPerWeek":-1,"municipalityCode":"GM0344","postcodeArea":"12"}"#
            let problem = try await app.testing().sendRequest(.POST, "/api/v1/matches", headers: .json(), body: ByteBuffer(string: bad))
            #expect(problem.status == .unprocessableEntity && problem.headers.contentType == .problemJSON)
            let fields = Set(try decode(ProblemBody.self, problem).errors?.map(\.field) ?? [])
            #expect(fields == ["skills[0]", "hoursPerWeek", "postcodeArea"])
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/matches?limit=0", headers: .json(), body: ByteBuffer(string: body)).status == .badRequest)
            #expect(try await Self.counts(app) == [0, 0, 0])
        }
    }
}
