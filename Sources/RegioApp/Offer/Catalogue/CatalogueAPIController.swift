import Foundation
import RegioCore
import Vapor

/// `GET /api/v1/offer`: the catalogue search as JSON, with the same parameters as `/aanbod`.
struct CatalogueAPIController: RouteCollection {
    struct EntryDTO: Content {
        var id: UUID; var kind: String; var title: String; var organisationIds: [UUID]; var hours: Int; var forms: [String]
        var municipalityCodes: [String]; var learnerCost: Double?; var skills: [String]; var roles: [String]; var targetGroups: [String]
        var url: String
    }
    struct PageDTO: Content {
        var items: [EntryDTO]; var total: Int; var page: Int; var pageCount: Int
        /// Per facet parameter, per value: how many results choosing it would give.
        var facets: [String: [String: Int]]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("offer", use: search)
    }

    func search(req: Request) async throws -> Response {
        let (_, page, _) = try await CatalogueController.search(req)
        let items = page.items.map { e in
            EntryDTO(id: e.id, kind: e.kind.rawValue, title: e.title, organisationIds: e.organisationIDs, hours: e.hours, forms: e.forms.map(\.rawValue),
                     municipalityCodes: e.municipalityCodes, learnerCost: e.learnerCostCents.map { Double($0) / 100 }, skills: e.skills, roles: e.roles,
                     targetGroups: e.targetGroups, url: (e.kind == .module ? "/api/v1/modules/" : "/api/v1/learning-routes/") + e.id.uuidString)
        }
        let facets = Dictionary(uniqueKeysWithValues: page.facets.map { facet, counts in
            var values = counts.counts
            if facet == .municipality { values["*"] = counts.anywhere }
            return (facet.rawValue, values)
        })
        return try JSONResponse.make(PageDTO(items: items, total: page.total, page: page.page, pageCount: page.pageCount, facets: facets)).withETag(for: req)
    }
}
