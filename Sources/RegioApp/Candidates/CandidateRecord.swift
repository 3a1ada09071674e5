import Fluent
import Foundation
import RegioCore
import SQLKit
import Vapor

/// A profile a candidate chose to keep, with their consent. No account: the candidate
/// holds a secret code (in a cookie, and written down if they like); only its SHA-256
/// hash is stored, so the table alone does not open anyone's profile.
///
/// Unlike every other record, a candidate's profile is deleted for real, together with
/// everything derived from it: the right to erasure (AVG art. 17) outweighs undo. For the
/// same reason no history entries are written: they would keep copies of the profile.
final class CandidateRecord: Model, @unchecked Sendable {
    static let schema = "candidates"
    /// Raised when the consent text changes, so the platform knows what each candidate agreed to.
    static let consentVersion = 1

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "profile") var profile: CandidateProfile
    @Field(key: "consent_version") var consentVersion: Int
    @Timestamp(key: "consent_at", on: .none) var consentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(regionID: UUID, tokenHash: String, profile: CandidateProfile, consentAt: Date) {
        self.$region.id = regionID; self.tokenHash = tokenHash; self.profile = profile
        self.consentVersion = Self.consentVersion; self.consentAt = consentAt
    }

    /// A fresh secret code, and the hash to store for it.
    static func newCode() -> (code: String, hash: String) {
        // 16 random bytes in a Crockford-like alphabet without look-alikes (0/O, 1/I/L),
        // in groups of four so it can be written down: 26 characters, 128 bits.
        let alphabet = Array("ABCDEFGHJKMNPQRSTVWXYZ23456789")
        var code = ""
        for (i, byte) in [UInt8].random(count: 26).enumerated() {
            if i > 0 && i % 4 == 0 { code.append("-") }
            code.append(alphabet[Int(byte) % alphabet.count])
        }
        return (code, hash(code))
    }

    /// The code as the candidate may type it (lower case, spaces, without dashes) → its hash.
    static func hash(_ code: String) -> String {
        let normal = code.uppercased().filter { $0.isLetter || $0.isNumber }
        return SHA256.hash(data: Data(normal.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The candidate shows their profile to one organisation (and can stop that).
final class CandidateShare: Model, @unchecked Sendable {
    static let schema = "candidate_shares"

    @ID(key: .id) var id: UUID?
    @Parent(key: "candidate_id") var candidate: CandidateRecord
    @Field(key: "organisation_id") var organisationID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
    init(candidateID: UUID, organisationID: UUID) { self.$candidate.id = candidateID; self.organisationID = organisationID }
}

/// What the coordinator's figures count, derived from a saved profile when it is saved:
/// the best-fitting role, where the candidate lives, and the skills they lack for it.
/// No free text, no exact skills profile: only what the anonymous figures need.
final class CandidateMatchSummary: Model, @unchecked Sendable {
    static let schema = "candidate_match_summaries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "candidate_id") var candidate: CandidateRecord
    @Field(key: "region_id") var regionID: UUID
    @OptionalField(key: "top_role_key") var topRoleKey: String?
    @Field(key: "municipality_code") var municipalityCode: String
    @Field(key: "situation") var situation: String
    @Field(key: "gap_skills") var gapSkills: [String]
    @Field(key: "fits_route") var fitsRoute: Bool
    @Timestamp(key: "computed_at", on: .create) var computedAt: Date?

    init() {}

    init(candidateID: UUID, regionID: UUID, profile: CandidateProfile, result: MatchResult) {
        self.$candidate.id = candidateID; self.regionID = regionID
        topRoleKey = result.roles.first?.roleKey
        municipalityCode = profile.municipalityCode
        situation = profile.situation.rawValue
        gapSkills = result.roles.first?.gap.map(\.skill) ?? []
        fitsRoute = !result.routes.isEmpty
    }
}

struct CreateCandidates: AsyncMigration {
    var name: String { "2026-11-24-create-candidates" }

    func prepare(on db: any Database) async throws {
        try await db.schema(CandidateRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("token_hash", .string, .required)
            .field("profile", .json, .required)
            .field("consent_version", .int, .required)
            .field("consent_at", .datetime, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "token_hash")
            .create()
        // Deleting a candidate deletes what hangs from them, also in the database itself.
        try await db.schema(CandidateShare.schema)
            .id()
            .field("candidate_id", .uuid, .required, .references(CandidateRecord.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("created_at", .datetime)
            .unique(on: "candidate_id", "organisation_id")
            .create()
        try await db.schema(CandidateMatchSummary.schema)
            .id()
            .field("candidate_id", .uuid, .required, .references(CandidateRecord.schema, "id", onDelete: .cascade))
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("top_role_key", .string)
            .field("municipality_code", .string, .required)
            .field("situation", .string, .required)
            .field("gap_skills", .array(of: .string), .required)
            .field("fits_route", .bool, .required)
            .field("computed_at", .datetime)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "idx_candidate_shares_organisation").on(CandidateShare.schema).column("organisation_id").run()
        try await sql.create(index: "idx_candidate_summaries_region").on(CandidateMatchSummary.schema).column("region_id").run()
        try await sql.create(index: "idx_candidate_summaries_candidate").on(CandidateMatchSummary.schema).column("candidate_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(CandidateMatchSummary.schema).delete()
        try await db.schema(CandidateShare.schema).delete()
        try await db.schema(CandidateRecord.schema).delete()
    }
}
