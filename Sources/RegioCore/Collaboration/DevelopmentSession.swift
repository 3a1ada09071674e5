import Foundation

/// A development session (ontwikkelsessie): professionals of the region explore a regional
/// question ("how"). Its outcomes are ideas and barriers found; a follow-up is a coalition
/// or an action that refers back to the session.
public struct DevelopmentSessionFields: Codable, Equatable, Sendable {
    public var date: CalendarDay
    public var title: String
    /// Theme keys of the region's vocabulary.
    public var themes: [String]
    /// The regional question the session explored.
    public var question: String
    /// Organisations of the region that took part.
    public var organisationIDs: [UUID]
    /// How many people took part; at least one per organisation.
    public var participantCount: Int
    public var ideas: [String]
    public var barriers: [String]
    public var notes: String?
    public var published: Bool

    public init(date: CalendarDay, title: String, themes: [String] = [], question: String, organisationIDs: [UUID] = [],
                participantCount: Int, ideas: [String] = [], barriers: [String] = [], notes: String? = nil, published: Bool = false) {
        self.date = date; self.title = title; self.themes = themes; self.question = question; self.organisationIDs = organisationIDs
        self.participantCount = participantCount; self.ideas = ideas; self.barriers = barriers; self.notes = notes; self.published = published
    }
}

/// A session as a user sends it (form or API).
public struct DevelopmentSessionInput: Codable, Equatable, Sendable {
    public var date: String?
    public var title: String?
    public var themes: [String]?
    public var question: String?
    public var organisationIds: [String]?
    public var participantCount: String?
    /// One idea or barrier per element; a form's textarea sends one element with a line each.
    public var ideas: [String]?
    public var barriers: [String]?
    public var notes: String?
    public var published: String?

    public init() {}

    public init(_ f: DevelopmentSessionFields) {
        date = f.date.iso; title = f.title; themes = f.themes; question = f.question; organisationIds = f.organisationIDs.map(\.uuidString)
        participantCount = String(f.participantCount); ideas = f.ideas; barriers = f.barriers; notes = f.notes
        published = f.published ? "ja" : "nee"
    }
}

/// What sessions and coalitions may refer to.
public struct CollaborationVocabulary: Sendable {
    public var themes: Set<String>
    public var organisationIDs: Set<UUID>
    public var initiativeIDs: Set<UUID>
    public var sessionIDs: Set<UUID>

    public init(themes: Set<String>, organisationIDs: Set<UUID>, initiativeIDs: Set<UUID> = [], sessionIDs: Set<UUID> = []) {
        self.themes = themes; self.organisationIDs = organisationIDs; self.initiativeIDs = initiativeIDs; self.sessionIDs = sessionIDs
    }
}

extension DevelopmentSessionFields {
    /// A hall full, not a conference: more is most likely a typing error.
    public static let maxParticipants = 2_000

    public static func validate(_ input: DevelopmentSessionInput, vocabulary: CollaborationVocabulary) -> Result<DevelopmentSessionFields, ValidationFailure> {
        var c = FieldChecker()
        let date = c.day(input.date, field: "date", label: "Datum")
        if date == nil && (input.date ?? "").trimmingCharacters(in: .whitespaces).isEmpty { c.fail("date", "Datum is verplicht.") }
        let title = c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name)
        let themes = c.known(input.themes, in: vocabulary.themes, field: "themes", what: "thema")
        let question = c.text(input.question, field: "question", label: "Vraag", required: true, max: Limits.goal)
        let organisations = c.references(input.organisationIds, field: "organisationIds", in: vocabulary.organisationIDs, what: "organisatie")
        let count = c.wholeNumber(input.participantCount, field: "participantCount", label: "Aantal deelnemers", range: 0...maxParticipants)
        if let count, count < organisations.count {
            c.fail("participantCount", "Er deden \(organisations.count) organisaties mee, dus ten minste \(organisations.count) deelnemers; nu staat er \(count).")
        }
        let ideas = c.lines(input.ideas, field: "ideas", label: "Ideeën")
        let barriers = c.lines(input.barriers, field: "barriers", label: "Belemmeringen")
        let notes = c.text(input.notes, field: "notes", label: "Verslag", max: Limits.description)
        let published = c.yesNo(input.published, field: "published", label: "Openbaar") ?? false
        guard c.errors.isEmpty, let date, let title, let question else { return .failure(ValidationFailure(c.errors)) }
        return .success(DevelopmentSessionFields(date: date, title: title, themes: themes, question: question, organisationIDs: organisations,
                                                 participantCount: count ?? organisations.count, ideas: ideas, barriers: barriers,
                                                 notes: notes, published: published))
    }
}
