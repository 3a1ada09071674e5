import Foundation
import Vapor

/// `/api/v1`: the JSON API. Reads are public; writes need HTTP Basic auth.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1").grouped(APIBasicAuthenticator())
        api.get("openapi.json", use: openAPI)
        api.get("region", use: region)
        try api.register(collection: InitiativeAPIController())
        try api.register(collection: OrganisationAPIController())
        try api.register(collection: OverlapAPIController())
        try api.register(collection: AnalysisAPIController())
        try api.register(collection: ModuleAPIController())
        try api.register(collection: LearningRouteAPIController())
        try api.register(collection: OfferImportAPIController())
        try api.register(collection: CatalogueAPIController())
        try api.register(collection: LearningPlaceAPIController())
        try api.register(collection: CollaborationAPIController())
        try api.register(collection: BarrierAPIController())
    }

    func openAPI(req: Request) async throws -> Response {
        let path = req.application.paths.resources + "openapi/openapi.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw Problem.notFound("Het OpenAPI-document") }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data)).withETag(for: req)
    }

    struct TermDTO: Codable { var key: String; var label: String; var summary: String? }
    struct PlaceDTO: Codable { var code: String; var name: String; var labourMarketCode: String? }
    struct MarketDTO: Codable { var code: String; var name: String }
    struct RegionDTO: Codable {
        var slug: String, name: String, revision: Int
        var strategicThemes, knowledgeThemes, targetGroups, careDomains: [TermDTO]
        var labourMarketRegions: [MarketDTO]
        var municipalities: [PlaceDTO]
    }

    func region(req: Request) async throws -> Response {
        let s = try await req.snapshot()
        func terms(_ kind: VocabularyKind) -> [TermDTO] { s.terms[kind, default: []].map { TermDTO(key: $0.key, label: $0.label, summary: $0.summary) } }
        return try JSONResponse.make(RegionDTO(
            slug: s.slug, name: s.name, revision: s.revision,
            strategicThemes: terms(.strategicTheme), knowledgeThemes: terms(.knowledgeTheme), targetGroups: terms(.targetGroup), careDomains: terms(.careDomain),
            labourMarketRegions: s.labourMarkets.map { MarketDTO(code: $0.code, name: $0.name) },
            municipalities: s.municipalities.map { PlaceDTO(code: $0.code, name: $0.name, labourMarketCode: $0.labourMarketCode) }
        )).withETag(for: req)
    }
}
