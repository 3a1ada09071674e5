import Foundation

/// The answer to a `CatalogueQuery`: one page of entries, the total, and per facet
/// how many entries each value would give.
public struct CataloguePage: Sendable {
    public var items: [CatalogueEntry]
    public var total: Int
    public var page: Int
    public var perPage: Int
    public var facets: [CatalogueFacet: FacetCounts]

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

/// The regional offer, modules and routes together, held in memory for search: words,
/// facets with counts, sort and pagination in one pass over flat arrays, so a search of
/// a hundred thousand entries costs milliseconds on SQLite and PostgreSQL alike.
public struct OfferCatalogue: Sendable {
    public let entries: [CatalogueEntry]
    private let text: RankedText
    /// One table per facet, in the order of `CatalogueFacet.allCases`.
    private let tables: [FacetTable]
    private let alphabetical: AlphabeticalOrder
    /// Entries by hours, and by learner cost (unknown last), ties alphabetical: a sorted
    /// result is then a filter of these, never a sort during a request.
    private let byHours: [Int]
    private let byCost: [Int]

    /// The municipality value of entries that are not tied to a place: they match any
    /// municipality a user picks.
    static let anywhere = "*"

    public init(entries: [CatalogueEntry]) {
        self.entries = entries
        var analyzer = DutchText.Analyzer()
        var names: [Set<String>] = [], bodies: [Set<String>] = []
        names.reserveCapacity(entries.count); bodies.reserveCapacity(entries.count)
        for e in entries {
            names.append(RankedText.terms(e.title, analyzer: &analyzer))
            bodies.append(RankedText.terms(e.body, analyzer: &analyzer))
        }
        text = RankedText(names: names, bodies: bodies)
        var tables = CatalogueFacet.allCases.map { _ in FacetTable() }
        for e in entries {
            for (n, facet) in CatalogueFacet.allCases.enumerated() { tables[n].append(Self.values(of: e, for: facet)) }
        }
        self.tables = tables
        let alphabetical = AlphabeticalOrder(names: entries.map(\.title), ids: entries.map(\.id))
        self.alphabetical = alphabetical
        let hours = entries.map(\.hours), cost = entries.map { $0.learnerCostCents ?? Int.max }, rank = alphabetical.rank
        byHours = entries.indices.sorted { hours[$0] != hours[$1] ? hours[$0] < hours[$1] : rank[$0] < rank[$1] }
        byCost = entries.indices.sorted { cost[$0] != cost[$1] ? cost[$0] < cost[$1] : rank[$0] < rank[$1] }
    }

    static func values(of e: CatalogueEntry, for facet: CatalogueFacet) -> [String] {
        switch facet {
        case .kind: [e.kind.rawValue]
        case .skill: e.skills
        case .role: e.roles
        case .form: e.forms.map(\.rawValue)
        case .hours: [HoursBand(hours: e.hours).rawValue]
        case .municipality: e.municipalityCodes.isEmpty ? [anywhere] : e.municipalityCodes
        case .cost: [CostBand(cents: e.learnerCostCents).rawValue]
        case .targetGroup: e.targetGroups
        case .organisation: e.organisationIDs.map(\.uuidString)
        }
    }

    /// Runs `query`. With `paginate: false` every match comes back on one page (exports).
    public func search(_ query: CatalogueQuery, paginate: Bool = true) -> CataloguePage {
        let (textMatch, scores) = text.search(query.text)
        let masks = CatalogueFacet.allCases.enumerated().map { n, facet -> [Bool]? in
            var chosen = query.chosen[facet] ?? []
            if facet == .municipality, !chosen.isEmpty { chosen.insert(Self.anywhere) }
            return tables[n].mask(chosen)
        }
        let scan = FacetScan(count: entries.count, tables: tables, masks: masks, textMatch: textMatch)
        var facets: [CatalogueFacet: FacetCounts] = [:]
        for (n, facet) in CatalogueFacet.allCases.enumerated() {
            var counts = tables[n].counts(scan.tallies[n])
            if facet == .municipality {
                // An entry offered anywhere is found in every municipality a user picks.
                let anywhere = counts.counts.removeValue(forKey: Self.anywhere) ?? 0
                if anywhere > 0 { for code in counts.counts.keys { counts.counts[code]! += anywhere } }
                counts.anywhere = anywhere
            }
            facets[facet] = counts
        }
        let matching = ordered(scan.isMatch, by: query.effectiveSort, scores: scores)
        guard paginate else {
            return CataloguePage(items: matching.map { entries[$0] }, total: scan.total, page: 1, perPage: max(scan.total, 1), facets: facets)
        }
        let perPage = min(max(query.perPage, 1), Limits.pageSizeMax)
        let pageCount = max(1, (scan.total + perPage - 1) / perPage)
        let page = min(max(query.page, 1), pageCount)
        let slice = matching.dropFirst((page - 1) * perPage).prefix(perPage)
        return CataloguePage(items: slice.map { entries[$0] }, total: scan.total, page: page, perPage: perPage, facets: facets)
    }

    private func ordered(_ isMatch: [Bool], by sort: CatalogueSort, scores: [Int]) -> [Int] {
        switch sort {
        case .title: return alphabetical.order.filter { isMatch[$0] }
        case .hours: return byHours.filter { isMatch[$0] }
        case .cost: return byCost.filter { isMatch[$0] }
        case .relevance:
            // Scores are small whole numbers: buckets, highest first, alphabetical within.
            var buckets: [[Int]] = []
            for i in alphabetical.order where isMatch[i] {
                let score = scores[i]
                while buckets.count <= score { buckets.append([]) }
                buckets[score].append(i)
            }
            return buckets.reversed().flatMap { $0 }
        }
    }
}
