import Foundation

/// An organisation taking part in an initiative, as sent by a user.
public struct ParticipantInput: Codable, Equatable, Sendable {
    public var organisationId: String
    public var role: String
    public init(organisationId: String, role: String) {
        self.organisationId = organisationId
        self.role = role
    }
}

/// An initiative as a user sends it (form or API): every field optional and untyped,
/// so that one validation pass can report every problem in Dutch.
public struct InitiativeInput: Codable, Equatable, Sendable {
    public var name: String?
    public var kind: String?
    public var goal: String?
    public var description: String?
    public var strategicThemes: [String]?
    public var knowledgeThemes: [String]?
    public var targetGroups: [String]?
    public var wholeRegion: Bool?
    public var municipalityCodes: [String]?
    public var participants: [ParticipantInput]?
    public var maturity: String?
    public var fundingScheme: String?
    public var fundingEndDate: String?
    public var startDate: String?
    public var links: [String]?
    public var contactName: String?
    public var contactEmail: String?
    public var recordStatus: String?

    public init() {}

    /// The input of `fields`, so that a partial update can be laid over it.
    public init(_ f: InitiativeFields) {
        name = f.name; kind = f.kind?.rawValue; goal = f.goal; description = f.description
        strategicThemes = f.strategicThemes; knowledgeThemes = f.knowledgeThemes; targetGroups = f.targetGroups
        wholeRegion = f.wholeRegion; municipalityCodes = f.municipalityCodes
        participants = f.participants.map { ParticipantInput(organisationId: $0.organisationID.uuidString, role: $0.role.rawValue) }
        maturity = f.maturity?.rawValue; fundingScheme = f.fundingScheme
        fundingEndDate = f.fundingEndDate?.iso; startDate = f.startDate?.iso; links = f.links
        contactName = f.contactName; contactEmail = f.contactEmail; recordStatus = f.recordStatus.rawValue
    }

    /// `self` with every field that `patch` sets replaced (JSON merge-patch style).
    public func merging(_ patch: InitiativeInput) -> InitiativeInput {
        var r = self
        if let v = patch.name { r.name = v }
        if let v = patch.kind { r.kind = v }
        if let v = patch.goal { r.goal = v }
        if let v = patch.description { r.description = v }
        if let v = patch.strategicThemes { r.strategicThemes = v }
        if let v = patch.knowledgeThemes { r.knowledgeThemes = v }
        if let v = patch.targetGroups { r.targetGroups = v }
        if let v = patch.wholeRegion { r.wholeRegion = v }
        if let v = patch.municipalityCodes { r.municipalityCodes = v }
        if let v = patch.participants { r.participants = v }
        if let v = patch.maturity { r.maturity = v }
        if let v = patch.fundingScheme { r.fundingScheme = v }
        if let v = patch.fundingEndDate { r.fundingEndDate = v }
        if let v = patch.startDate { r.startDate = v }
        if let v = patch.links { r.links = v }
        if let v = patch.contactName { r.contactName = v }
        if let v = patch.contactEmail { r.contactEmail = v }
        if let v = patch.recordStatus { r.recordStatus = v }
        return r
    }
}

/// An organisation's part in an initiative, validated.
public struct Participant: Codable, Hashable, Sendable {
    public var organisationID: UUID
    public var role: ParticipationRole
    public init(organisationID: UUID, role: ParticipationRole) {
        self.organisationID = organisationID
        self.role = role
    }
}

/// A validated initiative: what is stored. Optional fields the seed or the user did not
/// give stay `nil` ("nog aan te vullen"); nothing is ever guessed.
public struct InitiativeFields: Codable, Equatable, Sendable {
    public var name: String
    public var kind: InitiativeKind?
    public var goal: String?
    public var description: String?
    public var strategicThemes: [String] = []
    public var knowledgeThemes: [String] = []
    public var targetGroups: [String] = []
    /// The initiative acts in the whole region; when false, `municipalityCodes` says where
    /// (both empty means: not known yet).
    public var wholeRegion = false
    public var municipalityCodes: [String] = []
    public var participants: [Participant] = []
    public var maturity: Maturity?
    public var fundingScheme: String?
    public var fundingEndDate: CalendarDay?
    public var startDate: CalendarDay?
    public var links: [String] = []
    public var contactName: String?
    public var contactEmail: String?
    public var recordStatus: RecordStatus = .concept

