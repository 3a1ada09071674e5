import Foundation

/// Which learning places a list, map or export shows: kinds, municipalities,
/// organisations and a period. Places count when their period shares a day with the
/// asked period; without `from` that period starts today, so past places drop out of
/// view unless someone asks for them with an earlier `from`.
public struct LearningPlaceQuery: Equatable, Sendable {
    public var kinds: Set<LearningPlaceKind> = []
    public var municipalityCodes: Set<String> = []
    public var organisationIDs: Set<UUID> = []
    public var from: CalendarDay?
    public var to: CalendarDay?
    public var page = 1

    public static let pageSize = Limits.pageSizeDefault

    public init() {}

    /// The URL parameter names, shared by the list, the map layer, the CSV export and the API.
    public enum Parameter {
        public static let kind = "kind", municipality = "municipality", organisation = "organisation", from = "from", to = "to", page = "page"
    }

    /// The period asked for: `from` (default today) up to `to` (nil: open-ended).
    public func period(today: CalendarDay) -> (from: CalendarDay, to: CalendarDay?) { (from ?? today, to) }

    /// Whether `f` belongs to the view; `ignoringMunicipality` for the counts per
    /// municipality of a map on which one municipality is chosen.
    public func matches(_ f: LearningPlaceFields, today: CalendarDay, ignoringMunicipality: Bool = false) -> Bool {
        let (start, end) = period(today: today)
        return f.isOpen(from: start, to: end)
            && (kinds.isEmpty || kinds.contains(f.kind))
            && (organisationIDs.isEmpty || organisationIDs.contains(f.organisationID))
            && (ignoringMunicipality || municipalityCodes.isEmpty || municipalityCodes.contains(f.municipalityCode))
    }

    /// Reads a query from URL parameters; unknown values give a Dutch error each, unknown
    /// parameter names are ignored (like the landscape's query).
    public static func parse(_ params: [String: [String]], vocabulary: LearningPlaceVocabulary) -> Result<LearningPlaceQuery, ValidationFailure> {
        var q = LearningPlaceQuery(), c = FieldChecker()
        func values(_ name: String) -> [String] {
            (params[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for raw in values(Parameter.kind) {
            if let k = c.choice(raw, as: LearningPlaceKind.self, field: Parameter.kind, label: "Soort") { q.kinds.insert(k) }
        }
        q.municipalityCodes = Set(c.known(values(Parameter.municipality).map { $0.uppercased() }, in: vocabulary.municipalityCodes,
                                          field: Parameter.municipality, what: "gemeentecode"))
        q.organisationIDs = Set(c.known(values(Parameter.organisation).map { $0.uppercased() }, in: Set(vocabulary.organisationIDs.map(\.uuidString)),
                                        field: Parameter.organisation, what: "organisatie").compactMap(UUID.init(uuidString:)))
        q.from = c.day(values(Parameter.from).last, field: Parameter.from, label: "‘Vanaf’")
        q.to = c.day(values(Parameter.to).last, field: Parameter.to, label: "‘Tot en met’")
        if let from = q.from, let to = q.to, to < from {
            c.fail(Parameter.to, "De periode eindigt (\(to.dutch)) vóór ze begint (\(from.dutch)).")
        }
        q.page = c.integer(values(Parameter.page).last, field: Parameter.page, label: "Het paginanummer", range: 1...100_000) ?? 1
        return c.errors.isEmpty ? .success(q) : .failure(ValidationFailure(c.errors))
    }

    /// The URL parameters of this query, for links that keep the state.
    public var parameters: [(String, String)] {
        var p: [(String, String)] = []
        p += kinds.map(\.rawValue).sorted().map { (Parameter.kind, $0) }
        p += municipalityCodes.sorted().map { (Parameter.municipality, $0) }
        p += organisationIDs.map(\.uuidString).sorted().map { (Parameter.organisation, $0) }
        if let from { p.append((Parameter.from, from.iso)) }
        if let to { p.append((Parameter.to, to.iso)) }
        if page != 1 { p.append((Parameter.page, String(page))) }
        return p
    }

    public var isFiltered: Bool {
        !kinds.isEmpty || !municipalityCodes.isEmpty || !organisationIDs.isEmpty || from != nil || to != nil
    }
}

/// Learning places added up: per municipality, per kind and in all, counting records,
/// places and the learners who can be supervised at once. Pure, so the map, the list
/// and the API add up the same way.
public struct LearningPlaceTally: Equatable, Sendable {
    public struct Count: Equatable, Sendable {
        /// Records (an organisation's offer of one kind in one municipality).
        public var records = 0
        /// Places: the sum of the records' counts.
        public var places = 0
        /// Learners who can start at once: per record the smaller of places and supervision.
        public var supervisedAtOnce = 0

        public init(records: Int = 0, places: Int = 0, supervisedAtOnce: Int = 0) {
            self.records = records; self.places = places; self.supervisedAtOnce = supervisedAtOnce
        }

        mutating func add(_ f: LearningPlaceFields) {
            records += 1; places += f.count; supervisedAtOnce += f.supervisedAtOnce
        }
    }

    public private(set) var total = Count()
    public private(set) var byMunicipality: [String: Count] = [:]
    public private(set) var byKind: [LearningPlaceKind: Count] = [:]

    /// Adds up the places of `places` that are open in `from`…`to` (`to` nil: open-ended).
    public init(_ places: some Sequence<LearningPlaceFields>, from: CalendarDay, to: CalendarDay?) {
        for f in places where f.isOpen(from: from, to: to) {
            total.add(f)
            byMunicipality[f.municipalityCode, default: Count()].add(f)
            byKind[f.kind, default: Count()].add(f)
        }
    }

    /// Open places in `code` (0 where there are none).
    public func places(in code: String) -> Int { byMunicipality[code]?.places ?? 0 }
}
