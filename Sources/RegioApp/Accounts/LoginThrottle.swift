import Fluent
import Foundation
import Vapor

/// Slows down password guessing: at most `perAccount` failed logins per e-mail address
/// and `perAddress` per client address in `window`, counted in the database.
struct LoginThrottle {
    static let perAccount = 5
    static let perAddress = 20
    static let window: TimeInterval = 15 * 60

    let db: any Database

    func check(email: String, address: String) async throws {
        let since = Date().addingTimeInterval(-Self.window)
        let accountFailures = try await LoginAttempt.query(on: db).filter(\.$key == "email:\(email.lowercased())").filter(\.$at > since).count()
        let addressFailures = try await LoginAttempt.query(on: db).filter(\.$key == "ip:\(address)").filter(\.$at > since).count()
        if accountFailures >= Self.perAccount || addressFailures >= Self.perAddress {
            throw Problem(status: .tooManyRequests, title: "Te veel pogingen",
                          detail: "Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het dan opnieuw.")
        }
    }

    func recordFailure(email: String, address: String) async throws {
        let now = Date()
        try await LoginAttempt(key: "email:\(email.lowercased())", at: now).create(on: db)
        try await LoginAttempt(key: "ip:\(address)", at: now).create(on: db)
        // Old attempts say nothing any more.
        try await LoginAttempt.query(on: db).filter(\.$at < now.addingTimeInterval(-Self.window * 4)).delete()
    }

    func recordSuccess(email: String) async throws {
        try await LoginAttempt.query(on: db).filter(\.$key == "email:\(email.lowercased())").delete()
    }

    /// Checks `email` and `password` under the throttle; `nil` when they do not match.
    func verify(email rawEmail: String, password: String, address: String, hasher: AsyncPasswordHasher) async throws -> User? {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        try await check(email: email, address: address)
        guard let user = try await User.query(on: db).filter(\.$email == email).first(),
              try await hasher.verify(password, created: user.passwordHash) else {
            try await recordFailure(email: email, address: address)
            return nil
        }
        try await recordSuccess(email: email)
        return user
    }
}

extension Request {
    /// The client's address for the per-address throttle. `X-Forwarded-For` counts only
    /// when the connection comes from our own proxy (loopback or a private network): a
    /// client that reaches the server directly cannot choose a fresh address per try.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress
        if peer.map(ClientAddress.isProxy) ?? false,
           let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty {
            return forwarded
        }
        return peer ?? "onbekend"
    }
}

enum ClientAddress {
    /// Loopback and private ranges (RFC 1918, IPv6 unique local): where a proxy of ours runs.
    static func isProxy(_ ip: String) -> Bool {
        if ip == "::1" || ip.hasPrefix("127.") || ip.hasPrefix("10.") || ip.hasPrefix("192.168.") || ip.lowercased().hasPrefix("fd") { return true }
        let parts = ip.split(separator: ".").compactMap { Int($0) }
        return parts.count == 4 && parts[0] == 172 && (16...31).contains(parts[1])
    }
}

/// Lets API clients authenticate with HTTP Basic (e-mail and password) under the same
/// throttle as the login page.
struct APIBasicAuthenticator: AsyncBasicAuthenticator {
    func authenticate(basic: BasicAuthorization, for request: Request) async throws {
        let throttle = LoginThrottle(db: request.db)
        if let user = try await throttle.verify(email: basic.username, password: basic.password, address: request.clientAddress,
                                                hasher: request.password.async) {
            request.auth.login(user)
        } else {
            throw Problem(status: .unauthorized, title: "Inloggen mislukt", detail: "E-mailadres of wachtwoord klopt niet.")
        }
    }
}
