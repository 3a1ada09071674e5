import Foundation
import RegioCore
import Vapor

/// JSON of the overlap intelligence: similar initiatives and the overlap report.
struct OverlapAPIController: RouteCollection {
    struct SimilarDTO: Content { var id: UUID; var name: String; var score: Int; var reason: String }
    struct PairDTO: Content { var a: UUID; var b: UUID; var score: Int; var reason: String; var verdict: String? }
    struct ClusterDTO: Content { var initiatives: [UUID]; var pairs: [PairDTO] }
    struct ReportDTO: Content { var threshold: Double; var clusters: [ClusterDTO]; var judged: [PairDTO] }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("initiatives", ":id", "similar", use: similar)
        routes.get("overlap", use: report)
    }

    func similar(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Dit initiatief")
        let snapshot = try await req.snapshot()
        guard let related = RelatedWork.of(id, in: snapshot) else { throw Problem.notFound("Dit initiatief") }
        return try JSONResponse.make(related.similar.map { SimilarDTO(id: $0.entry.id, name: $0.entry.fields.name, score: $0.score, reason: $0.reason) })
            .withETag(for: req)
    }

    func report(req: Request) async throws -> Response {
        let (_, report) = try await OverlapController.report(req)
        func dto(_ p: OverlapReport.Pair) -> PairDTO { PairDTO(a: p.a.id, b: p.b.id, score: p.score, reason: p.reason, verdict: p.verdict?.rawValue) }
        return try JSONResponse.make(ReportDTO(threshold: OverlapReport.threshold,
                                               clusters: report.clusters.map { ClusterDTO(initiatives: $0.initiatives.map(\.id), pairs: $0.pairs.map(dto)) },
                                               judged: report.judged.map(dto))).withETag(for: req)
    }
}
