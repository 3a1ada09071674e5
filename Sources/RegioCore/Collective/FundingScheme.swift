import Foundation

/// A funding scheme (subsidieregeling, fonds) organisations can apply to, with its
/// application deadlines, so that barriers and initiatives can point to money that helps.
public struct FundingSchemeFields: Codable, Equatable, Sendable {
    public var name: String
    /// Who pays: a ministry, a province, a sector fund.
    public var funder: String
    /// The conditions as the scheme states them, in short; the scheme's own text rules.
    public var conditions: String?
    /// Last days to apply, each once, in order.
    public var deadlines: [CalendarDay]
    public var url: String?
    /// Initiatives of the landscape funded by it.
    public var initiativeIDs: [UUID]

    public init(name: String, funder: String, conditions: String? = nil, deadlines: [CalendarDay] = [], url: String? = nil, initiativeIDs: [UUID] = []) {
        self.name = name; self.funder = funder; self.conditions = conditions; self.deadlines = deadlines
        self.url = url; self.initiativeIDs = initiativeIDs
    }

    /// The first deadline on or after `day`: one that falls today can still be met.
    /// nil when every deadline has passed (or none is known).
    public func nextDeadline(onOrAfter day: CalendarDay) -> CalendarDay? {
        // Stored deadlines are sorted, but fields built in code need not be.
        deadlines.filter { $0 >= day }.min()
    }
}

/// A funding scheme as a user sends it (form or API).
public struct FundingSchemeInput: Codable, Equatable, Sendable {
    public var name: String?
    public var funder: String?
    public var conditions: String?
    /// "2026-03-01", one per element.
    public var deadlines: [String]?
    public var url: String?
    public var initiativeIds: [String]?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: FundingSchemeFields) {
        name = f.name; funder = f.funder; conditions = f.conditions; deadlines = f.deadlines.map(\.iso)
        url = f.url; initiativeIds = f.initiativeIDs.map(\.uuidString)
    }
}

extension FundingSchemeFields {
    /// A scheme with more rounds than this is better described by its conditions.
    public static let maxDeadlines = 24

    public static func validate(_ input: FundingSchemeInput, initiativeIDs: Set<UUID>) -> Result<FundingSchemeFields, ValidationFailure> {
        var c = FieldChecker()
        let name = c.text(input.name, field: "name", label: "Naam", required: true, max: Limits.name)
        let funder = c.text(input.funder, field: "funder", label: "Financier", required: true, max: Limits.name)
        let conditions = c.text(input.conditions, field: "conditions", label: "Voorwaarden", max: Limits.description)
        var deadlines = Set<CalendarDay>()
        for (i, raw) in (input.deadlines ?? []).enumerated() {
            if let day = c.day(raw, field: "deadlines[\(i)]", label: "Deadline \(i + 1)") { deadlines.insert(day) }
        }
        if deadlines.count > maxDeadlines {
            c.fail("deadlines", "Hoogstens \(maxDeadlines) deadlines; dit zijn er \(deadlines.count). Beschrijf een regeling met meer rondes bij de voorwaarden.")
        }
        let url = c.url(input.url, field: "url", label: "Webadres")
        let initiatives = c.references(input.initiativeIds, field: "initiativeIds", in: initiativeIDs, what: "initiatief")
        guard c.errors.isEmpty, let name, let funder else { return .failure(ValidationFailure(c.errors)) }
        return .success(FundingSchemeFields(name: name, funder: funder, conditions: conditions, deadlines: deadlines.sorted(),
                                            url: url, initiativeIDs: initiatives))
    }
}
