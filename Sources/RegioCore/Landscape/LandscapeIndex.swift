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
    private let nameTerms: [Set<String>]
    private let bodyTerms: [Set<String>]

    public init(entries: [InitiativeEntry], regionMunicipalities: Set<String>) {
        self.entries = entries
        self.regionMunicipalities = regionMunicipalities
        // Stems and plain words together: stems find other forms of a word, plain
        // words let a half-typed word find its completions.
        nameTerms = entries.map { Set(DutchText.tokens($0.fields.name) + DutchText.words($0.fields.name)) }
        bodyTerms = entries.map { e in
            let f = e.fields
            let text = ([f.goal, f.description, f.fundingScheme].compactMap { $0 } + f.strategicThemes + f.knowledgeThemes
                + f.targetGroups + e.organisationNames).joined(separator: " ")
            return Set(DutchText.tokens(text) + DutchText.words(text))
        }
    }

    /// Runs `query` as of `today` (for "funding ends within N months"). With
    /// `paginate: false` every match comes back on one page (exports).
    public func run(_ query: LandscapeQuery, today: CalendarDay, paginate: Bool = true) -> LandscapePage<InitiativeEntry> {
        // Each query word matches by its stem or, as a prefix, by itself.
        let terms = zip(DutchText.searchTerms(query.text), DutchText.words(query.text)).map { [$0, $1] }
        var scores = [Int](repeating: 0, count: entries.count)
        var textMatch = [Bool](repeating: true, count: entries.count)
        if !terms.isEmpty {
            for i in entries.indices {
                var score = 0
                for term in terms {
                    let inName = term.contains { Self.matches($0, nameTerms[i]) }, inBody = term.contains { Self.matches($0, bodyTerms[i]) }
                    if !inName && !inBody { textMatch[i] = false; break }
                    score += (inName ? 3 : 0) + (inBody ? 1 : 0)
                }
                scores[i] = score
            }
        }
        let horizon = query.fundingEndsWithinMonths.map { today.adding(months: $0) }

        // Which facet filters each entry passes; an entry counts for a facet when it
        // passes all other filters.
        var matching: [Int] = []
        var facets: [LandscapeFacet: FacetCounts] = [:]
        for facet in LandscapeFacet.allCases { facets[facet] = FacetCounts() }
        for i in entries.indices where textMatch[i] {
            let f = entries[i].fields
            let places = f.wholeRegion ? regionMunicipalities : Set(f.municipalityCodes)
            let orgs = Set(f.participants.map { $0.organisationID.uuidString })
            let fundingEnding = f.fundingEndDate.map { end in end >= today && (horizon.map { end <= $0 } ?? true) } ?? false
            let pass: [LandscapeFacet: Bool] = [
                .strategicTheme: query.strategicThemes.isEmpty || !query.strategicThemes.isDisjoint(with: f.strategicThemes),
                .knowledgeTheme: query.knowledgeThemes.isEmpty || !query.knowledgeThemes.isDisjoint(with: f.knowledgeThemes),
                .targetGroup: query.targetGroups.isEmpty || !query.targetGroups.isDisjoint(with: f.targetGroups),
                .kind: query.kinds.isEmpty || f.kind.map { query.kinds.contains($0) } == true,
                .maturity: query.maturities.isEmpty || f.maturity.map { query.maturities.contains($0) } == true,
                .organisation: query.organisationIDs.isEmpty || !query.organisationIDs.isDisjoint(with: orgs),
                .municipality: query.municipalityCodes.isEmpty || !query.municipalityCodes.isDisjoint(with: places),
                .fundingEnding: horizon == nil || fundingEnding,
                .recordStatus: query.recordStatuses.isEmpty || query.recordStatuses.contains(f.recordStatus),
            ]
            let failed = pass.filter { !$0.value }.map(\.key)
            if failed.isEmpty { matching.append(i) }
            guard failed.count <= 1 else { continue }
            func count(_ facet: LandscapeFacet, _ values: some Sequence<String>) {
                guard failed.isEmpty || failed == [facet] else { return }
                for v in values { facets[facet]!.counts[v, default: 0] += 1 }
            }
            count(.strategicTheme, f.strategicThemes)
            count(.knowledgeTheme, f.knowledgeThemes)
            count(.targetGroup, f.targetGroups)
            count(.kind, f.kind.map { [$0.rawValue] } ?? [])
            count(.maturity, f.maturity.map { [$0.rawValue] } ?? [])
            count(.organisation, orgs)
            count(.municipality, places)
            count(.fundingEnding, LandscapeQuery.fundingHorizons.filter { months in
                f.fundingEndDate.map { $0 >= today && $0 <= today.adding(months: months) } ?? false
            }.map(String.init))
            count(.recordStatus, [f.recordStatus.rawValue])
        }

        sort(&matching, by: query.effectiveSort, scores: scores)
        guard paginate else {
            return LandscapePage(items: matching.map { entries[$0] }, total: matching.count, page: 1, perPage: max(matching.count, 1), facets: facets)
        }
        let perPage = min(max(query.perPage, 1), Limits.pageSizeMax)
        let pageCount = max(1, (matching.count + perPage - 1) / perPage)
        let page = min(max(query.page, 1), pageCount)
        let slice = matching.dropFirst((page - 1) * perPage).prefix(perPage)
        return LandscapePage(items: slice.map { entries[$0] }, total: matching.count, page: page, perPage: perPage, facets: facets)
    }

    /// A query term matches a document term that equals it or starts with it, so that
    /// "leerrout" (from "leerroute") also finds "leerroutes" and half-typed words work.
    static func matches(_ term: String, _ terms: Set<String>) -> Bool {
        if terms.contains(term) { return true }
        return terms.contains { $0.hasPrefix(term) }
    }

    private func sort(_ indices: inout [Int], by sort: LandscapeSort, scores: [Int]) {
        let nameOrder: (Int, Int) -> Bool = { a, b in
            let c = self.entries[a].fields.name.compare(self.entries[b].fields.name, options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_NL"))
            return c == .orderedSame ? self.entries[a].id.uuidString < self.entries[b].id.uuidString : c == .orderedAscending
        }
        switch sort {
        case .relevance:
            indices.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : nameOrder($0, $1) }
        case .name:
            indices.sort(by: nameOrder)
        case .nameDescending:
            indices.sort { nameOrder($1, $0) }
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
        }
    }
}
