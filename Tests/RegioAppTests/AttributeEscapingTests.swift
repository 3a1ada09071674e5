import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Plot writes attribute values as given, so user text in `value`, `href`, `content`,
/// `aria-label` and the like must be escaped by us. These tests store records whose text
/// holds markup and read them back on every page that shows them.
@Suite("Escaping of user text in HTML attributes")
struct AttributeEscapingTests {
    /// Ends a double-quoted attribute and opens an element when written raw.
    static let payload = #""><b id="injected">x</b><""#
    /// The payload as it breaks out of an attribute (never allowed in a page).
    static let raw = #"<b id="injected">"#
    /// The payload inside an attribute, escaped.
    static let inAttribute = "&quot;&gt;&lt;b id=&quot;injected&quot;&gt;"
    /// The payload in text, as Plot escapes it.
    static let inText = #"&lt;b id="injected"&gt;"#
    /// A link that passes the URL check (no spaces) and would add an attribute when written raw.
    static let link = #"https://fictief.example/a"onmouseover="alert(1)"#

    static let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))

    @Test("attributeEscaped escapes & \" ' < > and leaves other text, accents included, as it is")
    func unit() {
        #expect(#"a & b "c" 'd' <e>"#.attributeEscaped == "a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;")
        #expect("Zorggroep Één — /kaart?x=1".attributeEscaped == "Zorggroep Één — /kaart?x=1")
        #expect(Self.payload.attributeEscaped == "&quot;&gt;&lt;b id=&quot;injected&quot;&gt;x&lt;/b&gt;&lt;&quot;")
        // Once: an escaped value is not what the page gets twice.
        #expect("&amp;".attributeEscaped == "&amp;amp;")
        #expect("".attributeEscaped.isEmpty)
    }

    /// `body` as JSON text (the payload holds quotes, so no hand-written JSON).
    static func json(_ body: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
    }

    static func post(_ app: Application, _ path: String, _ body: [String: Any]) async throws -> UUID {
        let res = try await app.testing().sendRequest(.POST, path, headers: coordinator, body: try json(body))
        #expect(res.status == .created, "\(path): \(res.body.string)")
        struct Created: Decodable { var id: UUID }
        return try decode(Created.self, res).id
    }

    /// The page is there, never holds the payload raw, and holds it escaped as `expected`.
    static func expectSafe(_ browser: HTMLFlowTests.Browser, _ path: String, expected: [String] = [inAttribute],
                           sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let res = try await browser.get(path)
        let body = res.body.string
        #expect(res.status == .ok, "\(path): \(res.status)", sourceLocation: sourceLocation)
        #expect(!body.contains(raw), "\(path) writes the payload raw", sourceLocation: sourceLocation)
        #expect(!body.contains(#"=""# + link + #"""#), "\(path) writes the link raw in an attribute", sourceLocation: sourceLocation)
        for e in expected {
            #expect(body.contains(e), "\(path) lacks \(e)", sourceLocation: sourceLocation)
        }
    }

    @Test("Organisation, initiative, module, route and learning place with markup in their text: lists, records, edit forms, map and network stay intact")
    func pages() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let name = "Fictieve Zorggroep " + Self.payload
            let org = try await Self.post(app, "/api/v1/organisations", [
                "name": name, "municipalityCode": "GM0344", "website": Self.link, "description": "Fictief " + Self.payload,
            ])
            let initiative = try await Self.post(app, "/api/v1/initiatives", [
                "name": "Fictief leernetwerk " + Self.payload, "goal": "Doel " + Self.payload, "municipalityCodes": ["GM0344"],
                "participants": [["organisationId": org.uuidString, "role": "lead"]], "links": [Self.link],
                "kind": "programme",
            ])
            let module = try await Self.post(app, "/api/v1/modules", [
                "title": "Fictieve module " + Self.payload, "providerId": org.uuidString, "description": "Beschrijving " + Self.payload,
                "skills": [["skill": "tillen-en-transfers", "level": 2]], "hours": 16, "form": "klassikaal", "municipalityCodes": ["GM0344"],
            ])
            let route = try await Self.post(app, "/api/v1/learning-routes", [
                "title": "Fictieve route " + Self.payload, "roleKey": "helpende-zorg-en-welzijn",
                "steps": [["moduleId": module.uuidString], ["workplace": "Werkplek " + Self.payload, "hours": 8]],
            ])
            let today = CalendarDay(date: Date())
            let place = try await Self.post(app, "/api/v1/learning-places", [
                "organisationId": org.uuidString, "municipalityCode": "GM0344", "kind": "bbl-plek", "count": 2, "supervisionCapacity": 2,
                "startDate": today.adding(months: -1).iso, "endDate": today.adding(months: 6).iso, "description": "Afdeling " + Self.payload,
            ])

            let anonymous = HTMLFlowTests.Browser(app)
            // Names in <title> (text) and in the social-sharing meta tags (attributes).
            try await Self.expectSafe(anonymous, "/organisaties/\(org.uuidString)", expected: [Self.inAttribute, Self.inText, "https://fictief.example/a&quot;onmouseover=&quot;alert(1)"])
            try await Self.expectSafe(anonymous, "/initiatieven/\(initiative.uuidString)", expected: [Self.inAttribute, Self.inText, "https://fictief.example/a&quot;onmouseover=&quot;alert(1)"])
            try await Self.expectSafe(anonymous, "/modules/\(module.uuidString)")
            try await Self.expectSafe(anonymous, "/leerroutes/\(route.uuidString)")
            try await Self.expectSafe(anonymous, "/leerplekken/\(place.uuidString)")
            // Lists: names in text, in chips' aria-labels and in option labels.
            try await Self.expectSafe(anonymous, "/organisaties", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/?organisation=\(org.uuidString)", expected: [Self.inText, "Filter Fictieve Zorggroep " + Self.inAttribute])
            try await Self.expectSafe(anonymous, "/aanbod?aanbieder=\(org.uuidString)", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/leerplekken", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/leerplekken?organisation=\(org.uuidString)", expected: [Self.inText])
            // Map (initiative panel, both layers) and network (SVG labels and the table).
            try await Self.expectSafe(anonymous, "/kaart?initiative=\(initiative.uuidString)", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/kaart?laag=leerplekken", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/embed/kaart?initiative=\(initiative.uuidString)", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/netwerk", expected: [Self.inText])
            try await Self.expectSafe(anonymous, "/netwerk?focus=o:\(org.uuidString)", expected: [Self.inText])

            // Edit forms carry the text in `value` attributes.
            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            try await Self.expectSafe(browser, "/organisaties/\(org.uuidString)/bewerken", expected: [#"value="Fictieve Zorggroep "# + Self.inAttribute, Self.inText])
            try await Self.expectSafe(browser, "/initiatieven/\(initiative.uuidString)/bewerken", expected: [#"value="Fictief leernetwerk "# + Self.inAttribute])
            try await Self.expectSafe(browser, "/modules/\(module.uuidString)/bewerken", expected: [#"value="Fictieve module "# + Self.inAttribute])
            try await Self.expectSafe(browser, "/leerroutes/\(route.uuidString)/bewerken",
                                      expected: [#"value="Fictieve route "# + Self.inAttribute, #"value="Werkplek "# + Self.inAttribute])
            try await Self.expectSafe(browser, "/leerplekken/\(place.uuidString)/bewerken", expected: [Self.inText])
            try await Self.expectSafe(browser, "/leerplekken/nieuw", expected: [Self.inText])
            try await Self.expectSafe(browser, "/organisaties/\(org.uuidString)/geschiedenis")

            // Deleted, the records are listed with a restore button named after them.
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/organisations/\(org.uuidString)", headers: Self.coordinator).status == .noContent)
            try await Self.expectSafe(browser, "/prullenbak", expected: ["Herstellen: Fictieve Zorggroep " + Self.inAttribute])
        }
    }

    @Test("An offer file with quotes and markup is carried from the dry run to the import in a hidden field, escaped, and arrives unchanged")
    func carriedImportFile() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let provider = try await app.organisationID(named: "Altrecht")
            let title = "Fictieve module " + Self.payload
            let file = CSV.encode(header: ModuleCSV.header, rows: [
                ["", title, provider.uuidString, "", "handhygiene:2", "16", "klassikaal", "GM0344", "95", "nee", "certificaat", "", "", "open"],
            ])
            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            let dry = try await browser.upload("/aanbod/importeren", [("kind", "modules"), ("mode", "proef")], file: ("modules.csv", file))
            let page = dry.body.string
            #expect(dry.status == .ok && !page.contains(Self.raw))
            let carried = try #require(page.range(of: #"name="data" value=""#).map { page[$0.upperBound...] }
                .flatMap { rest in rest.firstIndex(of: "\"").map { String(rest[..<$0]) } })
            let decoded = carried.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            #expect(decoded == file)
            let real = try await browser.upload("/aanbod/importeren", [("kind", "modules"), ("mode", "alles"), ("data", decoded)], file: nil)
            #expect(real.status == .ok)
            #expect(try await ModuleRecord.query(on: app.db).filter(\.$title == title).count() == 1)
        }
    }

    @Test("What a visitor types comes back escaped: search boxes, filter chips and the login's return path")
    func reflected() async throws {
        try await withApp { app in
            let browser = HTMLFlowTests.Browser(app)
            let q = QueryString.encode([("q", Self.payload)])
            try await Self.expectSafe(browser, "/?" + q, expected: [#"value=""# + Self.inAttribute])
            try await Self.expectSafe(browser, "/aanbod?" + q, expected: [#"value=""# + Self.inAttribute])
            try await Self.expectSafe(browser, "/organisaties?" + q, expected: [#"value=""# + Self.inAttribute])
            try await Self.expectSafe(browser, "/vaardigheden?" + q, expected: [#"value=""# + Self.inAttribute])
            try await Self.expectSafe(browser, "/kaart?" + q, expected: [#"value=""# + Self.inAttribute])
            try await Self.expectSafe(browser, "/inloggen?" + QueryString.encode([("terug", "/" + Self.payload)]), expected: [#"value="/"# + Self.inAttribute])
            // Parameters between them in a link are `&amp;`.
            let page = try await browser.get("/?q=zorg&kind=programme")
            #expect(page.body.string.contains("href=\"/?kind=programme\"") || page.body.string.contains("q=zorg&amp;"))
            #expect(!page.body.string.contains("q=zorg&kind"))
        }
    }
}
