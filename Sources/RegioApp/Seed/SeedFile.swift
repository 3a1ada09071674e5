import Foundation
import Yams

/// The shape of `Resources/seed/<region>.yaml`: the region's own facts from its public
/// documents. Every attribute the documents do not state is optional here and stays
/// empty in the database.
struct SeedFile: Decodable {
    struct RegionFacts: Decodable {
        var name: String
        var coordinator: String?
        var labour_market_regions: [LabourMarket]
        var figures: [Figure]?
    }
    struct LabourMarket: Decodable { var code: String; var name: String }
    struct Figure: Decodable { var what: String; var year: Int?; var value: Double; var source: String? }
    struct Theme: Decodable { var key: String; var name: String; var summary: String? }
    struct Organisation: Decodable { var name: String; var kind: String?; var domain: String?; var municipality: String? }
    struct Initiative: Decodable { var name: String; var theme: String?; var municipality: String? }
    struct MilestoneFact: Decodable {
        var when: String
        var what: String

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            // YAML reads `2022` as a number and `2021-03` as text: accept both.
            if let year = try? c.decode(Int.self, forKey: .when) { when = String(year) } else { when = try c.decode(String.self, forKey: .when) }
            what = try c.decode(String.self, forKey: .what)
        }
        enum CodingKeys: String, CodingKey { case when, what }
    }

    var region: RegionFacts
    var strategic_themes: [Theme]
    var knowledge_themes: [String]
    var pillars: [String]?
    var target_groups: [String]
    var care_domains: [String]
    var organisations: [Organisation]
    var initiatives: [Initiative]
    var milestones: [MilestoneFact]

    static func load(path: String) throws -> SeedFile {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try YAMLDecoder().decode(SeedFile.self, from: text)
    }
}
