import Fluent
import Foundation
import Vapor

/// `regio user add --email … --role coordinator|editor|admin [--organisation …] [--name …]`
/// The password is read from `REGIO_PASSWORD` or asked for (never on the command line,
/// where it would land in the shell history).
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "email", help: "E-mailadres (inlognaam)")
        var email: String?
        @Option(name: "role", help: "coordinator, editor of admin")
        var role: String?
        @Option(name: "organisation", help: "Naam of id van de organisatie (verplicht voor editor)")
        var organisation: String?
        @Option(name: "name", help: "Naam zoals die in de geschiedenis staat")
        var name: String?
        @Option(name: "region", help: "Regio (standaard utrechtzorg)")
        var region: String?
    }

    var help: String { "Beheer accounts: regio user add --email … --role coordinator|editor|admin [--organisation …]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw CommandFailure("Onbekende actie ‘\(signature.action)’; gebruik: regio user add") }
        let app = context.application
        try await app.autoMigrate()
        try await Seeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db, slug: signature.region ?? app.defaultRegionSlug)
        let password = Environment.get("REGIO_PASSWORD") ?? context.console.ask("Wachtwoord:", isSecure: true)
        let user = try await UserAccounts.add(email: signature.email, role: signature.role, organisation: signature.organisation,
                                              name: signature.name, password: password, regionSlug: signature.region ?? app.defaultRegionSlug, app: app)
        context.console.success("Account aangemaakt: \(user.email) (\(user.role.dutchLabel))")
    }
}

/// A command that stopped with a message for the user (Vapor prints it).
struct CommandFailure: CommandFailureReported, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// Errors whose message Vapor's command runner has already shown.
public protocol CommandFailureReported: Error {}

/// Creating accounts, shared by the command and the tests.
enum UserAccounts {
    static func add(email rawEmail: String?, role rawRole: String?, organisation: String?, name: String?, password: String,
                    regionSlug: String, app: Application) async throws -> User {
        let email = (rawEmail ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard email.contains("@"), email.contains("."), email.count <= 254 else { throw CommandFailure("Geef een geldig e-mailadres met --email.") }
        guard let role = rawRole.flatMap(UserRole.init(rawValue:)) else {
            throw CommandFailure("Geef een rol met --role: coordinator, editor of admin.")
        }
        guard password.count >= 10 else { throw CommandFailure("Het wachtwoord moet minstens 10 tekens hebben.") }
        guard let region = try await Region.query(on: app.db).filter(\.$slug == regionSlug).first() else {
            throw CommandFailure("Regio ‘\(regionSlug)’ bestaat niet.")
        }
        let regionID = try region.requireID()
        var organisationID: UUID?
        if let organisation, !organisation.isEmpty {
            let byID = UUID(uuidString: organisation)
            let matches = try await Organisation.query(on: app.db).filter(\.$region.$id == regionID).all()
                .filter { $0.id == byID || $0.name.caseInsensitiveCompare(organisation) == .orderedSame }
            guard let org = matches.first else { throw CommandFailure("Organisatie ‘\(organisation)’ bestaat niet in deze regio.") }
            organisationID = try org.requireID()
        }
        if role == .organisationEditor && organisationID == nil {
            throw CommandFailure("Een redacteur hoort bij een organisatie: geef --organisation.")
        }
        if try await User.query(on: app.db).filter(\.$email == email).first() != nil {
            throw CommandFailure("Er bestaat al een account met \(email).")
        }
        let hash = try await app.password.async.hash(password)
        let user = User(regionID: regionID, email: email, name: name ?? email, passwordHash: hash, role: role, organisationID: organisationID)
        let organisationText = organisationID?.uuidString ?? ""
        try await app.db.transaction { tx in
            try await user.create(on: tx)
            try await HistoryWriter(regionID: regionID, author: .system("regio user add"))
                .record(.create, entity: .user, id: user.requireID(), old: [:],
                        new: ["email": email, "role": role.dutchLabel, "organisation": organisationText], on: tx)
        }
        return user
    }
}
