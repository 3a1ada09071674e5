import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// SQL injection and markup in every filter: every page and API read of the router (so a
/// new page is in without anyone adding it) gets hostile values in its search and filter
/// parameters. Nothing may answer 5xx, no page may carry the markup unescaped, and the
/// data is the same afterwards.
@Suite("Hostile values in every filter")
struct HostileQueryTests {
    static let sql = "' OR '1'='1'; DROP TABLE initiatives; --"
    static let markup = #""><script>alert("regio")</script><img src=x onerror=alert(1)>"#
    /// Parameter names the pages and the API read, in Dutch and English.
    static let names = ["q", "status", "soort", "jaar", "page", "per", "per_page", "months", "kind", "category", "region", "laag", "thema",
                        "eigenaar", "weergave", "van", "met", "sort", "organisation", "gemeente", "arbeidsmarktregio", "deelbaar", "mode",
                        "focus", "sessie", "coalitie", "idee", "belemmering", "initiative", "expand", "terug"]

    @Test("No 5xx, no unescaped markup and no lost data for SQL and markup in every parameter of every read")
    func everyReadWithHostileParameters() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            _ = try await AuthorisationMatrixTests.fixture(app, ids)
            let coordinator = HTMLFlowTests.Browser(app)
            try await coordinator.login("coordinator@example.org")
            let before = try await Initiative.query(on: app.db).withDeleted().count()
            let routes = app.routes.all.filter { route in
                route.method == .GET && !route.path.contains { if case .parameter = $0 { true } else if case .catchall = $0 { true } else { false } }
            }
            var requests = 0
            for route in routes {
                let path = "/" + route.path.map(\.description).joined(separator: "/")
                for payload in [Self.sql, Self.markup] {
                    let value = payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    var queries = [Self.names.map { "\($0)=\(value)" }.joined(separator: "&")]
                    queries += Self.names.prefix(4).map { "\($0)=\(value)" }
                    for query in queries {
                        let res = try await coordinator.get(path + "?" + query)
                        requests += 1
                        #expect(res.status.code < 500, "\(path)?\(query.prefix(40)) → \(res.status.code) \(res.body.string.prefix(300))")
                        // JSON carries the text as a string (served as JSON with nosniff); HTML must escape it.
                        if res.headers.contentType == .html || res.headers.contentType?.subType == "svg+xml" {
                            #expect(!res.body.string.contains("<script>alert") && !res.body.string.contains("<img src=x"), "\(path) shows the markup unescaped")
                        }
                    }
                }
            }
            #expect(requests > 300, "\(requests) requests")
            #expect(try await Initiative.query(on: app.db).withDeleted().count() == before)
        }
    }
}
