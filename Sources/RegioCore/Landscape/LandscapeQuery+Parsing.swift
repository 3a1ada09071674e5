import Foundation

extension LandscapeQuery {
    /// The URL parameter names, shared by the overview page, the API and the CSV export.
    public enum Parameter {
        public static let text = "q", theme = "theme", knowledge = "knowledge", group = "group", kind = "kind",
                          maturity = "maturity", organisation = "organisation", municipality = "municipality",
                          fundingEndsWithin = "fundingEndsWithin", status = "status", sort = "sort", page = "page", perPage = "perPage"
        static let all: Set<String> = [text, theme, knowledge, group, kind, maturity, organisation, municipality,
                                       fundingEndsWithin, status, sort, page, perPage]
    }

    /// Reads a query from URL parameters (name → values, in order). Unknown values give
    /// a Dutch error per parameter; unknown parameter names are ignored, so links with
    /// tracking tags keep working.
    public static func parse(_ params: [String: [String]], vocabulary: LandscapeVocabulary) -> Result<LandscapeQuery, ValidationFailure> {
        var q = LandscapeQuery(), c = FieldChecker()
        func values(_ name: String) -> [String] {
            (params[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let text = values(Parameter.text).joined(separator: " ")
        if text.count > 200 { c.fail(Parameter.text, "De zoekvraag is te lang: maximaal 200 tekens.") } else { q.text = text }
        q.strategicThemes = Set(c.known(values(Parameter.theme), in: vocabulary.strategicThemes, field: Parameter.theme, what: "thema"))
        q.knowledgeThemes = Set(c.known(values(Parameter.knowledge), in: vocabulary.knowledgeThemes, field: Parameter.knowledge, what: "kennisthema"))
        q.targetGroups = Set(c.known(values(Parameter.group), in: vocabulary.targetGroups, field: Parameter.group, what: "doelgroep"))
        q.municipalityCodes = Set(c.known(values(Parameter.municipality).map { $0.uppercased() }, in: vocabulary.municipalityCodes,
                                          field: Parameter.municipality, what: "gemeentecode"))
        q.organisationIDs = Set(c.known(values(Parameter.organisation).map { $0.uppercased() },
                                        in: Set(vocabulary.organisationIDs.map(\.uuidString)), field: Parameter.organisation, what: "organisatie"))
        for raw in values(Parameter.kind) {
            if let v = c.choice(raw, as: InitiativeKind.self, field: Parameter.kind, label: "Soort") { q.kinds.insert(v) }
        }
        for raw in values(Parameter.maturity) {
            if let v = c.choice(raw, as: Maturity.self, field: Parameter.maturity, label: "Rijpheid") { q.maturities.insert(v) }
        }
        for raw in values(Parameter.status) {
            if let v = c.choice(raw, as: RecordStatus.self, field: Parameter.status, label: "Status") { q.recordStatuses.insert(v) }
        }
        q.sort = values(Parameter.sort).last.flatMap { c.choice($0, as: LandscapeSort.self, field: Parameter.sort, label: "Sortering") }
        q.fundingEndsWithinMonths = c.integer(values(Parameter.fundingEndsWithin).last, field: Parameter.fundingEndsWithin,
                                              label: "Het aantal maanden", range: 1...120)
        q.page = c.integer(values(Parameter.page).last, field: Parameter.page, label: "Het paginanummer", range: 1...100_000) ?? 1
        q.perPage = c.integer(values(Parameter.perPage).last, field: Parameter.perPage, label: "Het aantal per pagina",
                              range: 1...Limits.pageSizeMax) ?? Limits.pageSizeDefault
        return c.errors.isEmpty ? .success(q) : .failure(ValidationFailure(c.errors))
    }

    /// The URL parameters of this query, for links that keep the state (pagination, facets).
    public var parameters: [(String, String)] {
        var p: [(String, String)] = []
        if !text.isEmpty { p.append((Parameter.text, text)) }
        p += strategicThemes.sorted().map { (Parameter.theme, $0) }
        p += knowledgeThemes.sorted().map { (Parameter.knowledge, $0) }
        p += targetGroups.sorted().map { (Parameter.group, $0) }
        p += kinds.map(\.rawValue).sorted().map { (Parameter.kind, $0) }
        p += maturities.map(\.rawValue).sorted().map { (Parameter.maturity, $0) }
        p += organisationIDs.sorted().map { (Parameter.organisation, $0) }
        p += municipalityCodes.sorted().map { (Parameter.municipality, $0) }
        if let m = fundingEndsWithinMonths { p.append((Parameter.fundingEndsWithin, String(m))) }
        p += recordStatuses.map(\.rawValue).sorted().map { (Parameter.status, $0) }
        if let sort { p.append((Parameter.sort, sort.rawValue)) }
        if page != 1 { p.append((Parameter.page, String(page))) }
        if perPage != Limits.pageSizeDefault { p.append((Parameter.perPage, String(perPage))) }
        return p
    }

    /// Whether any filter is active (text or facet).
    public var isFiltered: Bool {
        !text.isEmpty || !strategicThemes.isEmpty || !knowledgeThemes.isEmpty || !targetGroups.isEmpty || !kinds.isEmpty
            || !maturities.isEmpty || !organisationIDs.isEmpty || !municipalityCodes.isEmpty || fundingEndsWithinMonths != nil
            || !recordStatuses.isEmpty
    }
}

extension FieldChecker {
    mutating func integer(_ value: String?, field: String, label: String, range: ClosedRange<Int>) -> Int? {
        guard let value else { return nil }
        guard let n = Int(value), range.contains(n) else {
            fail(field, "\(label) moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn, niet ‘\(value.prefix(20))’.")
            return nil
        }
        return n
    }
}

/// Percent-encoding of URL query parameters.
public enum QueryString {
    public static func encode(_ params: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#/")
        return params.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// Parses `a=1&b=2&a=3` into name → values; `+` is a space; `name[]` counts as `name`.
    public static func decode(_ query: String?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func clean(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            var name = clean(parts[0])
            if name.hasSuffix("[]") { name.removeLast(2) }
            result[name, default: []].append(parts.count > 1 ? clean(parts[1]) : "")
        }
        return result
    }
}
