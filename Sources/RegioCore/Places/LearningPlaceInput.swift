import Foundation

/// Learning places as a user sends them (form, API or CSV row): every field optional and
/// untyped, so that one validation pass reports every problem in Dutch.
public struct LearningPlaceInput: Codable, Equatable, Sendable {
    public var organisationId: String?
    public var municipalityCode: String?
    public var kind: String?
    /// A whole number; JSON may send it as a number or as text.
    public var count: String?
    public var startDate: String?
    public var endDate: String?
    public var supervisionCapacity: String?
    public var roleKey: String?
    public var description: String?

    public init() {}

    /// The input of `fields`, so that a partial update can be laid over it.
    public init(_ f: LearningPlaceFields) {
        organisationId = f.organisationID.uuidString; municipalityCode = f.municipalityCode; kind = f.kind.rawValue
        count = String(f.count); startDate = f.startDate.iso; endDate = f.endDate.iso
        supervisionCapacity = String(f.supervisionCapacity); roleKey = f.roleKey; description = f.description
    }

    enum CodingKeys: String, CodingKey {
        case organisationId, municipalityCode, kind, count, startDate, endDate, supervisionCapacity, roleKey, description
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organisationId = try c.decodeIfPresent(String.self, forKey: .organisationId)
        municipalityCode = try c.decodeIfPresent(String.self, forKey: .municipalityCode)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        count = try c.numberOrText(.count)
        startDate = try c.decodeIfPresent(String.self, forKey: .startDate)
        endDate = try c.decodeIfPresent(String.self, forKey: .endDate)
        supervisionCapacity = try c.numberOrText(.supervisionCapacity)
        roleKey = try c.decodeIfPresent(String.self, forKey: .roleKey)
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }

    /// `self` with every field that `patch` sets replaced (JSON merge-patch style).
    public func merging(_ patch: LearningPlaceInput) -> LearningPlaceInput {
        var r = self
        if let v = patch.organisationId { r.organisationId = v }
        if let v = patch.municipalityCode { r.municipalityCode = v }
        if let v = patch.kind { r.kind = v }
        if let v = patch.count { r.count = v }
        if let v = patch.startDate { r.startDate = v }
        if let v = patch.endDate { r.endDate = v }
        if let v = patch.supervisionCapacity { r.supervisionCapacity = v }
        if let v = patch.roleKey { r.roleKey = v }
        if let v = patch.description { r.description = v }
        return r
    }
}

/// What a learning place may refer to: the region's organisations, municipalities and roles.
public struct LearningPlaceVocabulary: Sendable {
    public var organisationIDs: Set<UUID>
    public var municipalityCodes: Set<String>
    public var roleKeys: Set<String>

    public init(organisationIDs: Set<UUID>, municipalityCodes: Set<String>, roleKeys: Set<String>) {
        self.organisationIDs = organisationIDs; self.municipalityCodes = municipalityCodes; self.roleKeys = roleKeys
    }
}

extension LearningPlaceFields {
    /// More places or supervisors in one record than this is a typing error, not an offer.
    public static let maxCount = 999
    /// A BBL track takes up to four years; a longer period is most likely a wrong year.
    public static let maxPeriodMonths = 72

    public static func validate(_ input: LearningPlaceInput, vocabulary: LearningPlaceVocabulary) -> Result<LearningPlaceFields, ValidationFailure> {
        var c = FieldChecker()
        var organisation: UUID?
        if let raw = input.organisationId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let id = UUID(uuidString: raw), vocabulary.organisationIDs.contains(id) { organisation = id }
            else { c.fail("organisationId", "Onbekende organisatie ‘\(raw.prefix(60))’: kies een organisatie uit de regio.") }
        } else {
            c.fail("organisationId", "Organisatie is verplicht.")
        }
        var municipality: String?
        if let raw = input.municipalityCode?.trimmingCharacters(in: .whitespaces).uppercased(), !raw.isEmpty {
            if vocabulary.municipalityCodes.contains(raw) { municipality = raw }
            else { c.fail("municipalityCode", "Onbekende gemeentecode ‘\(raw.prefix(20))’: kies een gemeente van deze regio (een CBS-code zoals GM0344).") }
        } else {
            c.fail("municipalityCode", "Gemeente is verplicht.")
        }
        let kind = c.choice(input.kind, as: LearningPlaceKind.self, field: "kind", label: "Soort", required: true)
        let count = c.wholeNumber(input.count, field: "count", label: "Aantal plekken", range: 1...maxCount)
        let capacity = c.wholeNumber(input.supervisionCapacity, field: "supervisionCapacity", label: "Begeleidingscapaciteit", range: 0...maxCount)
        let start = c.day(input.startDate, field: "startDate", label: "Startdatum")
        let end = c.day(input.endDate, field: "endDate", label: "Einddatum")
        if start == nil && (input.startDate ?? "").trimmingCharacters(in: .whitespaces).isEmpty { c.fail("startDate", "Startdatum is verplicht.") }
        if end == nil && (input.endDate ?? "").trimmingCharacters(in: .whitespaces).isEmpty { c.fail("endDate", "Einddatum is verplicht.") }
        if let start, let end {
            if end < start {
                c.fail("endDate", "Einddatum ligt vóór de startdatum: \(end.dutch) is eerder dan \(start.dutch).")
            } else if end > start.adding(months: maxPeriodMonths) {
                c.fail("endDate", "Einddatum ligt meer dan \(maxPeriodMonths / 12) jaar na de startdatum (\(start.dutch) tot \(end.dutch)); klopt het jaartal?")
            }
        }
        var role: String?
        if let raw = input.roleKey?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if vocabulary.roleKeys.contains(raw) { role = raw } else { c.fail("roleKey", "Onbekend beroep ‘\(raw.prefix(60))’: kies een beroep uit de lijst van beroepen.") }
        }
        let description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.goal)
        guard c.errors.isEmpty, let organisation, let municipality, let kind, let count, let capacity, let start, let end else {
            return .failure(ValidationFailure(c.errors))
        }
        return .success(LearningPlaceFields(organisationID: organisation, municipalityCode: municipality, kind: kind, count: count,
                                            startDate: start, endDate: end, supervisionCapacity: capacity, roleKey: role, description: description))
    }
}

extension FieldChecker {
    /// A required whole number within `range` ("12", not "12,5", "twaalf" or "-1").
    mutating func wholeNumber(_ value: String?, field: String, label: String, range: ClosedRange<Int>) -> Int? {
        let raw = value?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !raw.isEmpty else { fail(field, "\(label) is verplicht."); return nil }
        guard let n = Int(raw), range.contains(n) else {
            fail(field, "\(label) moet een heel getal zijn van \(range.lowerBound) tot en met \(range.upperBound), niet ‘\(raw.prefix(20))’.")
            return nil
        }
        return n
    }
}
