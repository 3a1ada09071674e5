import Foundation

/// A public answer written from a solved barrier ("Mag een leerling in de BBL …?"): the
/// question as people ask it, the answer, and what the rules actually say, so that the
/// room in the rules becomes known beyond the organisations that found it.
public struct FactsheetFields: Codable, Equatable, Sendable {
    /// The solved barrier it was written from.
    public var barrierID: UUID
    /// The question, used as the title.
    public var question: String
    public var answer: String
    /// What the rules say, in plain words; nil when the answer is an approach rather than a rule.
    public var rulesSay: String?
    /// Sources: the rule's text, a guide, an example.
    public var links: [String]
    public var published: Bool

    public init(barrierID: UUID, question: String, answer: String, rulesSay: String? = nil, links: [String] = [], published: Bool = false) {
        self.barrierID = barrierID; self.question = question; self.answer = answer; self.rulesSay = rulesSay
        self.links = links; self.published = published
    }
}

/// A factsheet as a user sends it (form or API).
public struct FactsheetInput: Codable, Equatable, Sendable {
    public var barrierId: String?
    public var question: String?
    public var answer: String?
    public var rulesSay: String?
    public var links: [String]?
    public var published: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: FactsheetFields) {
        barrierId = f.barrierID.uuidString; question = f.question; answer = f.answer; rulesSay = f.rulesSay
        links = f.links; published = f.published ? "ja" : "nee"
    }
}

extension FactsheetFields {
    /// Checks `input`; `barrierStatuses` holds the status of every barrier of the region,
    /// because only a solved barrier has an answer to share.
    public static func validate(_ input: FactsheetInput, barrierStatuses: [UUID: BarrierStatus]) -> Result<FactsheetFields, ValidationFailure> {
        var c = FieldChecker()
        let barrier = c.requiredReference(input.barrierId, field: "barrierId", in: Set(barrierStatuses.keys), what: "belemmering", label: "Belemmering")
        if let barrier, let status = barrierStatuses[barrier], !status.isSolved {
            c.fail("barrierId", "Deze belemmering staat op ‘\(status.dutchLabel)’. Een factsheet geeft het antwoord op een opgeloste belemmering: zet haar eerst op opgelost en beschrijf de oplossing.")
        }
        let question = c.text(input.question, field: "question", label: "Vraag", required: true, max: Limits.name)
        let answer = c.text(input.answer, field: "answer", label: "Antwoord", required: true, max: Limits.description)
        let rulesSay = c.text(input.rulesSay, field: "rulesSay", label: "Wat de regels zeggen", max: Limits.description)
        let links = c.links(input.links, field: "links")
        let published = c.yesNo(input.published, field: "published", label: "Openbaar") ?? false
        guard c.errors.isEmpty, let barrier, let question, let answer else { return .failure(ValidationFailure(c.errors)) }
        return .success(FactsheetFields(barrierID: barrier, question: question, answer: answer, rulesSay: rulesSay, links: links, published: published))
    }
}
