import Fluent
import SQLKit
import Foundation
import NIOConcurrencyHelpers
import RegioCore
import Vapor

/// Everything the pages of one region need to read, loaded once per region revision
/// and shared by all requests: vocabulary, municipalities, organisations and the
/// landscape index. Any write bumps the region's revision, which makes every app
/// instance load a fresh snapshot on its next request.
struct RegionSnapshot: Sendable {
    struct Term: Sendable { var key: String; var label: String; var summary: String? }
    struct Place: Sendable { var code: String; var name: String; var labourMarketCode: String? }
    struct LabourMarket: Sendable { var code: String; var name: String }
    struct OrganisationRef: Sendable { var id: UUID; var name: String; var kind: OrganisationKind?; var municipalityCode: String? }

    var regionID: UUID
    var slug: String
    var name: String
    var revision: Int
    /// The revision of the region's learning offer (see `OfferCatalogueCache`).
    var offerRevision: Int
    var terms: [VocabularyKind: [Term]]
    var municipalities: [Place]
    var labourMarkets: [LabourMarket]
    var organisations: [OrganisationRef]
    var landscape: LandscapeIndex
    /// Similar initiatives (same entries, same order as `landscape`), built on first use:
    /// lists and maps do not need it, and at 10,000 initiatives it costs most of a second,
    /// which every write would otherwise pay when the snapshot is rebuilt.
    let similarityIndex: LazyValue<SimilarityIndex>
    var similarity: SimilarityIndex { similarityIndex.value }

    var vocabulary: LandscapeVocabulary {
        LandscapeVocabulary(
            strategicThemes: Set(terms[.strategicTheme, default: []].map(\.key)),
            knowledgeThemes: Set(terms[.knowledgeTheme, default: []].map(\.key)),
            targetGroups: Set(terms[.targetGroup, default: []].map(\.key)),
            careDomains: Set(terms[.careDomain, default: []].map(\.key)),
            municipalityCodes: Set(municipalities.map(\.code)),
            organisationIDs: Set(organisations.map(\.id)))
    }

    func label(_ kind: VocabularyKind, _ key: String) -> String {
        terms[kind, default: []].first { $0.key == key }?.label ?? key
    }

    /// Names for the parts of a similarity reason (target group, theme, place).
    func reasonLabel(_ kind: String, _ key: String) -> String {
        switch kind {
        case "group": label(.targetGroup, key)
        case "theme": label(.strategicTheme, key)
        default: municipalityName(key)
        }
    }

    func municipalityName(_ code: String) -> String {
        municipalities.first { $0.code == code }?.name ?? code
    }

    func organisation(_ id: UUID) -> OrganisationRef? {
        organisations.first { $0.id == id }
    }

    static func load(region: Region, on db: any Database, previous: RegionSnapshot? = nil) async throws -> RegionSnapshot {
        let regionID = try region.requireID()
        let terms = try await VocabularyTerm.query(on: db).filter(\.$region.$id == regionID).sort(\.$position).all()
        let markets = try await LabourMarketRegion.query(on: db).filter(\.$region.$id == regionID).sort(\.$position).all()
        let places = try await Municipality.query(on: db).filter(\.$region.$id == regionID).field(\.$id).field(\.$code).field(\.$name)
            .field(\.$labourMarketRegion.$id).sort(\.$name).all()
        let organisations = try await Organisation.query(on: db).filter(\.$region.$id == regionID)
            .field(\.$id).field(\.$name).field(\.$kind).field(\.$municipalityCode).all()
        let (initiatives, participations) = try await InitiativeRows.load(regionID: regionID, on: db)
        let marketCode = Dictionary(uniqueKeysWithValues: markets.compactMap { m in m.id.map { ($0, m.code) } })
        let orgRefs = organisations.compactMap { o in
            o.id.map { OrganisationRef(id: $0, name: o.name, kind: OrganisationKind(rawValue: o.kind ?? ""), municipalityCode: o.municipalityCode) }
        }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
        let orgName = Dictionary(uniqueKeysWithValues: orgRefs.map { ($0.id, $0.name) })
        let entries = initiatives.map { i -> InitiativeEntry in
            let ps = participations[i.id, default: []]
            return InitiativeEntry(id: i.id, fields: i.fields(participants: ps), updatedAt: i.updatedAt ?? i.createdAt ?? Date(timeIntervalSince1970: 0),
                                   organisationNames: ps.compactMap { orgName[$0.organisationID] })
        }
        let placeList = places.map { Place(code: $0.code, name: $0.name, labourMarketCode: $0.$labourMarketRegion.id.flatMap { marketCode[$0] }) }
        return RegionSnapshot(
            regionID: regionID, slug: region.slug, name: region.name, revision: region.revision, offerRevision: region.offerRevision,
            terms: Dictionary(grouping: terms, by: \.kind).mapValues { $0.map { Term(key: $0.key, label: $0.label, summary: $0.summary) } },
            municipalities: placeList,
            labourMarkets: markets.map { LabourMarket(code: $0.code, name: $0.name) },
            organisations: orgRefs,
            landscape: LandscapeIndex(entries: entries, regionMunicipalities: Set(placeList.map(\.code)), previous: previous?.landscape),
            similarityIndex: LazyValue { [places = Set(placeList.map(\.code))] in SimilarityIndex(entries: entries, regionMunicipalities: places) })
    }
}

