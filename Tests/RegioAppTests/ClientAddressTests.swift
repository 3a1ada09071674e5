import Foundation
import NIOCore
@testable import RegioApp
import Testing
import Vapor

/// The login throttle's per-address count trusts `X-Forwarded-For` only from our proxy.
@Suite("Client address behind a proxy")
struct ClientAddressTests {
    static func request(_ app: Application, from ip: String, forwarded: String?) throws -> Request {
        var headers = HTTPHeaders()
        if let forwarded { headers.add(name: "X-Forwarded-For", value: forwarded) }
        return Request(application: app, method: .POST, url: "/inloggen", headers: headers,
                       remoteAddress: try SocketAddress(ipAddress: ip, port: 40000), on: app.eventLoopGroup.next())
    }

    @Test("From the proxy (loopback, private) the forwarded address counts; from anyone else the peer's own address does")
    func forwardedOnlyFromProxy() async throws {
        let app = try await Application.make(.testing)
        #expect(try Self.request(app, from: "127.0.0.1", forwarded: "203.0.113.9").clientAddress == "203.0.113.9")
        #expect(try Self.request(app, from: "10.1.2.3", forwarded: "203.0.113.9, 10.1.2.3").clientAddress == "203.0.113.9")
        #expect(try Self.request(app, from: "198.51.100.4", forwarded: "203.0.113.9").clientAddress == "198.51.100.4")
        #expect(try Self.request(app, from: "172.32.0.1", forwarded: "203.0.113.9").clientAddress == "172.32.0.1")
        #expect(try Self.request(app, from: "127.0.0.1", forwarded: nil).clientAddress == "127.0.0.1")
        #expect(ClientAddress.isProxy("172.16.0.1") && ClientAddress.isProxy("::1") && !ClientAddress.isProxy("8.8.8.8"))
        try await app.asyncShutdown()
    }
}
