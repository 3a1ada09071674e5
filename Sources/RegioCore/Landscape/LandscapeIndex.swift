import Foundation

/// What the index needs to know about one initiative.
public struct InitiativeEntry: Sendable {
    public var id: UUID
    public var fields: InitiativeFields
    public var updatedAt: Date
    /// Names of participating organisations, so a search on "Amerpoort" finds its initiatives.
    public var organisationNames: [String]

    public init(id: UUID, fields: InitiativeFields, updatedAt: Date, organisationNames: [String] = []) {
        self.id = id
        self.fields = fields
        self.updatedAt = updatedAt
        self.organisationNames = organisationNames
    }
}

/// An in-memory, immutable index over a region's (non-deleted) initiatives: Dutch
/// full-text search, facet filters with counts, sort and pagination. Thousands of
/// initiatives fit in a few megabytes and are filtered in well under a millisecond,
/// which makes the same code fast on SQLite and PostgreSQL alike.
public struct LandscapeIndex: Sendable {
    public let entries: [InitiativeEntry]
    /// Municipality codes of the region: a whole-region initiative acts in each of them.
    public let regionMunicipalities: Set<String>
    private let text: RankedText
    /// The facets that are plain value lists, numbered; funding end dates are checked
    /// per query because "ends within N months" depends on today.
    private let tables: [LandscapeFacet: FacetTable]
    /// Entries in Dutch alphabetical order of name.
    private let alphabetical: AlphabeticalOrder
    /// Funding end dates as day numbers (`Int.max`: unknown), for the hot loop.
    private let fundingEnd: [Int]

    static let tableFacets: [LandscapeFacet] = [.strategicTheme, .knowledgeTheme, .targetGroup, .kind, .maturity, .organisation, .municipality, .recordStatus]

    /// The analysed text of each entry, kept so that the next index (after a write)
    /// analyses only the entries that changed.
    private let analysed: [UUID: AnalysedText]

    struct AnalysedText: Sendable {
        var name: String
        var body: String
        var nameTerms: Set<String>
        var bodyTerms: Set<String>
    }

    /// Builds the index; entries whose text is unchanged since `previous` reuse its analysis.
    public init(entries: [InitiativeEntry], regionMunicipalities: Set<String>, previous: LandscapeIndex? = nil) {
        self.entries = entries
        self.regionMunicipalities = regionMunicipalities
        var analyzer = DutchText.Analyzer()
        var analysed: [UUID: AnalysedText] = [:]
        analysed.reserveCapacity(entries.count)
        let texts = entries.map { e -> AnalysedText in
            let f = e.fields
            let body = ([f.goal, f.description, f.fundingScheme].compactMap { $0 } + f.strategicThemes + f.knowledgeThemes
                + f.targetGroups + e.organisationNames).joined(separator: " ")
            if let old = previous?.analysed[e.id], old.name == f.name, old.body == body {
                analysed[e.id] = old
                return old
            }
            let text = AnalysedText(name: f.name, body: body, nameTerms: RankedText.terms(f.name, analyzer: &analyzer),
                                    bodyTerms: RankedText.terms(body, analyzer: &analyzer))
            analysed[e.id] = text
            return text
        }
        self.analysed = analysed
        text = RankedText(names: texts.map(\.nameTerms), bodies: texts.map(\.bodyTerms))
        var tables: [LandscapeFacet: FacetTable] = [:]
        for facet in Self.tableFacets { tables[facet] = FacetTable() }
        for e in entries {
            let f = e.fields
            tables[.strategicTheme]!.append(f.strategicThemes)
            tables[.knowledgeTheme]!.append(f.knowledgeThemes)
            tables[.targetGroup]!.append(f.targetGroups)
            tables[.kind]!.append(f.kind.map { [$0.rawValue] } ?? [])
            tables[.maturity]!.append(f.maturity.map { [$0.rawValue] } ?? [])
            tables[.organisation]!.append(Set(f.participants.map { $0.organisationID.uuidString }))
            tables[.municipality]!.append(f.wholeRegion ? regionMunicipalities : Set(f.municipalityCodes))
            tables[.recordStatus]!.append([f.recordStatus.rawValue])
        }
        self.tables = tables
        alphabetical = AlphabeticalOrder(names: entries.map(\.fields.name), ids: entries.map(\.id))
        fundingEnd = entries.map { $0.fields.fundingEndDate?.ordinal ?? Int.max }
    }