/// Keeps the newest value of each region in memory, for the region's revision it was
/// built from. Requests that arrive while a value is being built wait for that one build
/// instead of starting their own.
actor RevisionedCache<Value: Sendable> {
    private var values: [UUID: (revision: Int, value: Value)] = [:]
    private var loading: [UUID: (revision: Int, task: Task<Value, any Error>)] = [:]

    /// The value for `revision` or newer; `load` builds it, given the previous value to
    /// reuse what did not change.
    func value(for id: UUID, revision: Int, load: @escaping @Sendable (Value?) async throws -> Value) async throws -> Value {
        if let cached = values[id], cached.revision >= revision { return cached.value }
        if let current = loading[id], current.revision >= revision { return try await current.task.value }
        let previous = values[id]?.value
        let task = Task { try await load(previous) }
        loading[id] = (revision, task)
        defer { if loading[id]?.revision == revision { loading[id] = nil } }
        let fresh = try await task.value
        if (values[id]?.revision ?? -1) < revision { values[id] = (revision, fresh) }
        return fresh
    }

    func cached(_ id: UUID) -> Value? { values[id]?.value }
}

/// A read of a region's revision under way (see `RegionSnapshotCache.startingRead`).
struct RevisionRead: Sendable {
    var slug: String
    var at: Date
    var invalidations: Int
    /// `SharedWriteCounter.value` when the read started (0 without one).
    var writes: UInt64
}

