import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// A database that cannot write (read-only here; a full disk gives the same SQLite
/// answer class) is a clear 503 with Retry-After, never a 500 or a half-written record.
@Suite("Database that cannot write")
struct DatabaseOutageTests {
    @Test("A read-only SQLite file: pages still read, every write is a Dutch 503 with Retry-After, and the file is unchanged")
    func readOnlyDatabase() async throws {
        // PostgreSQL runs of the suite use DATABASE_URL, not a file; this case is SQLite's.
        guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
        let path = NSTemporaryDirectory() + "regio-readonly-\(UUID().uuidString).sqlite"
        defer { DatabaseSetup.removeSQLiteFiles(at: path) }
        try await withApp(sqlitePath: path) { app in
            try await TestUsers.coordinator(app)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // The same file opened read-only, as after a remount or on a full disk's refusal.
        try await withApp(sqlitePath: "file:\(path)?mode=ro") { app in
            #expect(try await app.testing().sendRequest(.GET, "/").status == .ok)
            let api = try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: CollaborationTests.coordinator,
                                                         body: ByteBuffer(string: #"{"name":"Fictieve Stichting Alleen-Lezen","municipalityCode":"GM0344"}"#))
            #expect(api.status == .serviceUnavailable, "\(api.body.string)")
            #expect(api.headers.first(name: .retryAfter) == "5")
            #expect(api.body.string.contains("kan op dit moment niets opslaan") && api.body.string.contains("Er is niets veranderd"))
            let browser = HTMLFlowTests.Browser(app)
            _ = try await browser.get("/inloggen")
            let login = try await browser.post("/inloggen", [("email", "coordinator@example.org"), ("password", TestUsers.password), ("terug", "/")])
            #expect(login.status == .serviceUnavailable && login.body.string.contains("Opslaan kan nu niet"), "\(login.status)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
