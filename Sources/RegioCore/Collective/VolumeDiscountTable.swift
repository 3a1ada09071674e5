import Foundation

/// One step of a volume discount: from this many units on, this percentage off the list price.
public struct VolumeDiscountTier: Codable, Equatable, Sendable {
    /// The smallest pooled quantity the discount applies to (inclusive), at least 1.
    public var fromQuantity: Int
    /// The discount in percent, exact to two decimals: 7,5 % is `Amount` 7,50. An `Amount`
    /// rather than a `Double`, so that savings computed from it are exact to the cent.
    public var percent: Amount

    public init(fromQuantity: Int, percent: Amount) { self.fromQuantity = fromQuantity; self.percent = percent }

    /// "7,5%" as Dutch write a percentage in a sentence or table.
    public var dutchPercent: String { percent.dutch(fixedDecimals: false) + "%" }
}

/// The volume discounts a coordinator agreed (or expects) with a supplier for an item:
/// tiers with strictly increasing thresholds and percentages that never go down, so that
/// buying more never costs more per unit. Empty means no discount.
public struct VolumeDiscountTable: Codable, Equatable, Sendable {
    /// Ordered by `fromQuantity`, as `validate` guarantees.
    public private(set) var tiers: [VolumeDiscountTier]

    /// Tiers known to be in order (stored ones); user input goes through `validate`.
    public init(tiers: [VolumeDiscountTier]) { self.tiers = tiers }

    public static let none = VolumeDiscountTable(tiers: [])

    /// The tier a pooled quantity reaches: the one with the highest threshold at or below
    /// it; nil below the first threshold.
    public func tier(for quantity: Int) -> VolumeDiscountTier? { tiers.last { $0.fromQuantity <= quantity } }

    /// The first tier above a pooled quantity: what buying more would reach next.
    public func tier(after quantity: Int) -> VolumeDiscountTier? { tiers.first { $0.fromQuantity > quantity } }
}

/// One row of a discount table as a user types it: "vanaf 50" and "5" (or "5 %", "7,5").
public struct VolumeDiscountTierInput: Codable, Equatable, Sendable {
    public var fromQuantity: String?
    public var percent: String?

    public init(fromQuantity: String?, percent: String?) { self.fromQuantity = fromQuantity; self.percent = percent }

    enum CodingKeys: String, CodingKey { case fromQuantity, percent }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fromQuantity = try c.numberOrText(.fromQuantity)
        percent = try c.numberOrText(.percent)
    }

    /// The rows of a stored table: what an edit form starts from.
    public static func rows(_ table: VolumeDiscountTable) -> [VolumeDiscountTierInput] {
        table.tiers.map { VolumeDiscountTierInput(fromQuantity: String($0.fromQuantity), percent: $0.percent.dutch(fixedDecimals: false)) }
    }
}

extension VolumeDiscountTable {
    /// More steps than this is a price list, not a discount table.
    public static let maxTiers = 20
    /// The highest threshold: far above any region's demand for one item.
    public static let maxFromQuantity = 1_000_000

    /// Checks the rows as typed. Rows with neither field filled are a form's empty rows
    /// and are skipped; every other row must be complete. Rows must already be in order —
    /// they are not sorted silently, because a row out of order is more often a typing
    /// error in the number than a wish to reorder. Errors name the row ("rij 2") and go to
    /// `tiers[i].fromQuantity` or `tiers[i].percent`.
    public static func validate(_ rows: [VolumeDiscountTierInput]) -> Result<VolumeDiscountTable, ValidationFailure> {
        var c = FieldChecker()
        let filled = rows.enumerated().filter { !isBlank($0.element.fromQuantity) || !isBlank($0.element.percent) }
        guard filled.count <= maxTiers else {
            c.fail("tiers", "Hoogstens \(maxTiers) staffels; dit zijn er \(filled.count).")
            return .failure(ValidationFailure(c.errors))
        }
        var tiers: [VolumeDiscountTier] = []
        var previousRow = 0
        for (i, row) in filled {
            let field = "tiers[\(i)]", n = i + 1
            let from = c.wholeNumber(row.fromQuantity, field: "\(field).fromQuantity", label: "Vanaf aantal in rij \(n)", range: 1...maxFromQuantity)
            let percent = c.discountPercent(row.percent, field: "\(field).percent", row: n)
            guard let from, let percent else { continue }
            let tier = VolumeDiscountTier(fromQuantity: from, percent: percent)
            if let previous = tiers.last {
                if from == previous.fromQuantity {
                    c.fail("\(field).fromQuantity", "Rij \(n) begint ook bij \(from), net als rij \(previousRow): elk aantal hoort bij één staffel.")
                    continue
                }
                if from < previous.fromQuantity {
                    c.fail("\(field).fromQuantity", "Rij \(n) (vanaf \(from)) staat na rij \(previousRow) (vanaf \(previous.fromQuantity)): zet de staffels van klein naar groot aantal.")
                    continue
                }
                if percent < previous.percent {
                    c.fail("\(field).percent", "Rij \(n) geeft \(tier.dutchPercent) korting vanaf \(from), minder dan de \(previous.dutchPercent) van rij \(previousRow) vanaf \(previous.fromQuantity): wie meer afneemt, krijgt minstens dezelfde korting.")
                    continue
                }
            }
            tiers.append(tier)
            previousRow = n
        }
        return c.errors.isEmpty ? .success(VolumeDiscountTable(tiers: tiers)) : .failure(ValidationFailure(c.errors))
    }

    private static func isBlank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
}

extension FieldChecker {
    /// A required percentage of a discount: more than 0 and less than 100, at most two
    /// decimals, a "%" sign allowed ("5", "7,5 %").
    mutating func discountPercent(_ value: String?, field: String, row: Int) -> Amount? {
        let label = "Korting in rij \(row)"
        let raw = (value ?? "").trimmingCharacters(in: .whitespaces)
        let number = raw.hasSuffix("%") ? String(raw.dropLast()) : raw
        guard !number.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(field, "\(label) is verplicht: een percentage, zoals 5 voor 5%.")
            return nil
        }
        guard let percent = decimal(number, field: field, label: label, examples: "5 of 7,5",
                                    whenNegative: "een korting is een percentage boven 0, zoals 5 voor 5%.") else { return nil }
        if percent == .zero {
            fail(field, "\(label) is 0%: een staffel zonder korting heeft geen zin; laat de rij weg.")
            return nil
        }
        if percent >= Amount(whole: 100) {
            fail(field, "\(label) is \(percent.dutch(fixedDecimals: false))%: een korting is minder dan 100%, anders betaalt niemand meer iets.")
            return nil
        }
        return percent
    }
}
