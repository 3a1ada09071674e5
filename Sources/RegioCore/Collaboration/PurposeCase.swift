import Foundation

/// Which way value flows between a stakeholder and the coalition.
public enum ValueDirection: String, Codable, CaseIterable, Sendable, DutchLabelled {
    /// What the stakeholder puts in (inbreng): money, hours, places, people.
    case contribution = "inbreng"
    /// What the stakeholder gets out (opbrengst): savings, staff, places filled, reputation.
    case benefit = "opbrengst"

    public var dutchLabel: String { self == .contribution ? "Inbreng" : "Opbrengst" }
}

/// One thing a stakeholder puts in or gets out.
///
/// Three shapes: an amount with a unit ("€ 12.000", "40 uur"); a unit without an amount
/// yet — a *missing value*, counted and reported, never read as zero; or no unit and no
/// amount — a non-financial item only described ("betere naam als werkgever").
public struct ValueItem: Codable, Equatable, Sendable {
    public var direction: ValueDirection
    public var description: String
    /// nil for an item that is only described.
    public var unit: ValueUnit?
    /// nil when unknown (with a unit) or not expressed in a number (without one).
    public var amount: Amount?

    public init(_ direction: ValueDirection, _ description: String, unit: ValueUnit? = nil, amount: Amount? = nil) {
        self.direction = direction; self.description = description; self.unit = unit; self.amount = amount
    }

    /// Money (euros) is financial; hours, places, fte, other units and descriptions are not.
    public var isFinancial: Bool { unit?.isFinancial ?? false }
    /// A unit is named but the amount is not known yet.
    public var isMissingAmount: Bool { unit != nil && amount == nil }
    /// Described only, not meant to be counted.
    public var isDescribedOnly: Bool { unit == nil }

    /// "€ 12.000,00", "40 uur", "bedrag onbekend (uren)" or "niet in een getal".
    public var dutchAmount: String {
        guard let unit else { return "niet in een getal" }
        guard let amount else { return "bedrag onbekend (\(unit))" }
        return unit.dutch(amount)
    }
}

/// A party in a purpose case — a member organisation, or any other party such as
/// "cliënten" or "gemeente" — with what it puts in and gets out.
public struct Stakeholder: Codable, Equatable, Sendable {
    public var name: String
    /// The region's organisation this stakeholder is, if it is one.
    public var organisationID: UUID?
    public var items: [ValueItem]

    public init(name: String, organisationID: UUID? = nil, items: [ValueItem] = []) {
        self.name = name; self.organisationID = organisationID; self.items = items
    }
}

/// A purpose case: the value model of a coalition — per stakeholder what it puts in and
/// what it gets out, financial and non-financial.
public struct PurposeCase: Codable, Equatable, Sendable {
    /// The shared purpose in a sentence or two, if written down.
    public var purpose: String?
    public var stakeholders: [Stakeholder]

    public init(purpose: String? = nil, stakeholders: [Stakeholder]) {
        self.purpose = purpose; self.stakeholders = stakeholders
    }

    /// Totals per unit, balances per stakeholder and the missing values, computed exactly.
    public var summary: PurposeCaseSummary { PurposeCaseSummary(self) }
}

/// In and out of one unit: known amounts summed, unknown ones counted beside them.
public struct UnitBalance: Equatable, Sendable {
    public let unit: ValueUnit
    /// Sum of the known amounts put in.
    public internal(set) var contributed = Amount.zero
    /// Sum of the known amounts got out.
    public internal(set) var benefited = Amount.zero
    /// Items put in with this unit whose amount is unknown.
    public internal(set) var missingContributions = 0
    /// Items got out with this unit whose amount is unknown.
    public internal(set) var missingBenefits = 0

    public init(unit: ValueUnit) { self.unit = unit }

    /// Out minus in: positive when more comes out than goes in. Of known amounts only,
    /// so read it together with `isComplete`.
    public var balance: Amount { benefited - contributed }
    public var missingValues: Int { missingContributions + missingBenefits }
    /// Every item of this unit has an amount, so the balance is the whole story.
    public var isComplete: Bool { missingValues == 0 }

