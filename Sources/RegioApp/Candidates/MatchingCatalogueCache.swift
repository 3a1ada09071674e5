import Fluent
import Foundation
import RegioCore
import Vapor

/// The matching catalogue of each region, built once per region revision and shared by
/// every candidate this instance serves.
///
/// Keyed on the region's general revision, not the offer revision: learning places and
/// organisations (where employers are) change matching too, and they bump only that one.
actor MatchingCatalogueCache {
    private let catalogues = RevisionedCache<MatchingCatalogue>()
    /// Every Dutch municipality's centroid, read once: candidates may live outside the region.
    private var centroids: [MunicipalityCentroid]?
    private var postcodes: [String: String]?

    func catalogue(for snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, paths: AppPaths, on db: any Database) async throws -> MatchingCatalogue {
        let municipalities = try centroidList(paths)
        return try await catalogues.value(for: snapshot.regionID, revision: snapshot.revision) { _ in
            try await Self.load(snapshot, taxonomy: taxonomy, municipalities: municipalities, on: db)
        }
    }

    /// Postcode area (PC4) → municipality code, from `data/postcode-gebieden.csv` when an
    /// operator put it there (see README); empty otherwise.
    func postcodeAreas(_ paths: AppPaths) -> [String: String] {
        if let postcodes { return postcodes }
        let table = PostcodeTable.load(path: paths.data + "postcode-gebieden.csv")
        postcodes = table
        return table
    }

    /// Every Dutch municipality by name, for the candidate's choice of where they live.
    func municipalityChoices(_ paths: AppPaths) throws -> [(code: String, name: String)] {
        try centroidList(paths).map { ($0.code, $0.name) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    private func centroidList(_ paths: AppPaths) throws -> [MunicipalityCentroid] {
        if let centroids { return centroids }
        let list = try GeoData.centroids(path: paths.nationalCentroids)
            .map { MunicipalityCentroid(code: $0.key, name: $0.value.name, latitude: $0.value.lat, longitude: $0.value.lon) }
        centroids = list
        return list
    }

    static func load(_ snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, municipalities: [MunicipalityCentroid],
                     on db: any Database) async throws -> MatchingCatalogue {
        let skillTaxonomy = try SkillTaxonomy(categories: taxonomy.categories, skills: taxonomy.skills, roles: taxonomy.roles)
        let (moduleRows, routeRows) = try await OfferRows.load(regionID: snapshot.regionID, on: db)
        // Places whose period is over are no help to a candidate starting now or later.
        let today = CalendarDay(date: Date())
        let placeRecords = try await LearningPlaceRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).all()
        var places: [UUID: LearningPlaceFields] = [:]
        for record in placeRecords {
            guard let id = record.id else { continue }
            let fields = record.fields
            if fields.endDate >= today { places[id] = fields }
        }
        var organisations: [UUID: MatchingOrganisation] = [:]
        for o in snapshot.organisations {
            if let code = o.municipalityCode { organisations[o.id] = MatchingOrganisation(name: o.name, municipalityCode: code) }
        }
        return MatchingCatalogue(taxonomy: skillTaxonomy,
                                 modules: Dictionary(moduleRows.map { ($0.id, $0.fields) }, uniquingKeysWith: { a, _ in a }),
                                 routes: Dictionary(routeRows.map { ($0.id, $0.fields) }, uniquingKeysWith: { a, _ in a }),
                                 places: places, municipalities: municipalities, organisations: organisations)
    }
}

/// Reads `pc4,gemeentecode` lines (a header line is skipped; other lines that are not a
/// postcode area and a GM code are ignored).
enum PostcodeTable {
    static func load(path: String) -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let rows = try? CSV.decode(text) else { return [:] }
        var table: [String: String] = [:]
        for row in rows where row.count >= 2 {
            let code = row[1].trimmingCharacters(in: .whitespaces)
            if let area = PostcodeArea.parse(row[0]), code.hasPrefix("GM") { table[area] = code }
        }
        return table
    }
}

extension Application {
    private struct MatchingCatalogueKey: StorageKey { typealias Value = MatchingCatalogueCache }

    var matchingCatalogues: MatchingCatalogueCache {
        if let cache = storage[MatchingCatalogueKey.self] { return cache }
        let cache = MatchingCatalogueCache()
        storage[MatchingCatalogueKey.self] = cache
        return cache
    }
}

extension Request {
    /// The matching catalogue of the request's region, and what a candidate may refer to in it.
    func matchingCatalogue() async throws -> (catalogue: MatchingCatalogue, vocabulary: CandidateVocabulary) {
        let snapshot = try await snapshot()
        let taxonomy = try await SkillsController.taxonomy(self, snapshot: snapshot)
        let cache = application.matchingCatalogues
        let catalogue = try await cache.catalogue(for: snapshot, taxonomy: taxonomy, paths: application.paths, on: db)
        var vocabulary = catalogue.vocabulary
        vocabulary.postcodeAreas = await cache.postcodeAreas(application.paths)
        // Target groups a candidate may tick: the region's own, not only those routes name.
        vocabulary.targetGroups.formUnion(snapshot.terms[.targetGroup, default: []].map(\.key))
        return (catalogue, vocabulary)
    }
}
