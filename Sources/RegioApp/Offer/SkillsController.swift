import Fluent
import Foundation
import RegioCore
import Vapor

/// The region's skills taxonomy: `/vaardigheden` (search, category), `/vaardigheden.csv`,
/// `/beroepen` and `/beroepen/:key` (a role's required skills and where it leads).
struct SkillsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("vaardigheden", use: skills)
        routes.get("beroepen", use: roles)
        routes.get("beroepen", ":key", use: role)
    }

    /// The taxonomy of the request's region, as stored.
    struct Taxonomy: Sendable {
        var categories: [(key: String, label: String)]
        var skills: [Skill]
        var roles: [Role]

        init(categories: [(key: String, label: String)], skills: [Skill], roles: [Role]) {
            self.categories = categories; self.skills = skills; self.roles = roles
            skillsByLabel = skills.sorted { $0.label.localizedCompare($1.label) == .orderedAscending }
            skillIndex = Dictionary(skills.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        }

        /// Skills in the alphabet of their names, sorted once (the collator is slow).
        let skillsByLabel: [Skill]
        private let skillIndex: [String: Int]

        func categoryLabel(_ key: String) -> String { categories.first { $0.key == key }?.label ?? key }
        func skill(_ key: String) -> Skill? { skillIndex[key].map { skills[$0] } }
        func role(_ key: String) -> Role? { roles.first { $0.key == key } }
        /// The names of `keys` in the same order; an unknown key stays as it is.
        func labels(_ keys: [String]) -> [String] { keys.map { skill($0)?.label ?? $0 } }
    }

    /// The region's taxonomy, read once per offer revision (skills change with the offer).
    static func taxonomy(_ req: Request, snapshot: RegionSnapshot) async throws -> Taxonomy {
        let db = req.db
        return try await req.application.offerCatalogues.taxonomies.value(for: snapshot.regionID, revision: snapshot.offerRevision) { _ in
            let skills = try await SkillRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
            let roles = try await RoleRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
            return Taxonomy(categories: snapshot.terms[.skillCategory, default: []].map { ($0.key, $0.label) }, skills: skills.map(\.skill), roles: roles.map(\.role))
        }
    }

    /// What `/vaardigheden` asks for: words in label or description, and a category.
    struct SkillFilter: Sendable {
        var text: String
        var category: String?

        init(_ req: Request, taxonomy: Taxonomy) throws {
            let query = QueryString.decode(req.url.query)
            text = (query["q"]?.last ?? "").trimmingCharacters(in: .whitespaces)
            guard text.count <= Limits.shortText else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "De zoektekst is te lang: maximaal \(Limits.shortText) tekens.")
            }
            category = query["category"]?.last.flatMap { $0.isEmpty ? nil : $0 }
            if let category, !taxonomy.categories.contains(where: { $0.key == category }) {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Onbekende categorie ‘\(category.prefix(40))’.")
            }
        }

        /// Skills in taxonomy order whose label or description holds every search word
        /// (as a word start, accents folded), in the chosen category.
        func apply(_ skills: [Skill]) -> [Skill] {
            let words = DutchText.normalise(text).split(separator: " ").map(String.init)
            return skills.filter { s in
                (category == nil || s.category == category)
                    && words.allSatisfy { w in DutchText.normalise(s.label + " " + s.description).split(separator: " ").contains { $0.hasPrefix(w) } }
            }
        }

        var parameters: [(String, String)] { (text.isEmpty ? [] : [("q", text)]) + (category.map { [("category", $0)] } ?? []) }
    }

    func skills(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let taxonomy = try await Self.taxonomy(req, snapshot: snapshot)
        let filter = try SkillFilter(req, taxonomy: taxonomy)
        let usedBy = Dictionary(grouping: taxonomy.roles.flatMap { r in r.requires.map { ($0.skill, r) } }, by: \.0).mapValues { $0.map(\.1) }
        return SkillsViews.skills(filter.apply(taxonomy.skills), filter: filter, taxonomy: taxonomy, usedBy: usedBy, context: try await req.pageContext()).response()
    }

    func roles(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let taxonomy = try await Self.taxonomy(req, snapshot: snapshot)
        return SkillsViews.roles(taxonomy, context: try await req.pageContext()).response()
    }

    func role(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let taxonomy = try await Self.taxonomy(req, snapshot: snapshot)
        let key = req.parameters.get("key") ?? ""
        guard let role = taxonomy.role(key) else { throw Problem.notFound("Het beroep ‘\(key.prefix(60))’") }
        return SkillsViews.role(role, taxonomy: taxonomy, context: try await req.pageContext()).response()
    }
}
