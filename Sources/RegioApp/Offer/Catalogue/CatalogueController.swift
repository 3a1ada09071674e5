import Foundation
import RegioCore
import Vapor

/// The regional offer in one place: `/aanbod` searches modules and routes together
/// with facets, as HTML and as JSON (`/api/v1/offer`).
struct CatalogueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("aanbod", use: page)
    }

    /// Parses the URL's query; bad parameters are a 400 with a Dutch message.
    static func query(_ req: Request, snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy) throws -> CatalogueQuery {
        let vocabulary = CatalogueQuery.Vocabulary(skills: Set(taxonomy.skills.map(\.key)), roles: Set(taxonomy.roles.map(\.key)),
                                                   municipalities: snapshot.vocabulary.municipalityCodes, targetGroups: snapshot.vocabulary.targetGroups,
                                                   organisations: Set(snapshot.organisations.map(\.id)))
        switch CatalogueQuery.parse(QueryString.decode(req.url.query), vocabulary: vocabulary) {
        case .success(let q): return q
        case .failure(let failure):
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht",
                          detail: failure.errors.map(\.message).joined(separator: " "), fieldErrors: failure.errors)
        }
    }

    /// The query of the request run on the region's catalogue.
    static func search(_ req: Request, paginate: Bool = true) async throws -> (CatalogueQuery, CataloguePage, SkillsController.Taxonomy) {
        let snapshot = try await req.snapshot()
        let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
        let query = try Self.query(req, snapshot: snapshot, taxonomy: taxonomy)
        return (query, try await req.offerCatalogue().search(query, paginate: paginate), taxonomy)
    }

    func page(req: Request) async throws -> Response {
        let (query, page, taxonomy) = try await Self.search(req)
        let snapshot = try await req.snapshot()
        let empty = try await req.offerCatalogue().entries.isEmpty
        return CatalogueViews.page(page, query: query, taxonomy: taxonomy, offerIsEmpty: empty, snapshot: snapshot,
                                   context: try await req.pageContext()).response()
    }
}
