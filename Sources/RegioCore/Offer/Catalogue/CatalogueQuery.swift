import Foundation

/// Study load bands of the catalogue's hours facet.
public enum HoursBand: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case upTo8 = "tot-8", upTo40 = "9-40", upTo200 = "41-200", over200 = "meer-dan-200"

    public init(hours: Int) {
        switch hours {
        case ...8: self = .upTo8
        case ...40: self = .upTo40
        case ...200: self = .upTo200
        default: self = .over200
        }
    }

    public var dutchLabel: String {
        switch self {
        case .upTo8: "Tot en met 8 uur"
        case .upTo40: "9 tot en met 40 uur"
        case .upTo200: "41 tot en met 200 uur"
        case .over200: "Meer dan 200 uur"
        }
    }
}

/// What the learner pays, in bands.
public enum CostBand: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case free = "gratis", upTo250 = "tot-250", upTo1000 = "250-1000", over1000 = "meer-dan-1000", unknown = "onbekend"

    public init(cents: Int?) {
        switch cents {
        case nil: self = .unknown
        case 0?: self = .free
        case let c? where c <= 25_000: self = .upTo250
        case let c? where c <= 100_000: self = .upTo1000
        default: self = .over1000
        }
    }

    public var dutchLabel: String {
        switch self {
        case .free: "Gratis voor de deelnemer"
        case .upTo250: "Tot en met € 250"
        case .upTo1000: "€ 250 tot en met € 1.000"
        case .over1000: "Meer dan € 1.000"
        case .unknown: "Prijs onbekend"
        }
    }
}

public enum CatalogueSort: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case relevance = "relevantie", title = "titel", hours = "uren", cost = "kosten"

    public var dutchLabel: String {
        switch self {
        case .relevance: "Best passend"
        case .title: "Titel (A–Z)"
        case .hours: "Minste uren eerst"
        case .cost: "Goedkoopste eerst"
        }
    }
}

/// The catalogue's facets: what a user can narrow the offer by.
public enum CatalogueFacet: String, CaseIterable, Sendable {
    case kind = "soort", skill = "vaardigheid", role = "beroep", form = "vorm", hours = "uren", municipality = "gemeente",
         cost = "kosten", targetGroup = "doelgroep", organisation = "aanbieder"
}

/// A search of the regional offer: words, facet values (several values of one facet
/// mean "any of these"), sort and page.
public struct CatalogueQuery: Equatable, Sendable {
    public var text = ""
    public var chosen: [CatalogueFacet: Set<String>] = [:]
    public var sort: CatalogueSort?
    public var page = 1
    public var perPage = Limits.pageSizeDefault

    public init() {}

    /// Relevance when words are given, else title.
    public var effectiveSort: CatalogueSort { sort ?? (text.isEmpty ? .title : .relevance) }

    public var isFiltered: Bool { !text.isEmpty || chosen.values.contains { !$0.isEmpty } }

    public static let textParameter = "q", sortParameter = "sort", pageParameter = "page", perPageParameter = "perPage"

    /// What facet values may be: the region's skills, roles, places, target groups and
    /// organisations; the fixed lists for the others.
    public struct Vocabulary: Sendable {
        public var skills: Set<String>, roles: Set<String>, municipalities: Set<String>, targetGroups: Set<String>, organisations: Set<String>
        public init(skills: Set<String>, roles: Set<String>, municipalities: Set<String>, targetGroups: Set<String>, organisations: Set<UUID>) {
            self.skills = skills; self.roles = roles; self.municipalities = municipalities; self.targetGroups = targetGroups
            self.organisations = Set(organisations.map(\.uuidString))
        }

        func allowed(_ facet: CatalogueFacet) -> Set<String> {
            switch facet {
            case .kind: Set(CatalogueEntry.Kind.allCases.map(\.rawValue))
            case .skill: skills
            case .role: roles
            case .form: Set(LearningForm.allCases.map(\.rawValue))
            case .hours: Set(HoursBand.allCases.map(\.rawValue))
            case .municipality: municipalities
            case .cost: Set(CostBand.allCases.map(\.rawValue))
            case .targetGroup: targetGroups
            case .organisation: organisations
            }
        }
    }

    /// Reads URL parameters; every unknown value is a Dutch error naming its parameter.
    public static func parse(_ params: [String: [String]], vocabulary: Vocabulary) -> Result<CatalogueQuery, ValidationFailure> {
        var q = CatalogueQuery(), c = FieldChecker()
        func values(_ name: String) -> [String] {
            (params[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let text = values(textParameter).joined(separator: " ")
        if text.count > 200 { c.fail(textParameter, "De zoekvraag is te lang: maximaal 200 tekens.") } else { q.text = text }
        for facet in CatalogueFacet.allCases {
            var raw = values(facet.rawValue)
            if facet == .municipality || facet == .organisation { raw = raw.map { $0.uppercased() } }
            let known = c.known(raw, in: vocabulary.allowed(facet), field: facet.rawValue, what: facet.dutchNoun)
            if !known.isEmpty { q.chosen[facet] = Set(known) }
        }
        q.sort = values(sortParameter).last.flatMap { c.choice($0, as: CatalogueSort.self, field: sortParameter, label: "Sortering") }
        q.page = c.integer(values(pageParameter).last, field: pageParameter, label: "Het paginanummer", range: 1...100_000) ?? 1
        q.perPage = c.integer(values(perPageParameter).last, field: perPageParameter, label: "Het aantal per pagina", range: 1...Limits.pageSizeMax) ?? Limits.pageSizeDefault
        return c.errors.isEmpty ? .success(q) : .failure(ValidationFailure(c.errors))
    }

    /// The URL parameters of this query, for links that keep the state.
    public var parameters: [(String, String)] {
        var p: [(String, String)] = []
        if !text.isEmpty { p.append((Self.textParameter, text)) }
        for facet in CatalogueFacet.allCases { p += (chosen[facet] ?? []).sorted().map { (facet.rawValue, $0) } }
        if let sort { p.append((Self.sortParameter, sort.rawValue)) }
        if page != 1 { p.append((Self.pageParameter, String(page))) }
        if perPage != Limits.pageSizeDefault { p.append((Self.perPageParameter, String(perPage))) }
        return p
    }
}

extension CatalogueFacet {
    /// How an error names one value: "onbekende vaardigheid".
    var dutchNoun: String {
        switch self {
        case .kind: "soort (module of leerroute)"
        case .skill: "vaardigheid"
        case .role: "beroep"
        case .form: "vorm"
        case .hours: "urenklasse"
        case .municipality: "gemeentecode"
        case .cost: "kostenklasse"
        case .targetGroup: "doelgroep"
        case .organisation: "aanbieder"
        }
    }
}
