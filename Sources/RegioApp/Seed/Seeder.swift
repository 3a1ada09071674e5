import Fluent
import Foundation
import RegioCore
import SQLKit
import Vapor

/// Loads a region's facts from its seed file and the CBS geo data, once: a region that
/// already exists is left alone. Attributes the seed does not give stay empty.
struct Seeder {
    let paths: AppPaths
    let logger: Logger

    static let author = "Regiobestand (seed)"

    @discardableResult
    func seedIfNeeded(on db: any Database, slug: String = "utrechtzorg") async throws -> Bool {
        if try await Region.query(on: db).filter(\.$slug == slug).first() != nil { return false }
        let seed = try SeedFile.load(path: paths.seedFile)
        try await db.transaction { tx in try await load(seed, slug: slug, on: tx) }
        return true
    }

    private func load(_ seed: SeedFile, slug: String, on db: any Database) async throws {
        let region = Region(slug: slug, name: seed.region.name, coordinator: seed.region.coordinator)
        try await region.create(on: db)
        let regionID = try region.requireID()
        logger.info("\(seed.region.name) laden uit \(paths.seedFile)")

        var marketIDs: [String: UUID] = [:]
        for (i, m) in seed.region.labour_market_regions.enumerated() {
            let market = LabourMarketRegion(regionID: regionID, code: m.code, year: 2025, name: m.name, position: i)
            try await market.create(on: db)
            marketIDs[m.code] = try market.requireID()
        }

        let boundaries = try GeoData.boundaries(path: paths.regionBoundaries)
        let table = try GeoData.municipalityTable(path: paths.regionMunicipalityTable)
        for row in table {
            try await Municipality(regionID: regionID, labourMarketRegionID: marketIDs[row.marketCode], code: row.code, name: row.name,
                                   centroidLon: row.lon, centroidLat: row.lat, boundary: boundaries[row.code]).create(on: db)
        }
        logger.info("\(table.count) gemeenten geladen (Bron: CBS, Kadaster/PDOK)")

        var position = 0
        func term(_ kind: VocabularyKind, key: String, label: String, summary: String? = nil) async throws {
            try await VocabularyTerm(regionID: regionID, kind: kind, key: key, label: label, summary: summary, position: position).create(on: db)
            position += 1
        }
        for t in seed.strategic_themes { try await term(.strategicTheme, key: t.key, label: t.name, summary: t.summary) }
        for t in seed.knowledge_themes { try await term(.knowledgeTheme, key: Slug.make(t), label: t) }
        for t in seed.target_groups { try await term(.targetGroup, key: Slug.make(t), label: Slug.sentenceCase(t)) }
        for t in seed.care_domains { try await term(.careDomain, key: Slug.make(t), label: t) }
        for t in seed.pillars ?? [] { try await term(.pillar, key: Slug.make(t), label: t) }
        for (i, f) in (seed.region.figures ?? []).enumerated() {
            try await RegionFigure(regionID: regionID, what: f.what, year: f.year, value: f.value, source: f.source, position: i).create(on: db)
        }
        for m in seed.milestones { try await Milestone(regionID: regionID, when: m.when, what: m.what).create(on: db) }

        let history = HistoryWriter(regionID: regionID, author: .system(Seeder.author))
        let codes = Set(table.map(\.code))
        // Labels for the history ("Gehandicaptenzorg", not a key), from what was just stored.
        let names = try await RegionSnapshot.load(region: region, on: db)
        for o in seed.organisations {
            var f = OrganisationFields(name: o.name)
            f.kind = OrganisationKind.parse(o.kind)
            f.careDomains = o.domain.map { [Slug.make($0)] } ?? []
            f.municipalityCode = o.municipality.flatMap { codes.contains($0) ? $0 : nil }
            let org = Organisation(regionID: regionID, fields: f)
            try await org.create(on: db)
            try await history.record(.import, entity: .organisation, id: org.requireID(), old: [:], new: OrganisationSnapshot.make(f, names: names),
                                     fieldOrder: OrganisationSnapshot.fieldOrder, on: db)
        }
        for s in seed.initiatives {
            var f = InitiativeFields(name: s.name)
            f.strategicThemes = s.theme.map { [$0] } ?? []
            f.municipalityCodes = s.municipality.flatMap { codes.contains($0) ? [$0] : nil } ?? []
            f.recordStatus = .concept
            let initiative = Initiative(regionID: regionID, fields: f)
            try await initiative.create(on: db)
            try await history.record(.import, entity: .initiative, id: initiative.requireID(), old: [:], new: InitiativeSnapshot.make(f, names: names),
                                     fieldOrder: InitiativeSnapshot.fieldOrder, on: db)
        }
        logger.info("\(seed.organisations.count) organisaties en \(seed.initiatives.count) initiatieven geladen")
    }
}

/// Reads the CBS geo files shipped in `Resources/geo`.
enum GeoData {
    struct MunicipalityRow { var marketCode: String; var code: String; var name: String; var lon: Double?; var lat: Double? }

    /// Municipality code → GeoJSON geometry text.
    static func boundaries(path: String) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else { return [:] }
        var result: [String: String] = [:]
        for feature in features {
            guard let props = feature["properties"] as? [String: Any], let code = props["statcode"] as? String,
                  let geometry = feature["geometry"] else { continue }
            let geo = try JSONSerialization.data(withJSONObject: geometry)
            result[code] = String(decoding: geo, as: UTF8.self)
        }
        return result
    }

    static func municipalityTable(path: String) throws -> [MunicipalityRow] {
        let rows = try CSV.decode(try String(contentsOfFile: path, encoding: .utf8))
        return rows.dropFirst().filter { $0.count >= 6 }.map {
            MunicipalityRow(marketCode: $0[0], code: $0[2], name: $0[3], lon: Double($0[4]), lat: Double($0[5]))
        }
    }
}
