import Fluent
import Foundation
import Vapor

/// What an account may do. Everyone (no account) may read.
enum UserRole: String, Codable, CaseIterable, Sendable {
    /// Edits the records of their own organisation and the initiatives it takes part in.
    case organisationEditor = "editor"
    /// Curates the whole region.
    case coordinator
    /// Everything, in every region.
    case admin

    var dutchLabel: String {
        switch self {
        case .organisationEditor: "Redacteur organisatie"
        case .coordinator: "Coördinator"
        case .admin: "Beheerder"
        }
    }
}

/// An account. Passwords are stored as bcrypt hashes only.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: UserRole
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(regionID: UUID, email: String, name: String, passwordHash: String, role: UserRole, organisationID: UUID?) {
        self.$region.id = regionID
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.$organisation.id = organisationID
    }

    /// The name written into history: who made a change.
    var authorLabel: String { "\(name) <\(email)>" }
}

extension User: ModelSessionAuthenticatable {}

struct CreateUsers: AsyncMigration {
    var name: String { "2026-11-24-create-users" }

    func prepare(on db: any Database) async throws {
        try await db.schema(User.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("organisation_id", .uuid, .references(Organisation.schema, "id"))
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .unique(on: "email")
            .create()
        try await db.schema(LoginAttempt.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(LoginAttempt.schema).delete()
        try await db.schema(User.schema).delete()
    }
}

/// A failed login, kept for a while to slow down password guessing. Stored in the
/// database so the limit holds across app instances.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    /// `email:…` or `ip:…`.
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
