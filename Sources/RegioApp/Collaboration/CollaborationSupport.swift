import Fluent
import Foundation
import RegioCore
import SQLKit
import Vapor

extension DevelopmentSessionRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: DevelopmentSessionFields) -> DevelopmentSessionRecord { .init(id: id, regionID: regionID, fields: fields) }
}

extension CoalitionRecord: VersionedRecord {
    static func new(id: UUID, regionID: UUID, fields: Fields) -> CoalitionRecord { .init(id: id, regionID: regionID, fields: fields) }
}

extension ActionRecord: VersionedRecord {
    static func new(id: UUID, regionID: UUID, fields: ActionFields) -> ActionRecord { .init(id: id, regionID: regionID, fields: fields) }
}

extension ProgressReviewRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: Fields) -> ProgressReviewRecord { .init(id: id, regionID: regionID, fields: fields) }
}

/// Who may do what with the region's collaboration: the coordinator manages sessions, the
/// agenda and coalitions; members of a coalition (editors of a member organisation) update
/// their coalition, its reviews and its actions, and owners update their actions; the
/// public sees published items only.
enum CollaborationAccess {
    static func isCoordinator(_ user: SignedInUser?, regionID: UUID) -> Bool {
        user.map { Permissions.isRegionWide($0, regionID: regionID) } ?? false
    }

    /// Signed-in users of the region see everything of it, the public only what is published.
    static func maySee(published: Bool, user: SignedInUser?, regionID: UUID) -> Bool {
        published || user.map { $0.regionID == regionID || $0.role == .admin } ?? false
    }

    static func isMember(_ user: SignedInUser?, regionID: UUID, organisations: [UUID]) -> Bool {
        guard let user, user.regionID == regionID, let own = user.organisationID else { return false }
        return organisations.contains(own)
    }

    static func mayEditCoalition(_ user: SignedInUser?, regionID: UUID, _ coalition: CoalitionFields) -> Bool {
        isCoordinator(user, regionID: regionID) || isMember(user, regionID: regionID, organisations: coalition.memberIDs)
    }

    /// Owners of the action and members of a coalition it belongs to may update it.
    static func mayEditAction(_ user: SignedInUser?, regionID: UUID, _ action: ActionFields, coalitionMembers: [UUID]) -> Bool {
        isCoordinator(user, regionID: regionID) || isMember(user, regionID: regionID, organisations: action.ownerIDs + coalitionMembers)
    }
}

/// The region's names that collaboration pages and history show: themes, organisations,
/// initiatives, sessions and coalitions.
struct CollaborationNames: Sendable {
    let snapshot: RegionSnapshot
    let sessions: [UUID: String]
    let coalitions: [UUID: String]

    static func load(_ req: Request) async throws -> CollaborationNames {
        let snapshot = try await req.snapshot()
        let sessions = try await DevelopmentSessionRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
            .field(\.$id).field(\.$title).all()
        let coalitions = try await CoalitionRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
            .field(\.$id).field(\.$name).all()
        return CollaborationNames(snapshot: snapshot,
                                  sessions: Dictionary(sessions.compactMap { s in s.id.map { ($0, s.title) } }, uniquingKeysWith: { a, _ in a }),
                                  coalitions: Dictionary(coalitions.compactMap { c in c.id.map { ($0, c.name) } }, uniquingKeysWith: { a, _ in a }))
    }

    /// The themes a session, coalition or action may have: the region's strategic and knowledge themes.
    var themes: [(key: String, label: String)] {
        (snapshot.terms[.strategicTheme, default: []] + snapshot.terms[.knowledgeTheme, default: []]).map { ($0.key, $0.label) }
    }

    func theme(_ key: String) -> String { themes.first { $0.key == key }?.label ?? key }
    func organisation(_ id: UUID) -> String { snapshot.organisation(id)?.name ?? "Verwijderde organisatie" }
    func initiative(_ id: UUID) -> String { snapshot.landscape.entries.first { $0.id == id }?.fields.name ?? "Verwijderd initiatief" }
    func session(_ id: UUID) -> String { sessions[id] ?? "Verwijderde sessie" }
    func coalition(_ id: UUID) -> String { coalitions[id] ?? "Verwijderde coalitie" }

    var vocabulary: CollaborationVocabulary {
        CollaborationVocabulary(themes: Set(themes.map(\.key)), organisationIDs: Set(snapshot.organisations.map(\.id)),
                                initiativeIDs: Set(snapshot.landscape.entries.map(\.id)), sessionIDs: Set(sessions.keys))
    }

    var actionVocabulary: ActionVocabulary {
        ActionVocabulary(themes: Set(themes.map(\.key)), organisationIDs: Set(snapshot.organisations.map(\.id)),
                         coalitionIDs: Set(coalitions.keys), initiativeIDs: Set(snapshot.landscape.entries.map(\.id)), sessionIDs: Set(sessions.keys))
    }