    public init(name: String) { self.name = name }

    /// Checks `input` against the region's vocabulary; returns the fields or every problem.
    public static func validate(_ input: InitiativeInput, vocabulary: LandscapeVocabulary) -> Result<InitiativeFields, ValidationFailure> {
        var c = FieldChecker()
        let name = c.text(input.name, field: "name", label: "Naam", required: true, max: Limits.name)
        var f = InitiativeFields(name: name ?? "")
        f.kind = c.choice(input.kind, as: InitiativeKind.self, field: "kind", label: "Soort")
        f.goal = c.text(input.goal, field: "goal", label: "Doel", max: Limits.goal)
        f.description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description)
        f.strategicThemes = c.known(input.strategicThemes, in: vocabulary.strategicThemes, field: "strategicThemes", what: "strategisch thema")
        f.knowledgeThemes = c.known(input.knowledgeThemes, in: vocabulary.knowledgeThemes, field: "knowledgeThemes", what: "kennisthema")
        f.targetGroups = c.known(input.targetGroups, in: vocabulary.targetGroups, field: "targetGroups", what: "doelgroep")
        f.wholeRegion = input.wholeRegion ?? false
        let codes = (input.municipalityCodes ?? []).map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        f.municipalityCodes = c.known(codes, in: vocabulary.municipalityCodes, field: "municipalityCodes", what: "gemeentecode (verwacht een CBS-code van deze regio, zoals GM0344)")
        if f.wholeRegion { f.municipalityCodes = [] }

        var seenOrganisations = Set<UUID>()
        for (i, p) in (input.participants ?? []).enumerated() {
            let field = "participants[\(i)]"
            guard let id = UUID(uuidString: p.organisationId.trimmingCharacters(in: .whitespaces)), vocabulary.organisationIDs.contains(id) else {
                c.fail(field, "Onbekende organisatie ‘\(p.organisationId.prefix(60))’.")
                continue
            }
            guard let role = c.choice(p.role, as: ParticipationRole.self, field: field, label: "Rol", required: true) else { continue }
            guard seenOrganisations.insert(id).inserted else {
                c.fail(field, "Deze organisatie staat al bij de deelnemers.")
                continue
            }
            f.participants.append(Participant(organisationID: id, role: role))
        }
        if f.participants.count > Limits.participants {
            c.fail("participants", "Te veel deelnemende organisaties: maximaal \(Limits.participants).")
        }

        f.maturity = c.choice(input.maturity, as: Maturity.self, field: "maturity", label: "Rijpheid")
        f.fundingScheme = c.text(input.fundingScheme, field: "fundingScheme", label: "Financiering", max: Limits.shortText)
        f.startDate = c.day(input.startDate, field: "startDate", label: "Startdatum")
        f.fundingEndDate = c.day(input.fundingEndDate, field: "fundingEndDate", label: "Einddatum financiering")
        if let start = f.startDate, let end = f.fundingEndDate, end < start {
            c.fail("fundingEndDate", "De einddatum van de financiering (\(end.dutch)) ligt vóór de startdatum (\(start.dutch)).")
        }
        let links = (input.links ?? []).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if links.count > Limits.links { c.fail("links", "Te veel links: maximaal \(Limits.links).") }
        f.links = links.prefix(Limits.links).enumerated().compactMap { c.url($1, field: "links", label: "Link \($0 + 1)") }
        f.contactName = c.text(input.contactName, field: "contactName", label: "Contactpersoon", max: Limits.shortText)
        f.contactEmail = c.email(input.contactEmail, field: "contactEmail")
        f.recordStatus = c.choice(input.recordStatus, as: RecordStatus.self, field: "recordStatus", label: "Status") ?? .concept
        return c.errors.isEmpty ? .success(f) : .failure(ValidationFailure(c.errors))
    }
}
