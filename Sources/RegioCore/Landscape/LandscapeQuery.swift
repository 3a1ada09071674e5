/// How the landscape overview is sorted.
public enum LandscapeSort: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case relevance, name, nameDescending = "-name", updated = "-updated", fundingEnd = "funding-end", start = "-start"

    public var dutchLabel: String {
        switch self {
        case .relevance: "Beste treffer"
        case .name: "Naam (A–Z)"
        case .nameDescending: "Naam (Z–A)"
        case .updated: "Laatst gewijzigd"
        case .fundingEnd: "Financiering loopt eerst af"
        case .start: "Nieuwste start"
        }
    }
}

/// A question to the landscape: free text, facet filters, sort and page. The same value
/// drives the HTML overview (from the URL), the JSON API and the CSV export, so all
/// three always agree.
public struct LandscapeQuery: Equatable, Sendable {
    public var text: String = ""
    public var strategicThemes: Set<String> = []
    public var knowledgeThemes: Set<String> = []
    public var targetGroups: Set<String> = []
    public var kinds: Set<InitiativeKind> = []
    public var maturities: Set<Maturity> = []
    public var organisationIDs: Set<String> = []
    public var municipalityCodes: Set<String> = []
    /// Only initiatives whose funding ends within this many months from `today`.
    public var fundingEndsWithinMonths: Int?
    public var recordStatuses: Set<RecordStatus> = []
    public var sort: LandscapeSort?
    public var page = 1
    public var perPage = Limits.pageSizeDefault

    public init() {}

    /// The choices offered for "funding ends within N months", each counted as a facet value.
    public static let fundingHorizons = [3, 6, 12, 24]

    /// The sort in force: relevance when searching, otherwise by name.
    public var effectiveSort: LandscapeSort {
        if let sort, sort != .relevance || !text.isEmpty { return sort }
        return text.isEmpty ? .name : .relevance
    }
}

/// One facet of the overview with the count of matches per value. Counts are
/// "disjunctive": each facet is counted with every other filter applied but its own, so
/// a user sees how many results each extra choice would give.
public struct FacetCounts: Equatable, Sendable {
    public var counts: [String: Int] = [:]
    /// Of the offer catalogue's municipality counts: how many entries are offered anywhere
    /// (they are in every municipality's count).
    public var anywhere = 0
    public init(counts: [String: Int] = [:]) { self.counts = counts }
    public subscript(_ value: String) -> Int { counts[value] ?? 0 }
}

/// The answer to a `LandscapeQuery`.
public struct LandscapePage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var page: Int
    public var perPage: Int
    public var facets: [LandscapeFacet: FacetCounts]

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

/// The facets of the landscape overview.
public enum LandscapeFacet: String, CaseIterable, Sendable {
    case strategicTheme = "theme", knowledgeTheme = "knowledge", targetGroup = "group", kind, maturity,
         organisation = "organisation", municipality, fundingEnding = "funding", recordStatus = "status"
}