    /// Per unit, in the order of `ValueUnit`, the items that have one.
    static func tally(_ items: [ValueItem]) -> [UnitBalance] {
        var byUnit: [ValueUnit: UnitBalance] = [:]
        for item in items {
            guard let unit = item.unit else { continue }
            var b = byUnit[unit] ?? UnitBalance(unit: unit)
            switch (item.direction, item.amount) {
            case (.contribution, let amount?): b.contributed = b.contributed + amount
            case (.benefit, let amount?): b.benefited = b.benefited + amount
            case (.contribution, nil): b.missingContributions += 1
            case (.benefit, nil): b.missingBenefits += 1
            }
            byUnit[unit] = b
        }
        return byUnit.values.sorted { $0.unit < $1.unit }
    }
}

/// One stakeholder's balance: per unit, plus what it puts in and gets out without a number.
public struct StakeholderBalance: Equatable, Sendable {
    public let name: String
    public let organisationID: UUID?
    public let units: [UnitBalance]
    /// Descriptions of the items put in that carry no number.
    public let describedContributions: [String]
    /// Descriptions of the items got out that carry no number.
    public let describedBenefits: [String]
    public let hasContributions: Bool
    public let hasBenefits: Bool

    init(_ s: Stakeholder) {
        name = s.name; organisationID = s.organisationID
        units = UnitBalance.tally(s.items)
        describedContributions = s.items.filter { $0.isDescribedOnly && $0.direction == .contribution }.map(\.description)
        describedBenefits = s.items.filter { $0.isDescribedOnly && $0.direction == .benefit }.map(\.description)
        hasContributions = s.items.contains { $0.direction == .contribution }
        hasBenefits = s.items.contains { $0.direction == .benefit }
    }

    /// Items with a unit but no amount.
    public var missingValues: Int { units.reduce(0) { $0 + $1.missingValues } }

    /// The balance of `unit`, nil when the stakeholder has no item of it.
    public func balance(_ unit: ValueUnit) -> UnitBalance? { units.first { $0.unit == unit } }
}

/// What the app shows of a purpose case: totals per unit (never euros added to hours),
/// a balance per stakeholder per unit, and where amounts are missing.
public struct PurposeCaseSummary: Equatable, Sendable {
    /// All stakeholders together, per unit.
    public let totals: [UnitBalance]
    /// In the purpose case's order.
    public let stakeholders: [StakeholderBalance]

    public init(_ purposeCase: PurposeCase) {
        totals = UnitBalance.tally(purposeCase.stakeholders.flatMap(\.items))
        stakeholders = purposeCase.stakeholders.map(StakeholderBalance.init)
    }

    /// Every unit that occurs, in display order: the columns of the table.
    public var units: [ValueUnit] { totals.map(\.unit) }
    public var missingValues: Int { totals.reduce(0) { $0 + $1.missingValues } }
    public var stakeholdersWithMissingValues: [StakeholderBalance] { stakeholders.filter { $0.missingValues > 0 } }

    /// The total of `unit`, nil when no item has it.
    public func total(_ unit: ValueUnit) -> UnitBalance? { totals.first { $0.unit == unit } }

    /// Dutch notes under the table: which stakeholders lack amounts, and who only gets or
    /// only gives. Empty when there is nothing to say.
    public var notes: [String] {
        var notes: [String] = []
        for s in stakeholdersWithMissingValues {
            let units = s.units.filter { !$0.isComplete }.map(\.unit.key)
            let count = s.missingValues == 1 ? "ontbreekt 1 bedrag" : "ontbreken \(s.missingValues) bedragen"
            notes.append("Bij \(s.name) \(count) (\(units.dutchList)); het saldo telt alleen de bekende bedragen.")
        }
        for s in stakeholders where s.hasContributions != s.hasBenefits {
            notes.append(s.hasBenefits ? "\(s.name) heeft alleen opbrengst en geen inbreng." : "\(s.name) heeft alleen inbreng en geen opbrengst.")
        }
        return notes
    }
}
