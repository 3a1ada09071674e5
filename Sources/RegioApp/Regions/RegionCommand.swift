import Fluent
import Foundation
import RegioCore
import Vapor

/// `regio region add --slug gooi --name "Regio Voorbeeld" --municipalities GM0402,GM0406`:
/// adds a region made of CBS municipalities from the national boundary file. The new
/// region gets the national vocabularies (Zorgpact knowledge themes, target groups, care
/// domains); its strategic themes are its own and start empty.
struct RegionCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add")
        var action: String
        @Option(name: "slug", help: "Korte naam in adressen: kleine letters, cijfers en streepjes")
        var slug: String?
        @Option(name: "name", help: "Naam van de regio")
        var name: String?
        @Option(name: "municipalities", help: "CBS-codes, gescheiden door komma's (GM0344,GM0307)")
        var municipalities: String?
    }

    var help: String { "Voegt een regio toe uit de landelijke gemeentebestanden: regio region add --slug … --name … --municipalities GM…,GM…" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add" else { throw CommandFailure("Onbekende actie ‘\(signature.action)’; gebruik: regio region add") }
        let app = context.application
        try await prepareDatabase(app)
        let codes = (signature.municipalities ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
        let region = try await RegionCreator(paths: app.paths).add(slug: signature.slug ?? "", name: signature.name ?? "", municipalityCodes: codes, on: app.db)
        context.console.success("Regio \(region.name) toegevoegd met \(codes.count) gemeenten: /kaart?region=\(region.slug)")
    }
}

/// Makes a region from national data; shared by the command and the tests.
struct RegionCreator {
    let paths: AppPaths

    func add(slug rawSlug: String, name rawName: String, municipalityCodes: [String], on db: any Database) async throws -> Region {
        let slug = rawSlug.trimmingCharacters(in: .whitespaces)
        let name = rawName.trimmingCharacters(in: .whitespaces)
        guard !slug.isEmpty, slug.count <= 40, slug.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw CommandFailure("Geef met --slug een korte naam van kleine letters, cijfers en streepjes (maximaal 40 tekens).")
        }
        guard !name.isEmpty, name.count <= Limits.name else { throw CommandFailure("Geef met --name de naam van de regio.") }
        guard !municipalityCodes.isEmpty else { throw CommandFailure("Geef met --municipalities ten minste één CBS-gemeentecode, zoals GM0344.") }
        if try await Region.query(on: db).filter(\.$slug == slug).first() != nil {
            throw CommandFailure("Er bestaat al een regio ‘\(slug)’.")
        }
        let boundaries = try GeoData.boundaries(path: paths.nationalBoundaries)
        let centroids = try GeoData.centroids(path: paths.nationalCentroids)
        let unknown = municipalityCodes.filter { boundaries[$0] == nil }
        guard unknown.isEmpty else {
            throw CommandFailure("Onbekende gemeentecode(s): \(unknown.joined(separator: ", ")). Gebruik CBS-codes van 2024, zoals GM0344.")
        }
        let seed = try SeedFile.load(path: paths.seedFile)
        let region = Region(slug: slug, name: name, coordinator: nil)
        try await db.transaction { tx in
            try await region.create(on: tx)
            let regionID = try region.requireID()
            for code in Set(municipalityCodes).sorted() {
                let c = centroids[code]
                try await Municipality(regionID: regionID, labourMarketRegionID: nil, code: code, name: c?.name ?? code,
                                       centroidLon: c?.lon, centroidLat: c?.lat, boundary: boundaries[code]).create(on: tx)
            }
            var position = 0
            for (kind, labels) in [(VocabularyKind.knowledgeTheme, seed.knowledge_themes), (.targetGroup, seed.target_groups), (.careDomain, seed.care_domains)] {
                for label in labels {
                    try await VocabularyTerm(regionID: regionID, kind: kind, key: Slug.make(label), label: Slug.sentenceCase(label), summary: nil, position: position).create(on: tx)
                    position += 1
                }
            }
        }
        return region
    }
}

extension GeoData {
    struct Centroid { var name: String; var lon: Double; var lat: Double }

    /// Municipality code → name and centroid, from `gemeente_2024_centroids.csv`.
    static func centroids(path: String) throws -> [String: Centroid] {
        let rows = try CSV.decode(try String(contentsOfFile: path, encoding: .utf8))
        var result: [String: Centroid] = [:]
        for row in rows.dropFirst() where row.count >= 4 {
            if let lon = Double(row[2]), let lat = Double(row[3]) { result[row[0]] = Centroid(name: row[1], lon: lon, lat: lat) }
        }
        return result
    }
}
