import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("HTML forms: login, CSRF, validation next to the field, delete with undo")
struct HTMLFlowTests {
    /// A browser-like session: keeps cookies and the CSRF token.
    final class Browser: @unchecked Sendable {
        let app: Application
        var cookies: [String: String] = [:]
        init(_ app: Application) { self.app = app }

        var csrf: String { cookies[CSRFMiddleware.cookieName] ?? "" }

        func get(_ path: String) async throws -> TestingHTTPResponse {
            let res = try await app.testing().sendRequest(.GET, path, headers: headers())
            remember(res)
            return res
        }

        func post(_ path: String, _ fields: [(String, String)], csrf token: String? = nil) async throws -> TestingHTTPResponse {
            var h = headers()
            h.contentType = .urlEncodedForm
            let body = QueryString.encode(fields + [("_csrf", token ?? csrf)])
            let res = try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
            remember(res)
            return res
        }

        /// A multipart form post, as a file upload sends it.
        func upload(_ path: String, _ fields: [(String, String)] = [], file: (name: String, content: String)?) async throws -> TestingHTTPResponse {
            let boundary = "regio-test-boundary"
            var body = ""
            for (name, value) in fields + [("_csrf", csrf)] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            if let file {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n\(file.content)\r\n"
            }
            body += "--\(boundary)--\r\n"
            var h = headers()
            h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            let res = try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
            remember(res)
            return res
        }

        private func headers() -> HTTPHeaders {
            cookies.isEmpty ? [:] : ["Cookie": cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
        }

        private func remember(_ res: TestingHTTPResponse) {
            for (name, value) in res.headers.setCookie?.all ?? [:] { cookies[name] = value.string }
        }

        func login(_ email: String) async throws {
            _ = try await get("/inloggen")
            let res = try await post("/inloggen", [("email", email), ("password", TestUsers.password), ("terug", "/")])
            #expect(res.status == .seeOther)
        }
    }

