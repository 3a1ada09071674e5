import Fluent
import Foundation
import RegioCore
import Vapor

/// Saved candidate profiles: keeping, finding by code, sharing and erasing, each with
/// everything derived from the profile in the same transaction.
struct CandidateStore {
    let db: any Database
    let regionID: UUID

    /// The store on a database handle that logs nothing below `info`: Fluent logs every
    /// query with its values at `debug`, and here those values are a person's answers.
    init(req: Request, regionID: UUID) {
        var logger = req.logger
        logger.logLevel = max(logger.logLevel, .info)
        self.db = req.application.databases.database(logger: logger, on: req.eventLoop) ?? req.db
        self.regionID = regionID
    }

    /// Stores `profile` with the candidate's consent; the code is shown to them once.
    func save(_ profile: CandidateProfile, result: MatchResult) async throws -> (record: CandidateRecord, code: String) {
        let (code, hash) = CandidateRecord.newCode()
        let record = CandidateRecord(regionID: regionID, tokenHash: hash, profile: profile, consentAt: Date())
        try await db.transaction { tx in
            try await record.create(on: tx)
            try await CandidateMatchSummary(candidateID: try record.requireID(), regionID: regionID, profile: profile, result: result).create(on: tx)
        }
        return (record, code)
    }

    /// Replaces the stored profile and its summary.
    func update(_ record: CandidateRecord, profile: CandidateProfile, result: MatchResult) async throws {
        let id = try record.requireID()
        record.profile = profile
        try await db.transaction { tx in
            try await record.update(on: tx)
            try await CandidateMatchSummary.query(on: tx).filter(\.$candidate.$id == id).delete()
            try await CandidateMatchSummary(candidateID: id, regionID: regionID, profile: profile, result: result).create(on: tx)
        }
    }

    func find(codeHash: String) async throws -> CandidateRecord? {
        try await CandidateRecord.query(on: db).filter(\.$tokenHash == codeHash).filter(\.$region.$id == regionID).first()
    }

    func shares(of id: UUID) async throws -> [CandidateShare] {
        try await CandidateShare.query(on: db).filter(\.$candidate.$id == id).sort(\.$createdAt).all()
    }

    func share(_ id: UUID, with organisationID: UUID) async throws {
        let existing = try await CandidateShare.query(on: db).filter(\.$candidate.$id == id).filter(\.$organisationID == organisationID).first()
        if existing == nil { try await CandidateShare(candidateID: id, organisationID: organisationID).create(on: db) }
    }

    func stopSharing(_ id: UUID, with organisationID: UUID) async throws {
        try await CandidateShare.query(on: db).filter(\.$candidate.$id == id).filter(\.$organisationID == organisationID).delete()
    }

    /// Erases the profile and every record derived from it, for real (see `CandidateRecord`).
    func erase(_ record: CandidateRecord) async throws {
        let id = try record.requireID()
        try await db.transaction { tx in
            try await CandidateShare.query(on: tx).filter(\.$candidate.$id == id).delete()
            try await CandidateMatchSummary.query(on: tx).filter(\.$candidate.$id == id).delete()
            try await record.delete(force: true, on: tx)
        }
    }

    /// Profiles shared with `organisationID`, newest first.
    func shared(with organisationID: UUID) async throws -> [(CandidateRecord, Date?)] {
        let shares = try await CandidateShare.query(on: db).filter(\.$organisationID == organisationID).with(\.$candidate).sort(\.$createdAt, .descending).all()
        return shares.filter { $0.candidate.$region.id == regionID }.map { ($0.candidate, $0.createdAt) }
    }

    func summaries() async throws -> [CandidateMatchSummary] {
        try await CandidateMatchSummary.query(on: db).filter(\.$regionID == regionID).all()
    }
}
