import Fluent
import Foundation

/// A learning region: the tenant every record belongs to.
final class Region: Model, @unchecked Sendable {
    static let schema = "regions"

    @ID(key: .id) var id: UUID?
    /// Short name used in URLs and the `region` parameter, e.g. `utrechtzorg`.
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @OptionalField(key: "coordinator") var coordinator: String?
    /// Bumped by every write to the region's landscape, so that every app instance
    /// knows when its in-memory landscape index is stale.
    @Field(key: "revision") var revision: Int
    /// Bumped with `revision` by writes to the learning offer (modules, routes, skills).
    @Field(key: "offer_revision") var offerRevision: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, slug: String, name: String, coordinator: String?) {
        self.id = id
        self.slug = slug
        self.name = name
        self.coordinator = coordinator
        self.revision = 0
        self.offerRevision = 0
    }
}

/// A CBS/UWV labour-market region (arbeidsmarktregio). Codes change between years, so
/// the key is code and year together.
final class LabourMarketRegion: Model, @unchecked Sendable {
    static let schema = "labour_market_regions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "code") var code: String
    @Field(key: "year") var year: Int
    @Field(key: "name") var name: String
    @Field(key: "position") var position: Int

    init() {}

    init(regionID: UUID, code: String, year: Int, name: String, position: Int) {
        self.$region.id = regionID
        self.code = code
        self.year = year
        self.name = name
        self.position = position
    }
}

/// A CBS municipality (gemeente) with its generalised boundary as GeoJSON geometry.
final class Municipality: Model, @unchecked Sendable {
    static let schema = "municipalities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @OptionalParent(key: "labour_market_region_id") var labourMarketRegion: LabourMarketRegion?
    /// CBS code such as `GM0344`.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @OptionalField(key: "centroid_lon") var centroidLon: Double?
    @OptionalField(key: "centroid_lat") var centroidLat: Double?
    /// GeoJSON geometry (MultiPolygon or Polygon), WGS84.
    @OptionalField(key: "boundary") var boundary: String?

    init() {}

    init(regionID: UUID, labourMarketRegionID: UUID?, code: String, name: String, centroidLon: Double?, centroidLat: Double?, boundary: String?) {
        self.$region.id = regionID
        self.$labourMarketRegion.id = labourMarketRegionID
        self.code = code
        self.name = name
        self.centroidLon = centroidLon
        self.centroidLat = centroidLat
        self.boundary = boundary
    }
}

/// The kinds of controlled vocabulary a region keeps.
enum VocabularyKind: String, Codable, CaseIterable, Sendable {
    case strategicTheme = "strategic_theme"
    case knowledgeTheme = "knowledge_theme"
    case targetGroup = "target_group"
    case careDomain = "care_domain"
    case pillar
    /// Categories of the skills taxonomy (Cliëntzorg, Communicatie …).
    case skillCategory = "skill_category"
}

/// One term of a region's vocabulary: a strategic theme, knowledge theme, target group,
/// care domain or pillar of the learning platform.
final class VocabularyTerm: Model, @unchecked Sendable {
    static let schema = "vocabulary_terms"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "kind") var kind: VocabularyKind
    /// Stable key used in URLs and records (`kandidaatperspectief`, `zij-instromers`).
    @Field(key: "key") var key: String
    @Field(key: "label") var label: String
    @OptionalField(key: "summary") var summary: String?
    @Field(key: "position") var position: Int

    init() {}

    init(regionID: UUID, kind: VocabularyKind, key: String, label: String, summary: String?, position: Int) {
        self.$region.id = regionID
        self.kind = kind
        self.key = key
        self.label = label
        self.summary = summary
        self.position = position
    }
}

/// A milestone on the region's own timeline ("2021-03: zes ontwikkelsessies").
final class Milestone: Model, @unchecked Sendable {
    static let schema = "milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    /// As precise as the source: `2021`, `2021-03`.
    @Field(key: "when") var when: String
    @Field(key: "what") var what: String

    init() {}

    init(regionID: UUID, when: String, what: String) {
        self.$region.id = regionID
        self.when = when
        self.what = what
    }
}

/// A figure of the region with its source ("verwacht personeelstekort 2022: 5617").
final class RegionFigure: Model, @unchecked Sendable {
    static let schema = "region_figures"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "what") var what: String
    @OptionalField(key: "year") var year: Int?
    @Field(key: "value") var value: Double
    @OptionalField(key: "source") var source: String?
    @Field(key: "position") var position: Int

    init() {}

    init(regionID: UUID, what: String, year: Int?, value: Double, source: String?, position: Int) {
        self.$region.id = regionID
        self.what = what
        self.year = year
        self.value = value
        self.source = source
        self.position = position
    }
}
