import Foundation

/// Where a barrier comes from.
public enum BarrierCategory: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case regulation = "regelgeving", funding = "financiering", organisation = "organisatie",
         education = "onderwijs", employment = "arbeidsvoorwaarden"

    public var dutchLabel: String {
        switch self {
        case .regulation: "Regelgeving"
        case .funding: "Financiering"
        case .organisation: "Organisatie"
        case .education: "Onderwijs"
        case .employment: "Arbeidsvoorwaarden"
        }
    }
}

/// Where a barrier stands. Two ways of solving it are told apart, because "the rules
/// allowed it after all" is the answer other organisations most need to hear.
public enum BarrierStatus: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case open
    case solvedWithinRules = "opgelost-binnen-de-regels"
    case solvedOtherwise = "opgelost-andere-aanpak"
    /// Raised with whoever makes the rule (a ministry, a fund, a collective agreement).
    case escalated = "geescaleerd"

    public var dutchLabel: String {
        switch self {
        case .open: "Open"
        case .solvedWithinRules: "Opgelost binnen de regels"
        case .solvedOtherwise: "Opgelost met een andere aanpak"
        case .escalated: "Geëscaleerd"
        }
    }

    /// Solved either way: then a solution is written down and a factsheet may follow.
    public var isSolved: Bool { self == .solvedWithinRules || self == .solvedOtherwise }
}

/// A barrier (belemmering) organisations of the region ran into: a rule, a funding gap,
/// an arrangement that stands in the way of learning and working, with how it was
/// solved, so that the next organisation finds the answer instead of the wall.
public struct BarrierFields: Codable, Equatable, Sendable {
    public var title: String
    public var description: String
    public var category: BarrierCategory
    /// Organisations of the region that met it.
    public var organisationIDs: [UUID]
    public var status: BarrierStatus
    /// How it was solved; always there when the status is solved.
    public var solution: String?
    /// The rules involved, as people name them ("Wet BIG, art. 36", "cao VVT"), one each.
    public var relatedRules: [String]
    /// Funding schemes that helped, or could.
    public var fundingSchemeIDs: [UUID]
    /// Coalitions working on it.
    public var coalitionIDs: [UUID]
    public var published: Bool

    public init(title: String, description: String, category: BarrierCategory, organisationIDs: [UUID] = [], status: BarrierStatus = .open,
                solution: String? = nil, relatedRules: [String] = [], fundingSchemeIDs: [UUID] = [], coalitionIDs: [UUID] = [], published: Bool = false) {
        self.title = title; self.description = description; self.category = category; self.organisationIDs = organisationIDs
        self.status = status; self.solution = solution; self.relatedRules = relatedRules; self.fundingSchemeIDs = fundingSchemeIDs
        self.coalitionIDs = coalitionIDs; self.published = published
    }
}

/// A stored barrier: its id and its fields.
public struct Barrier: Identifiable, Equatable, Sendable {
    public let id: UUID
    public var fields: BarrierFields

    public init(id: UUID, fields: BarrierFields) { self.id = id; self.fields = fields }
}

/// A barrier as a user sends it (form or API), every field optional and untyped.
public struct BarrierInput: Codable, Equatable, Sendable {
    public var title: String?
    public var description: String?
    public var category: String?
    public var organisationIds: [String]?
    /// Empty means "open".
    public var status: String?
    public var solution: String?
    /// One rule per element; a form's textarea sends one element with a line each.
    public var relatedRules: [String]?
    public var fundingSchemeIds: [String]?
    public var coalitionIds: [String]?
    public var published: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: BarrierFields) {
        title = f.title; description = f.description; category = f.category.rawValue; organisationIds = f.organisationIDs.map(\.uuidString)
        status = f.status.rawValue; solution = f.solution; relatedRules = f.relatedRules
        fundingSchemeIds = f.fundingSchemeIDs.map(\.uuidString); coalitionIds = f.coalitionIDs.map(\.uuidString)
        published = f.published ? "ja" : "nee"
    }
}

/// What a barrier may refer to.
public struct BarrierVocabulary: Sendable {
    public var organisationIDs: Set<UUID>
    public var fundingSchemeIDs: Set<UUID>
    public var coalitionIDs: Set<UUID>

    public init(organisationIDs: Set<UUID>, fundingSchemeIDs: Set<UUID> = [], coalitionIDs: Set<UUID> = []) {
        self.organisationIDs = organisationIDs; self.fundingSchemeIDs = fundingSchemeIDs; self.coalitionIDs = coalitionIDs
    }
}

extension BarrierFields {
    public static func validate(_ input: BarrierInput, vocabulary: BarrierVocabulary) -> Result<BarrierFields, ValidationFailure> {
        var c = FieldChecker()
        let title = c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name)
        let description = c.text(input.description, field: "description", label: "Beschrijving", required: true, max: Limits.description)
        let category = c.choice(input.category, as: BarrierCategory.self, field: "category", label: "Soort belemmering", required: true)
        let organisations = c.references(input.organisationIds, field: "organisationIds", in: vocabulary.organisationIDs, what: "organisatie")
        let status = c.choice(input.status, as: BarrierStatus.self, field: "status", label: "Status") ?? .open
        let solution = c.text(input.solution, field: "solution", label: "Oplossing", max: Limits.description)
        if status.isSolved && solution == nil && c.errors.allSatisfy({ $0.field != "solution" }) {
            c.fail("solution", "Beschrijf de oplossing: bij de status ‘\(status.dutchLabel)’ hoort wat er is gedaan, zodat anderen het kunnen overnemen.")
        }
        let rules = c.lines(input.relatedRules, field: "relatedRules", label: "Betrokken regels", maxLength: Limits.shortText)
        let schemes = c.references(input.fundingSchemeIds, field: "fundingSchemeIds", in: vocabulary.fundingSchemeIDs, what: "regeling")
        let coalitions = c.references(input.coalitionIds, field: "coalitionIds", in: vocabulary.coalitionIDs, what: "coalitie")
        let published = c.yesNo(input.published, field: "published", label: "Openbaar") ?? false
        guard c.errors.isEmpty, let title, let description, let category else { return .failure(ValidationFailure(c.errors)) }
        return .success(BarrierFields(title: title, description: description, category: category, organisationIDs: organisations,
                                      status: status, solution: solution, relatedRules: rules, fundingSchemeIDs: schemes,
                                      coalitionIDs: coalitions, published: published))
    }
}

/// A change of a barrier's status, for its history. Every change is allowed — a barrier
/// solved by a workaround may come back when the workaround ends — but each is recorded
/// with its Dutch description.
public struct BarrierStatusChange: Equatable, Sendable {
    public let from: BarrierStatus
    public let to: BarrierStatus

    /// nil when the status stays the same: nothing to record.
    public init?(from: BarrierStatus, to: BarrierStatus) {
        guard from != to else { return nil }
        self.from = from; self.to = to
    }

    /// "van Open naar Opgelost binnen de regels".
    public var dutch: String { "van \(from.dutchLabel) naar \(to.dutchLabel)" }

    /// A solved barrier that is no longer solved: factsheets written from it may no
    /// longer hold and should be looked at again.
    public var reopensSolved: Bool { from.isSolved && !to.isSolved }
}
