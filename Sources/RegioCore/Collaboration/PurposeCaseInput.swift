import Foundation

/// A stakeholder as a user sends it.
public struct StakeholderInput: Codable, Equatable, Sendable {
    public var name: String?
    public var organisationId: String?
    public init(name: String?, organisationId: String? = nil) { self.name = name; self.organisationId = organisationId }
}

/// One row of a purpose case as a user sends it: whose it is (the stakeholder's name),
/// in or out, what, and how much of which unit.
public struct ValueItemInput: Codable, Equatable, Sendable {
    public var stakeholder: String?
    /// "inbreng" or "opbrengst".
    public var direction: String?
    public var description: String?
    /// "euro", "uren", "plekken", "fte" or the user's own unit; empty for an item only described.
    public var unit: String?
    /// "1.250,50", "12,5" or empty when unknown; JSON may send a number.
    public var amount: String?

    public init(stakeholder: String?, direction: String?, description: String?, unit: String? = nil, amount: String? = nil) {
        self.stakeholder = stakeholder; self.direction = direction; self.description = description; self.unit = unit; self.amount = amount
    }

    enum CodingKeys: String, CodingKey { case stakeholder, direction, description, unit, amount }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stakeholder = try c.decodeIfPresent(String.self, forKey: .stakeholder)
        direction = try c.decodeIfPresent(String.self, forKey: .direction)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        amount = try c.numberOrText(.amount)
    }
}

/// A purpose case as a user sends it (form or API): stakeholders, and the items that name
/// them, every field optional and untyped so that one validation pass reports every problem.
public struct PurposeCaseInput: Codable, Equatable, Sendable {
    public var purpose: String?
    public var stakeholders: [StakeholderInput]?
    public var items: [ValueItemInput]?

    public init() {}

    /// The input of a stored purpose case: what an edit form starts from, so that
    /// validating it gives the same purpose case back.
    public init(_ p: PurposeCase) {
        purpose = p.purpose
        stakeholders = p.stakeholders.map { StakeholderInput(name: $0.name, organisationId: $0.organisationID?.uuidString) }
        items = p.stakeholders.flatMap { s in
            s.items.map { ValueItemInput(stakeholder: s.name, direction: $0.direction.rawValue, description: $0.description,
                                         unit: $0.unit?.key, amount: $0.amount?.description) }
        }
    }
}

extension PurposeCase {
    /// More parties than this is a network, not a coalition's value model.
    public static let maxStakeholders = 30
    /// Rows over all stakeholders; enough for a detailed case, small enough for one page.
    public static let maxItems = 200
    /// The largest amount of one row, of any unit: a hundred million.
    public static let maxAmount = Amount(whole: 100_000_000)

    /// Checks `input`; `organisationIDs` are the region's organisations a stakeholder may be.
    public static func validate(_ input: PurposeCaseInput, organisationIDs: Set<UUID>) -> Result<PurposeCase, ValidationFailure> {
        var c = FieldChecker()
        let purpose = c.text(input.purpose, field: "purpose", label: "Doel", max: Limits.goal)
        let stakeholderInputs = input.stakeholders ?? [], itemInputs = input.items ?? []
        var stakeholders: [Stakeholder] = []
        var indexByName: [String: Int] = [:]
        if stakeholderInputs.count > maxStakeholders {
            c.fail("stakeholders", "Een purpose case heeft hoogstens \(maxStakeholders) belanghebbenden; dit zijn er \(stakeholderInputs.count).")
        } else {
            for (i, s) in stakeholderInputs.enumerated() {
                guard let name = c.text(s.name, field: "stakeholders[\(i)].name", label: "Naam van de belanghebbende", required: true, max: Limits.shortText) else { continue }
                let key = name.lowercased()
                guard indexByName[key] == nil else { c.fail("stakeholders[\(i)].name", "‘\(name)’ staat al bij de belanghebbenden."); continue }
                let organisation = c.organisation(s.organisationId, field: "stakeholders[\(i)].organisationId", in: organisationIDs)
                indexByName[key] = stakeholders.count
                stakeholders.append(Stakeholder(name: name, organisationID: organisation))
            }
        }
        if itemInputs.count > maxItems {
            c.fail("items", "Een purpose case heeft hoogstens \(maxItems) regels inbreng en opbrengst; dit zijn er \(itemInputs.count).")
        } else {
            for (i, item) in itemInputs.enumerated() {
                guard let (owner, valid) = c.valueItem(item, field: "items[\(i)]", stakeholders: indexByName) else { continue }
                stakeholders[owner].items.append(valid)
            }
        }
        return c.errors.isEmpty ? .success(PurposeCase(purpose: purpose, stakeholders: stakeholders)) : .failure(ValidationFailure(c.errors))
    }
}

extension FieldChecker {
    /// One purpose case row: the index of its stakeholder and the item, or nil (errors noted).
    mutating func valueItem(_ input: ValueItemInput, field: String, stakeholders: [String: Int]) -> (Int, ValueItem)? {
        var owner: Int?
        if let name = text(input.stakeholder, field: "\(field).stakeholder", label: "Belanghebbende", max: Limits.shortText) {
            owner = stakeholders[name.lowercased()]
            if owner == nil { fail("\(field).stakeholder", "Onbekende belanghebbende ‘\(name.prefix(60))’: voeg die eerst toe bij de belanghebbenden.") }
        } else {
            fail("\(field).stakeholder", "Kies bij welke belanghebbende deze regel hoort.")
        }
        let direction = choice(input.direction, as: ValueDirection.self, field: "\(field).direction", label: "Inbreng of opbrengst", required: true)
        let description = text(input.description, field: "\(field).description", label: "Omschrijving", required: true, max: Limits.shortText)
        let unit = text(input.unit, field: "\(field).unit", label: "Eenheid", max: ValueUnit.maxLength).flatMap { ValueUnit($0) }
        let amount = self.amount(input.amount, field: "\(field).amount")
        if amount != nil && unit == nil {
            fail("\(field).unit", "Kies een eenheid bij het bedrag: euro, uren, plekken, fte of een eigen eenheid.")
        }
        guard let owner, let direction, let description else { return nil }
        return (owner, ValueItem(direction, description, unit: unit, amount: amount))
    }

    /// An optional amount of at most `PurposeCase.maxAmount`; empty is nil (unknown).
    mutating func amount(_ value: String?, field: String) -> Amount? {
        let whenNegative = "zet wat een partij inlegt bij inbreng en wat zij terugkrijgt bij opbrengst, beide als positief getal."
        guard let amount = decimal(value, field: field, label: "Bedrag", examples: "1250 of 1.250,50", whenNegative: whenNegative) else { return nil }
        guard amount <= PurposeCase.maxAmount else {
            let shown = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(30)
            fail(field, "Bedrag ‘\(shown)’ is te groot: hoogstens \(PurposeCase.maxAmount.dutch(fixedDecimals: false)) per regel.")
            return nil
        }
        return amount
    }
}
