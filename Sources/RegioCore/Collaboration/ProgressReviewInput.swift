import Foundation

/// A progress review as a user sends it (form or API), every field optional and untyped.
public struct ProgressReviewInput: Codable, Equatable, Sendable {
    public var date: String?
    /// Per dimension key ("eigenaarschap") its score as text; JSON may send numbers.
    public var scores: [String: String]?
    public var narrative: String?
    public var evidenceLinks: [String]?

    public init() {}

    /// The input of a stored review: what an edit form starts from.
    public init(_ r: ProgressReview) {
        date = r.date.iso
        scores = Dictionary(uniqueKeysWithValues: r.scores.map { ($0.key.rawValue, String($0.value)) })
        narrative = r.narrative; evidenceLinks = r.evidenceLinks
    }

    enum CodingKeys: String, CodingKey { case date, scores, narrative, evidenceLinks }

    struct ScoreKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        narrative = try c.decodeIfPresent(String.self, forKey: .narrative)
        evidenceLinks = try c.decodeIfPresent([String].self, forKey: .evidenceLinks)
        if c.contains(.scores), try !c.decodeNil(forKey: .scores) {
            let s = try c.nestedContainer(keyedBy: ScoreKey.self, forKey: .scores)
            var scores: [String: String] = [:]
            for key in s.allKeys { scores[key.stringValue] = try s.numberOrText(key) ?? "" }
            self.scores = scores
        }
    }
}

extension ProgressReview {
    /// Checks `input`; a review is of a conversation that took place, so its date is not after `today`.
    public static func validate(_ input: ProgressReviewInput, today: CalendarDay) -> Result<ProgressReview, ValidationFailure> {
        var c = FieldChecker()
        let date = c.day(input.date, field: "date", label: "Datum")
        if let date, date > today { c.fail("date", "Datum \(date.dutch) ligt in de toekomst; leg een Volgspot vast nadat het gesprek is gevoerd.") }
        if date == nil && (input.date ?? "").trimmingCharacters(in: .whitespaces).isEmpty { c.fail("date", "Datum is verplicht.") }
        let given = input.scores ?? [:]
        for key in given.keys.sorted() where ReviewDimension(rawValue: key) == nil {
            let allowed = ReviewDimension.allCases.map(\.rawValue).joined(separator: ", ")
            c.fail("scores", "Onbekende dimensie ‘\(key.prefix(60))’. Kies uit: \(allowed).")
        }
        var scores: [ReviewDimension: Int] = [:]
        for d in ReviewDimension.allCases {
            scores[d] = c.wholeNumber(given[d.rawValue], field: "scores.\(d.rawValue)", label: "Score voor \(d.dutchLabel)", range: Self.scores)
        }
        let narrative = c.text(input.narrative, field: "narrative", label: "Toelichting", required: true, max: Limits.goal)
        let links = c.links(input.evidenceLinks, field: "evidenceLinks", counted: "links als onderbouwing")
        guard c.errors.isEmpty, let date, let narrative else { return .failure(ValidationFailure(c.errors)) }
        return .success(ProgressReview(date: date, scores: scores, narrative: narrative, evidenceLinks: links))
    }
}

extension FieldChecker {
    /// At most `Limits.links` web addresses, each once, in the order given; empty ones are
    /// skipped, a wrong one is reported at its place (`field[i]`). `counted` names them in
    /// the message about too many ("links als onderbouwing").
    mutating func links(_ values: [String]?, field: String, counted: String = "links") -> [String] {
        let raw = values ?? []
        guard raw.count <= Limits.links else {
            fail(field, "Hoogstens \(Limits.links) \(counted); dit zijn er \(raw.count).")
            return []
        }
        var links: [String] = []
        for (i, value) in raw.enumerated() {
            if let link = evidenceLink(value, field: "\(field)[\(i)]"), !links.contains(link) { links.append(link) }
        }
        return links
    }

    /// An http or https address with a host name ("https://voorbeeld.nl/verslag.pdf"); empty is skipped.
    mutating func evidenceLink(_ value: String, field: String) -> String? {
        guard let link = url(value, field: field, label: "Link") else { return nil }
        guard let host = URLComponents(string: link)?.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else {
            fail(field, "Link ‘\(link.prefix(60))’ is geen geldig webadres; gebruik een volledig adres zoals https://voorbeeld.nl/verslag.")
            return nil
        }
        return link
    }
}
