import Fluent
import Foundation
import RegioCore
import Vapor

/// A Volgspot as a form or the API sends it: the review's own fields plus whose it is
/// (`coalitionId`, empty for the region's agenda) and `published`, all at one level.
struct ReviewInput: Codable, Sendable {
    var coalitionId: String?
    var published: String?
    var review: ProgressReviewInput

    init(coalitionId: String?, published: String?, review: ProgressReviewInput) {
        self.coalitionId = coalitionId; self.published = published; self.review = review
    }

    private enum Key: String, CodingKey { case coalitionId, published }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        coalitionId = try c.decodeIfPresent(String.self, forKey: .coalitionId)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        review = try ProgressReviewInput(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try review.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(coalitionId, forKey: .coalitionId)
        try c.encodeIfPresent(published, forKey: .published)
    }
}

/// Reads and writes Volgspots. The coordinator records reviews of the region's agenda and
/// of every coalition; members of a coalition record and correct their coalition's.
struct ProgressReviewStore {
    let req: Request

    var table: CollaborationTable<ProgressReviewRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> ProgressReviewRecord { try await table.find(id, withDeleted: withDeleted) }

    /// The reviews the visitor may see of one subject (`coalition` nil: the region's agenda), oldest first.
    func list(coalition: UUID?) async throws -> [ProgressReviewRecord] {
        try await all().filter { $0.coalitionID == coalition }
    }

    /// Every review the visitor may see, oldest first.
    func all() async throws -> [ProgressReviewRecord] {
        try await table.visible().all().sorted { ($0.review.date, $0.createdAt ?? .distantPast) < ($1.review.date, $1.createdAt ?? .distantPast) }
    }

    /// Whether `user` may record or change reviews of `coalition` (nil: the region's agenda).
    func mayReview(_ user: SignedInUser?, coalition: UUID?) async throws -> Bool {
        let regionID = try await req.snapshot().regionID
        if CollaborationAccess.isCoordinator(user, regionID: regionID) { return true }
        guard let coalition, let model = try await CoalitionRecord.query(on: req.db).filter(\.$id == coalition).first() else { return false }
        return CollaborationAccess.mayEditCoalition(user, regionID: regionID, model.coalition)
    }

    func authorise(_ user: SignedInUser, coalition: UUID?) async throws {
        guard try await mayReview(user, coalition: coalition) else {
            throw Problem.forbidden(coalition == nil ? "Een Volgspot van de actieagenda legt de coördinator vast."
                                                     : "Een Volgspot van deze coalitie leggen de coördinator en de leden van de coalitie vast.")
        }
    }

    func validate(_ input: ReviewInput, user: SignedInUser, current: ProgressReviewRecord?, names: CollaborationNames) throws -> ProgressReviewRecord.Fields {
        var c = [FieldError]()
        var coalition: UUID?
        if let raw = input.coalitionId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let id = UUID(uuidString: raw), names.coalitions[id] != nil { coalition = id }
            else { c.append(FieldError("coalitionId", "Onbekende coalitie ‘\(raw.prefix(60))’: kies een coalitie van de regio, of laat leeg voor de actieagenda.")) }
        }
        let published = ["ja", "true", "1", "on"].contains((input.published ?? "").lowercased())
        switch ProgressReview.validate(input.review, today: LandscapeController.today) {
        case .success(let review) where c.isEmpty:
            let mayPublish = CollaborationAccess.isCoordinator(user, regionID: names.snapshot.regionID)
            return .init(coalitionID: coalition, review: review, published: mayPublish ? published : current?.published ?? false)
        case .success: throw ValidationFailure(c)
        case .failure(let failure): throw ValidationFailure(c + failure.errors)
        }
    }

    func writer(_ names: CollaborationNames) -> RecordWriter<ProgressReviewRecord> {
        RecordWriter(regionID: names.snapshot.regionID, entity: .progressReview, fieldOrder: ReviewSnapshot.fieldOrder,
                     shown: { ReviewSnapshot.make($0, names: names) })
    }

    func create(_ input: ReviewInput, user: SignedInUser) async throws -> UUID {
        let names = try await CollaborationNames.load(req)
        let fields = try validate(input, user: user, current: nil, names: names)
        try await authorise(user, coalition: fields.coalitionID)
        let id = try await writer(names).create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: ReviewInput, user: SignedInUser) async throws {
        let model = try await find(id)
        try await authorise(user, coalition: model.coalitionID)
        let names = try await CollaborationNames.load(req)
        let fields = try validate(input, user: user, current: model, names: names)
        try await authorise(user, coalition: fields.coalitionID)
        try await writer(names).update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }
}

extension ProgressReviewStore: DeletableRecordStore {
    static let what = "Deze Volgspot"
    static let entity = HistoryEntity.progressReview

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        let names = try await CollaborationNames.load(req)
        return (ReviewSnapshot.title(model.fields, names: names), model.deletedAt != nil)
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { model in try await authorise(user, coalition: model.coalitionID) }
    }
}

/// A review's fields as history shows them.
enum ReviewSnapshot {
    static let fieldOrder = ["coalition", "date"] + ReviewDimension.allCases.map(\.rawValue) + ["narrative", "evidenceLinks", "published"]

    /// "Volgspot van 3 november 2026 · Fictieve coalitie Leren in de wijk".
    static func title(_ f: ProgressReviewRecord.Fields, names: CollaborationNames) -> String {
        "Volgspot van \(f.review.date.dutch) · \(f.coalitionID.map(names.coalition) ?? "actieagenda van de regio")"
    }

    static func make(_ f: ProgressReviewRecord.Fields, names: CollaborationNames) -> [String: String] {
        var s = ["coalition": f.coalitionID.map(names.coalition) ?? "Actieagenda van de regio", "date": f.review.date.dutch,
                 "narrative": f.review.narrative, "published": f.published ? "Ja" : "Nee"]
        for d in ReviewDimension.allCases { s[d.rawValue] = "\(f.review.score(d)) · \(ProgressReview.scoreLabel(f.review.score(d)))" }
        s["evidenceLinks"] = f.review.evidenceLinks.isEmpty ? nil : f.review.evidenceLinks.joined(separator: "\n")
        return s
    }
}