    func list(_ ids: [UUID], _ name: (UUID) -> String) -> String { ids.map(name).joined(separator: ", ") }
}

/// A record that is saved with optimistic locking: each save raises `version`, and a save
/// that started from an older version is refused with a `VersionConflict`.
protocol VersionedRecord: ImportableRecord {
    var version: Int { get set }
}

/// A save refused because someone else saved the record after the editor opened it.
struct VersionConflict: Error {
    /// The version the editor started from, and the stored one.
    let expected: Int
    let current: Int
}

extension RecordWriter where M: VersionedRecord {
    /// Replaces the fields of `model` when it is still at `expectedVersion`; otherwise throws
    /// `VersionConflict` and writes nothing. The check and the new version are one
    /// conditional UPDATE, the transaction's first statement, so two instances or two
    /// concurrent requests cannot both pass it (and SQLite takes its write lock before any
    /// read, so a waiting writer never works from a stale snapshot). Saving the fields that
    /// are already stored is no conflict and writes nothing.
    func update(_ model: M, with fields: M.Fields, expectedVersion: Int, author: ChangeAuthor, on db: any Database) async throws {
        let id = try model.requireID()
        if model.fields == fields { return }
        try await db.transaction { tx in
            guard let sql = tx as? any SQLDatabase else { throw Abort(.internalServerError) }
            let moved = try await sql.update(M.schema).set(SQLIdentifier("version"), to: SQLLiteral.numeric(String(expectedVersion + 1)))
                .where("id", .equal, id).where("version", .equal, expectedVersion).returning("id").all()
            guard !moved.isEmpty, let fresh = try await M.query(on: tx).filter(\M._$id == id).first() else {
                let current = try await M.query(on: tx).filter(\M._$id == id).first()
                throw VersionConflict(expected: expectedVersion, current: current?.version ?? 0)
            }
            try await self.replaceInTransaction(fresh, with: fields, author: author, on: tx)
            model.version = fresh.version
        }
    }
}

/// Input whose partial update is laid over the current record key by key through its JSON
/// form: every key the patch has replaces the current one.
protocol JSONMergeable: MergeableInput, Codable {}

extension JSONMergeable {
    func merging(_ patch: Self) -> Self {
        let encoder = JSONEncoder()
        guard var base = (try? JSONSerialization.jsonObject(with: encoder.encode(self))) as? [String: Any],
              let changes = (try? JSONSerialization.jsonObject(with: encoder.encode(patch))) as? [String: Any] else { return self }
        base.merge(changes) { _, new in new }
        guard let data = try? JSONSerialization.data(withJSONObject: base), let merged = try? JSONDecoder().decode(Self.self, from: data) else { return self }
        return merged
    }
}

extension DevelopmentSessionInput: JSONMergeable {}
extension CoalitionInput: JSONMergeable {}
extension ActionInput: JSONMergeable {}
extension PurposeCaseInput: JSONMergeable {}

extension Problem {
    /// The answer to a save that started from an older version of the record.
    static func conflict(_ what: String) -> Problem {
        Problem(status: .conflict, title: "Intussen gewijzigd",
                detail: "\(what) is intussen door iemand anders gewijzigd. Je wijziging is niet opgeslagen: haal de nieuwe versie op en breng je wijziging daarin opnieuw aan.")
    }

    /// A save that does not say which version it started from.
    static func versionRequired(_ what: String) -> Problem {
        Problem(status: .preconditionRequired, title: "Versie ontbreekt",
                detail: "Geef bij het opslaan van \(what) de versie mee waarvan je wijziging uitgaat (veld ‘version’), zodat niemands wijziging ongemerkt wordt overschreven.")
    }
}

/// A record's input with the version the edit started from (`version`, beside the
/// record's own keys in JSON and forms). A stored record read back as input has no
/// version, so a partial update must name the version it builds on.
struct Versioned<Fields: Codable & Sendable & JSONMergeable>: Codable, Sendable, MergeableInput {
    var version: Int?
    var fields: Fields

    init(version: Int?, fields: Fields) { self.version = version; self.fields = fields }

    private enum Key: String, CodingKey { case version }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        // A version sent as text ("3", from a form or CSV) counts as well as a number.
        if let n = try? container.decodeIfPresent(Int.self, forKey: .version) { version = n }
        else { version = (try? container.decodeIfPresent(String.self, forKey: .version)).flatMap { $0.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } } }
        fields = try Fields(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(version, forKey: .version)
    }

    func merging(_ patch: Versioned<Fields>) -> Versioned<Fields> {
        Versioned(version: patch.version, fields: fields.merging(patch.fields))
    }

    /// The version the save started from; a save without one is refused (428).
    func requireVersion(_ what: String) throws -> Int {
        guard let version else { throw Problem.versionRequired(what) }
        return version
    }
}