/// The snapshots of the regions.
///
/// Reads check the region's revision at most once per `revalidateAfter`: writes on this
/// instance invalidate at once, writes by other processes on the same SQLite file too
/// (`SharedWriteCounter`), any other write is seen within that time. A snapshot itself is
/// never trusted longer than its revision: the revision is in the database, so every
/// instance rebuilds after any instance's write.
actor RegionSnapshotCache {
    /// On PostgreSQL every request reads the revision (one indexed row): several instances
    /// share the database, and a write on one must show on the next request to any other —
    /// nginx sends the redirect after a form to whichever instance is next. On SQLite the
    /// processes that serve the file (usually one) invalidate at once on their writes,
    /// announced to each other by `SharedWriteCounter`; only a write that announces nothing
    /// (a process killed between commit and answer, a change by hand) is seen up to a
    /// second late, and the read per request is saved.
    /// `REGIO_REVISION_CHECK_SECONDS` overrides this (`0`: read on every request).
    static func revalidateAfter(postgres: Bool, override: String? = Environment.get("REGIO_REVISION_CHECK_SECONDS")) -> TimeInterval {
        if let override, let seconds = TimeInterval(override), seconds.isFinite, seconds >= 0 { return seconds }
        return postgres ? 0 : 1
    }

    let revalidateAfter: TimeInterval
    /// The writes announced by the processes on the same SQLite file (nil: PostgreSQL, or
    /// the file could not be mapped — then only `revalidateAfter` bounds their staleness).
    let sharedWrites: SharedWriteCounter?
    private let snapshots = RevisionedCache<RegionSnapshot>()
    private var checked: [String: (id: UUID, at: Date, writes: UInt64)] = [:]
    /// The revisions read, readable without awaiting the actor (see `recentRevision`).
    private nonisolated let recent = NIOLockedValueBox(RecentReads())

    init(revalidateAfter: TimeInterval = RegionSnapshotCache.revalidateAfter(postgres: DatabaseSetup.usesPostgres),
         sharedWrites: SharedWriteCounter? = nil) {
        self.revalidateAfter = revalidateAfter
        self.sharedWrites = sharedWrites
    }

    /// Whether a revision read that started at `at`, when `writes` writes were announced,
    /// may still be trusted: moments ago, and no other process on the file wrote since.
    private nonisolated func isRecent(_ at: Date, writes: UInt64) -> Bool {
        Date().timeIntervalSince(at) < revalidateAfter && (sharedWrites?.value ?? 0) == writes
    }

    /// The snapshot of the region called `slug`, without a database round trip when it
    /// was checked moments ago.
    func snapshot(slug: String, on db: any Database) async throws -> RegionSnapshot? {
        if let recent = checked[slug], isRecent(recent.at, writes: recent.writes), let cached = await snapshots.cached(recent.id) {
            return cached
        }
        let read = startingRead(of: slug)
        guard let region = try await Region.query(on: db).filter(\.$slug == slug).first() else { return nil }
        let snapshot = try await self.snapshot(for: region, on: db)
        if finishedRead(read, revision: snapshot.revision) { checked[slug] = (snapshot.regionID, read.at, read.writes) }
        return snapshot
    }

    /// The revision of region `slug` if it was read from the database less than
    /// `revalidateAfter` ago and no other process on the SQLite file wrote since, else nil
    /// (then it must be read again: always on PostgreSQL).
    /// With `trustingNotifications` (the map data) also a revision read while this
    /// instance listens for changes (`RevisionListener`) and heard none since.
    /// Synchronous, so that a cached answer can be sent without leaving the event loop.
    nonisolated func recentRevision(_ slug: String, trustingNotifications: Bool = false) -> Int? {
        recent.withLockedValue { recent in
            guard let seen = recent.revisions[slug] else { return nil }
            if isRecent(seen.at, writes: seen.writes) { return seen.revision }
            if trustingNotifications, let since = recent.listeningSince, seen.at >= since { return seen.revision }
            return nil
        }
    }

    /// Call before reading the revision of `slug` from the database; hand the result to
    /// `finishedRead` with what was read.
    nonisolated func startingRead(of slug: String) -> RevisionRead {
        // The counter first: a write announced after this load makes the read untrusted,
        // whether the read saw that write or not.
        let writes = sharedWrites?.value ?? 0
        return recent.withLockedValue { RevisionRead(slug: slug, at: Date(), invalidations: $0.invalidations, writes: writes) }
    }

    /// Keeps a revision read for `recentRevision`, timed from when the read started, unless
    /// a write invalidated the regions meanwhile (here or, heard by notification,
    /// elsewhere): then what was read may be older than that write, and keeping it would
    /// hide the write. Returns whether it was kept.
    @discardableResult
    nonisolated func finishedRead(_ read: RevisionRead, revision: Int) -> Bool {
        recent.withLockedValue { recent in
            guard recent.invalidations == read.invalidations else { return false }
            recent.revisions[read.slug] = (revision, read.at, read.writes)
            return true
        }
    }

    /// From `RevisionListener`: since when this instance hears every change of a region's
    /// revision (nil: it does not, now).
    nonisolated func listening(since: Date?) {
        recent.withLockedValue { $0.listeningSince = since }
    }

    /// Whether changes are heard now (`RevisionListener` is connected and listening).
    nonisolated var isListening: Bool { recent.withLockedValue { $0.listeningSince != nil } }

    /// From `RevisionListener`: a region changed, here or on another instance. Revisions
    /// read before are not trusted any more (reads still under way neither).
    nonisolated func changedElsewhere() {
        recent.withLockedValue { recent in
            recent.revisions = [:]
            recent.invalidations += 1
        }
    }

    func snapshot(for region: Region, on db: any Database) async throws -> RegionSnapshot {
        try await snapshots.value(for: try region.requireID(), revision: region.revision) { previous in
            try await RegionSnapshot.load(region: region, on: db, previous: previous)
        }
    }

    /// The revisions read per region, with when; how often they were invalidated (a read
    /// under way while that happened is not kept); since when changes are heard.
    private struct RecentReads {
        var revisions: [String: (revision: Int, at: Date, writes: UInt64)] = [:]
        var invalidations = 0
        var listeningSince: Date?
    }

    /// After a write has committed (and before it is acknowledged): the next read here
    /// checks the database again, and so does the next read of every other process on the
    /// same SQLite file.
    func invalidate(_ slug: String) {
        sharedWrites?.announce()
        checked[slug] = nil
        recent.withLockedValue {
            $0.revisions[slug] = nil
            $0.invalidations += 1
        }
    }
}

