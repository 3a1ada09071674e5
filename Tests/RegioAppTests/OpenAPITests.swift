import Foundation
@testable import RegioApp
import Testing
import Vapor
import VaporTesting

@Suite("The OpenAPI document describes the API that is served")
struct OpenAPITests {
    @Test func everyAPIRouteIsDocumented() async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            #expect(res.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var served: Set<String> = []
            for route in app.routes.all {
                let parts = route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }
                guard parts.starts(with: ["api", "v1"]) else { continue }
                let path = "/" + parts.joined(separator: "/"), method = route.method.rawValue.lowercased()
                served.insert("\(method) \(path)")
                #expect(paths[path]?[method] != nil, "\(method.uppercased()) \(path) is served but not documented")
            }
            let documented = paths.flatMap { path, ops in ops.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map { "\($0) \(path)" } }
            for op in documented { #expect(served.contains(op), "\(op) is documented but not served") }
        }
    }
}
