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
    private let nameText: TextIndex
    private let bodyText: TextIndex
    /// The facets that are plain value lists, numbered; funding end dates are checked
    /// per query because "ends within N months" depends on today.
    private let tables: [LandscapeFacet: FacetTable]
    /// Entry indices in Dutch alphabetical order of name, and each entry's place in it:
    /// sorting by name then never calls the (slow) collator during a request.
    private let byName: [Int]
    private let nameRank: [Int]
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
        // Stems and plain words together: stems find other forms of a word, plain
        // words let a half-typed word find its completions.
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
            let nameTerms = analyzer.terms(f.name), bodyTerms = analyzer.terms(body)
            let text = AnalysedText(name: f.name, body: body, nameTerms: Set(nameTerms.stems + nameTerms.words),
                                    bodyTerms: Set(bodyTerms.stems + bodyTerms.words))
            analysed[e.id] = text
            return text
        }
        self.analysed = analysed
        nameText = TextIndex(documents: texts.map(\.nameTerms))
        bodyText = TextIndex(documents: texts.map(\.bodyTerms))
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
        // Folded names (no case, no accents) in code-point order: the alphabet as Dutch
        // readers expect, without a collator call per comparison.
        let keys = entries.map { DutchText.normalise($0.fields.name) }
        byName = entries.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : entries[a].id.uuidString < entries[b].id.uuidString
        }
        fundingEnd = entries.map { $0.fields.fundingEndDate?.ordinal ?? Int.max }
        var rank = [Int](repeating: 0, count: entries.count)
        for (position, index) in byName.enumerated() { rank[index] = position }
        nameRank = rank
    }

    /// Runs `query` as of `today` (for "funding ends within N months"). With
    /// `paginate: false` every match comes back on one page (exports).
    public func run(_ query: LandscapeQuery, today: CalendarDay, paginate: Bool = true) -> LandscapePage<InitiativeEntry> {
        let (textMatch, scores) = searchText(query.text)

        // Filters as masks over numbered values, in the order of `tableFacets`.
        let chosen: [LandscapeFacet: [String]] = [
            .strategicTheme: Array(query.strategicThemes), .knowledgeTheme: Array(query.knowledgeThemes), .targetGroup: Array(query.targetGroups),
            .kind: query.kinds.map(\.rawValue), .maturity: query.maturities.map(\.rawValue), .organisation: Array(query.organisationIDs),
            .municipality: Array(query.municipalityCodes), .recordStatus: query.recordStatuses.map(\.rawValue),
        ]
        let facetTables = Self.tableFacets.map { tables[$0]! }
        let masks = Self.tableFacets.enumerated().map { n, facet in facetTables[n].mask(chosen[facet] ?? []) }
        var tallies = facetTables.map { [Int](repeating: 0, count: $0.values.count) }
        let fundingSlot = Self.tableFacets.count
        let horizon = query.fundingEndsWithinMonths.map { today.adding(months: $0).ordinal } ?? Int.max
        let filtersFunding = query.fundingEndsWithinMonths != nil
        let horizons = LandscapeQuery.fundingHorizons.map { today.adding(months: $0).ordinal }
        let todayOrdinal = today.ordinal
        var fundingTally = [Int](repeating: 0, count: horizons.count)

        // Each entry counts for a facet when it passes every filter but that facet's own
        // ("disjunctive" counts); it is a match when it passes them all.
        var isMatch = [Bool](repeating: false, count: entries.count)
        var total = 0
        let active = masks.indices.filter { masks[$0] != nil }
        let offsets = facetTables.map(\.offsets), flats = facetTables.map(\.flat)
        for i in entries.indices where textMatch?[i] ?? true {
            var failed = -1, failures = 0
            for n in active {
                let mask = masks[n]!, flat = flats[n]
                var hit = false
                var k = Int(offsets[n][i])
                let stop = Int(offsets[n][i + 1])
                while k < stop { if mask[Int(flat[k])] { hit = true; break }; k += 1 }
                if !hit {
                    failed = n; failures += 1
                    if failures > 1 { break }
                }
            }
            let end = fundingEnd[i]
            if failures <= 1, filtersFunding, !(end >= todayOrdinal && end <= horizon) {
                failed = fundingSlot; failures += 1
            }
            guard failures <= 1 else { continue }
            if failures == 0 { isMatch[i] = true; total += 1 }
            for n in facetTables.indices where failures == 0 || failed == n {
                let flat = flats[n]
                var k = Int(offsets[n][i])
                let stop = Int(offsets[n][i + 1])
                while k < stop { tallies[n][Int(flat[k])] += 1; k += 1 }
            }
            if failures == 0 || failed == fundingSlot, end >= todayOrdinal, end != Int.max {
                for (h, limit) in horizons.enumerated() where end <= limit { fundingTally[h] += 1 }
            }
        }
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

    /// Which entries match every word of `text` (`nil`: no text given) and how well:
    /// a word in the name counts 3, elsewhere 1. Each word matches by its stem, or as a
    /// prefix by itself, so "leer" finds "leercoach" and "leerroute" finds "leerroutes".
    private func searchText(_ text: String) -> (matches: [Bool]?, scores: [Int]) {
        let words = Array(zip(DutchText.searchTerms(text), DutchText.words(text)))
        var scores = [Int](repeating: 0, count: entries.count)
        guard !words.isEmpty else { return (nil, scores) }
        var matches = [Bool](repeating: true, count: entries.count)
        for (stem, word) in words {
            var inName = [Bool](repeating: false, count: entries.count), inBody = inName
            for form in Set([stem, word]) {
                nameText.mark(prefix: form, in: &inName)
                bodyText.mark(prefix: form, in: &inBody)
            }
            for i in entries.indices where matches[i] {
                if !inName[i] && !inBody[i] { matches[i] = false; continue }
                scores[i] += (inName[i] ? 3 : 0) + (inBody[i] ? 1 : 0)
            }
        }
        return (matches, scores)
    }

    /// The matching entries in the order asked for.
    private func ordered(_ isMatch: [Bool], by sort: LandscapeSort, scores: [Int]) -> [Int] {
        switch sort {
        case .name:
            return byName.filter { isMatch[$0] }
        case .nameDescending:
            return byName.reversed().filter { isMatch[$0] }
        default:
            break
        }
        var indices = byName.filter { isMatch[$0] }
        let rank = nameRank
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