extension Application {
    private struct SnapshotCacheKey: StorageKey { typealias Value = RegionSnapshotCache }

    var regionSnapshots: RegionSnapshotCache {
        get {
            if let cache = storage[SnapshotCacheKey.self] { return cache }
            let cache = RegionSnapshotCache()
            storage[SnapshotCacheKey.self] = cache
            return cache
        }
        set { storage[SnapshotCacheKey.self] = newValue }
    }
}

/// Initiatives of a region read as plain rows (SQLKit), not as Fluent models: building a
/// snapshot of thousands of initiatives spends most of its time in model decoding.
enum InitiativeRows {
    struct Row: Decodable, InitiativeColumns {
        var id: UUID
        var name: String
        var kind: String?
        var goal: String?
        var descriptionText: String?
        var strategicThemes: [String]
        var knowledgeThemes: [String]
        var targetGroups: [String]
        var wholeRegion: Bool
        var municipalityCodes: [String]
        var maturity: String?
        var fundingScheme: String?
        var fundingEndDate: String?
        var startDate: String?
        var links: [String]
        var contactName: String?
        var contactEmail: String?
        var recordStatus: String
        var createdAt: Date?
        var updatedAt: Date?

        enum CodingKeys: String, CodingKey {
            case id, name, kind, goal, links, maturity
            case descriptionText = "description", strategicThemes = "strategic_themes", knowledgeThemes = "knowledge_themes"
            case targetGroups = "target_groups", wholeRegion = "whole_region", municipalityCodes = "municipality_codes"
            case fundingScheme = "funding_scheme", fundingEndDate = "funding_end_date", startDate = "start_date"
            case contactName = "contact_name", contactEmail = "contact_email", recordStatus = "record_status"
            case createdAt = "created_at", updatedAt = "updated_at"
        }
    }

    struct ParticipationRow: Decodable {
        var initiative_id: UUID
        var organisation_id: UUID
        var role: String
    }

    static func load(regionID: UUID, on db: any Database) async throws -> ([Row], [UUID: [Participant]]) {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "Geen SQL-database") }
        let rows = try await sql.select().column("*").from(Initiative.schema)
            .where("region_id", .equal, regionID).where("deleted_at", .is, SQLLiteral.null)
            .all(decoding: Row.self)
        let participations = try await sql.select()
            .column(SQLColumn("initiative_id", table: InitiativeParticipation.schema))
            .column(SQLColumn("organisation_id", table: InitiativeParticipation.schema))
            .column(SQLColumn("role", table: InitiativeParticipation.schema))
            .from(InitiativeParticipation.schema)
            .join(Initiative.schema, on: SQLColumn("id", table: Initiative.schema), .equal, SQLColumn("initiative_id", table: InitiativeParticipation.schema))
            .where(SQLColumn("region_id", table: Initiative.schema), .equal, SQLBind(regionID))
            .orderBy(SQLColumn("position", table: InitiativeParticipation.schema))
            .all(decoding: ParticipationRow.self)
        var byInitiative: [UUID: [Participant]] = [:]
        for p in participations {
            guard let role = ParticipationRole(rawValue: p.role) else { continue }
            byInitiative[p.initiative_id, default: []].append(Participant(organisationID: p.organisation_id, role: role))
        }
        return (rows, byInitiative)
    }
}

/// A value computed once, on first use, by whichever request needs it first; the others
/// wait for it rather than computing it again.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.withLock {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