    /// Runs `query` as of `today` (for "funding ends within N months"). With
    /// `paginate: false` every match comes back on one page (exports).
    public func run(_ query: LandscapeQuery, today: CalendarDay, paginate: Bool = true) -> LandscapePage<InitiativeEntry> {
        let (textMatch, scores) = text.search(query.text)

        // Filters as masks over numbered values, in the order of `tableFacets`.
        let chosen: [LandscapeFacet: [String]] = [
            .strategicTheme: Array(query.strategicThemes), .knowledgeTheme: Array(query.knowledgeThemes), .targetGroup: Array(query.targetGroups),
            .kind: query.kinds.map(\.rawValue), .maturity: query.maturities.map(\.rawValue), .organisation: Array(query.organisationIDs),
            .municipality: Array(query.municipalityCodes), .recordStatus: query.recordStatuses.map(\.rawValue),
        ]
        let facetTables = Self.tableFacets.map { tables[$0]! }
        let masks = Self.tableFacets.enumerated().map { n, facet in facetTables[n].mask(chosen[facet] ?? []) }
        let horizon = query.fundingEndsWithinMonths.map { today.adding(months: $0).ordinal } ?? Int.max
        let filtersFunding = query.fundingEndsWithinMonths != nil
        let horizons = LandscapeQuery.fundingHorizons.map { today.adding(months: $0).ordinal }
        let todayOrdinal = today.ordinal
        var fundingTally = [Int](repeating: 0, count: horizons.count)

        let fundingEnd = self.fundingEnd
        let scan = FacetScan(count: entries.count, tables: facetTables, masks: masks, textMatch: textMatch,
                             extra: { i in !filtersFunding || (fundingEnd[i] >= todayOrdinal && fundingEnd[i] <= horizon) },
                             countExtra: { i in
                                 let end = fundingEnd[i]
                                 guard end >= todayOrdinal, end != Int.max else { return }
                                 for (h, limit) in horizons.enumerated() where end <= limit { fundingTally[h] += 1 }
                             })
        let isMatch = scan.isMatch, total = scan.total, tallies = scan.tallies
        var facets: [LandscapeFacet: FacetCounts] = [:]
        for (n, facet) in Self.tableFacets.enumerated() { facets[facet] = facetTables[n].counts(tallies[n]) }
        facets[.fundingEnding] = FacetCounts(counts: Dictionary(uniqueKeysWithValues: zip(LandscapeQuery.fundingHorizons.map(String.init), fundingTally).filter { $0.1 > 0 }))

        let matching = ordered(isMatch, by: query.effectiveSort, scores: scores)
        guard paginate else {
            return LandscapePage(items: matching.map { entries[$0] }, total: total, page: 1, perPage: max(total, 1), facets: facets)
        }
        let perPage = min(max(query.perPage, 1), Limits.pageSizeMax)
        let pageCount = max(1, (total + perPage - 1) / perPage)
        let page = min(max(query.page, 1), pageCount)
        let slice = matching.dropFirst((page - 1) * perPage).prefix(perPage)
        return LandscapePage(items: slice.map { entries[$0] }, total: total, page: page, perPage: perPage, facets: facets)
    }

    /// The matching entries in the order asked for.
    private func ordered(_ isMatch: [Bool], by sort: LandscapeSort, scores: [Int]) -> [Int] {
        switch sort {
        case .name:
            return alphabetical.order.filter { isMatch[$0] }
        case .nameDescending:
            return alphabetical.order.reversed().filter { isMatch[$0] }
        default:
            break
        }
        var indices = alphabetical.order.filter { isMatch[$0] }
        let rank = alphabetical.rank
        let nameOrder: (Int, Int) -> Bool = { rank[$0] < rank[$1] }
        switch sort {
        case .relevance:
            indices.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : nameOrder($0, $1) }
        case .updated:
            indices.sort { entries[$0].updatedAt != entries[$1].updatedAt ? entries[$0].updatedAt > entries[$1].updatedAt : nameOrder($0, $1) }
        case .fundingEnd:
            // Known end dates first, soonest first; unknown ones last.
            indices.sort {
                switch (entries[$0].fields.fundingEndDate, entries[$1].fields.fundingEndDate) {
                case let (a?, b?) where a != b: a < b
                case (_?, nil): true
                case (nil, _?): false
                default: nameOrder($0, $1)
                }
            }
        case .start:
            indices.sort {
                switch (entries[$0].fields.startDate, entries[$1].fields.startDate) {
                case let (a?, b?) where a != b: a > b
                case (_?, nil): true
                case (nil, _?): false
                default: nameOrder($0, $1)
                }
            }
        case .name, .nameDescending:
            break
        }
        return indices
    }
}