    @Test("CSV upload form: a file in the export's format imports; a bad file lists its lines and imports nothing")
    func csvUpload() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            #expect(try await browser.get("/").body.string.contains("Initiatieven importeren uit CSV"))
            func upload(_ csv: String) async throws -> TestingHTTPResponse {
                try await browser.upload("/initiatieven/import", file: ("initiatieven.csv", csv))
            }
            let before = try await app.counts()
            let bad = try await upload("name,kind\r\nLeerlab,raket\r\n")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("regel 2 · kind") && bad.body.string.contains("niets geïmporteerd"))
            #expect(try await app.counts() == before)
            let good = try await upload("name,kind,municipalityCodes\r\nLeerlab Vechtstreek,lab,GM0402\r\n")
            #expect(good.status == .seeOther)
            #expect(try await browser.get("/").body.string.contains("Import gelukt: 1 record toegevoegd, 0 bijgewerkt."))
            #expect(try await Initiative.query(on: app.db).filter(\.$name == "Leerlab Vechtstreek").count() == 1)
        }
    }

    @Test("Forms without the CSRF token are refused")
    func csrf() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let before = try await app.counts()
            let res = try await browser.post("/initiatieven/nieuw", [("name", "Zonder token")], csrf: "fout")
            #expect(res.status == .forbidden)
            #expect(res.body.string.contains("formulier is verlopen"))
            #expect(try await app.counts() == before)
        }
    }

    @Test("Wrong passwords get a Dutch message; the sixth try is throttled")
    func loginThrottle() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let browser = Browser(app)
            _ = try await browser.get("/inloggen")
            for _ in 0..<LoginThrottle.perAccount {
                let res = try await browser.post("/inloggen", [("email", "coordinator@example.org"), ("password", "fout")])
                #expect(res.status == .unauthorized)
                #expect(res.body.string.contains("horen niet bij elkaar"))
            }
            let blocked = try await browser.post("/inloggen", [("email", "coordinator@example.org"), ("password", TestUsers.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.string.contains("Te veel mislukte inlogpogingen"))
        }
    }

    @Test("Security headers: CSP without unsafe-inline on every page, no framing except the embed, HSTS only behind TLS")
    func securityHeaders() async throws {
        try await withApp { app in
            for path in ["/", "/kaart", "/samenwerking", "/inhoud", "/belemmeringen", "/kandidaat", "/inloggen"] {
                let res = try await app.testing().sendRequest(.GET, path)
                let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "\(path): \(csp)")
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(res.headers.first(name: "Strict-Transport-Security") == nil, "no HSTS over plain HTTP")
            }
            let behindTLS = try await app.testing().sendRequest(.GET, "/", headers: ["X-Forwarded-Proto": "https"])
            #expect(behindTLS.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=31536000") == true)
        }
    }

    @Test("Session fixation: logging in gives a new session id, and the old one signs nobody in")
    func sessionRotatesAtLogin() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let browser = Browser(app)
            try await browser.login("coordinator@example.org")
            let planted = try #require(browser.cookies["regio-session"])
            // Someone who knows this id waits for the victim to log in on it.
            try await browser.login("coordinator@example.org")
            let fresh = try #require(browser.cookies["regio-session"])
            #expect(fresh != planted)
            let attacker = Browser(app)
            attacker.cookies = ["regio-session": planted]
            #expect(!(try await attacker.get("/samenwerking").body.string.contains("Uitloggen")))
            #expect(try await browser.get("/samenwerking").body.string.contains("Uitloggen"))
        }
    }

    @Test("Create, fail validation with the message beside the field, edit, delete and undo")
    func formFlow() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let browser = Browser(app)
            #expect(try await browser.get("/initiatieven/nieuw").status == .seeOther) // login first
            try await browser.login("coordinator@example.org")

            let before = try await app.counts()
            let invalid = try await browser.post("/initiatieven/nieuw", [("name", ""), ("startDate", "2026-03-01"), ("fundingEndDate", "2026-01-01")])
            #expect(invalid.status == .unprocessableEntity)
            let html = invalid.body.string
            #expect(html.contains("id=\"fout-name\"") && html.contains("Naam is verplicht"))
            #expect(html.contains("id=\"fout-fundingEndDate\""))
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(html.contains("value=\"2026-03-01\"")) // what the user typed is kept
            #expect(try await app.counts() == before)

            let amerpoort = try await app.organisationID(named: "Amerpoort")
            let created = try await browser.post("/initiatieven/nieuw", [
                ("name", "Leerlab Eemland"), ("kind", "lab"), ("strategicThemes[]", "innovatieve-leerconcepten"),
                ("targetGroups[]", "zij-instromers"), ("municipalityCodes[]", "GM0307"), ("participantOrganisation[]", amerpoort.uuidString),
                ("participantRole[]", "lead"), ("participantOrganisation[]", ""), ("participantRole[]", "partner"), ("recordStatus", "published"),
            ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let detail = try await browser.get(location)
            #expect(detail.body.string.contains("Leerlab Eemland") && detail.body.string.contains("Amersfoort") && detail.body.string.contains("Trekker"))
            #expect(detail.body.string.contains("is toegevoegd")) // flash

            let id = String(location.split(separator: "/").last!)
            let edited = try await browser.post("/initiatieven/\(id)/bewerken", [("name", "Leerlab Eemland"), ("kind", "lab"), ("maturity", "pilot"),
                                                                               ("participantOrganisation[]", amerpoort.uuidString), ("participantRole[]", "lead")])
            #expect(edited.status == .seeOther)
            let history = try await browser.get("/initiatieven/\(id)/geschiedenis")
            #expect(history.body.string.contains("Carla Coördinator"))
            #expect(history.body.string.contains("Rijpheid") && history.body.string.contains("Pilot"))

            let deleted = try await browser.post("/initiatieven/\(id)/verwijderen", [])
            #expect(deleted.status == .seeOther)
            let home = try await browser.get("/")
            #expect(home.body.string.contains("is verwijderd") && home.body.string.contains("/initiatieven/\(id)/herstellen"))
            #expect(!home.body.string.contains(">Leerlab Eemland<"))
            #expect(try await browser.post("/initiatieven/\(id)/herstellen", []).status == .seeOther)
            #expect(try await browser.get("/").body.string.contains(">Leerlab Eemland<"))
        }
    }
}
