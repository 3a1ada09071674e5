import Foundation

/// An organisation's demand for a catalogue item in a year: how many seats or licences it
/// would buy if the region buys together. Withdrawn demand is kept as history but no
/// longer counts in the pool.
public struct DemandFields: Codable, Equatable, Sendable {
    public var organisationID: UUID
    public var itemID: UUID
    public var year: Int
    /// Seats, or licences under a per-organisation licence (which pooling counts as one
    /// organisation, see `PooledDemand`).
    public var quantity: Int
    public var note: String?
    /// Withdrawn by the organisation: shown in the history, left out of every total.
    public var withdrawn: Bool

    public init(organisationID: UUID, itemID: UUID, year: Int, quantity: Int, note: String? = nil, withdrawn: Bool = false) {
        self.organisationID = organisationID; self.itemID = itemID; self.year = year; self.quantity = quantity
        self.note = note; self.withdrawn = withdrawn
    }
}

/// A demand as a user sends it (form or API).
public struct DemandInput: Codable, Equatable, Sendable {
    public var organisationId: String?
    public var itemId: String?
    /// "2026"; JSON may send a number.
    public var year: String?
    /// "40"; JSON may send a number.
    public var quantity: String?
    public var note: String?
    /// "ja"/"nee"; empty is not withdrawn.
    public var withdrawn: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: DemandFields) {
        organisationId = f.organisationID.uuidString; itemId = f.itemID.uuidString; year = String(f.year)
        quantity = String(f.quantity); note = f.note; withdrawn = f.withdrawn ? "ja" : "nee"
    }

    enum CodingKeys: String, CodingKey { case organisationId, itemId, year, quantity, note, withdrawn }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organisationId = try c.decodeIfPresent(String.self, forKey: .organisationId)
        itemId = try c.decodeIfPresent(String.self, forKey: .itemId)
        year = try c.numberOrText(.year)
        quantity = try c.numberOrText(.quantity)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        withdrawn = try c.decodeIfPresent(String.self, forKey: .withdrawn)
    }
}

extension DemandFields {
    /// Seats one organisation asks for one item in one year: more than the largest care
    /// organisation has staff is a typing error.
    public static let maxQuantity = 50_000
    /// Demand is gathered for the coming years and corrected for the past few; further
    /// away from this year is most likely a wrong year.
    public static let yearsAround = 5

    /// Checks `input`; `thisYear` is the current year (passed in, so validation stays pure).
    public static func validate(_ input: DemandInput, organisationIDs: Set<UUID>, itemIDs: Set<UUID>, thisYear: Int) -> Result<DemandFields, ValidationFailure> {
        var c = FieldChecker()
        let organisation = c.requiredReference(input.organisationId, field: "organisationId", in: organisationIDs, what: "organisatie", label: "Organisatie")
        let item = c.requiredReference(input.itemId, field: "itemId", in: itemIDs, what: "leerinhoud", label: "Leerinhoud")
        let year = c.wholeNumber(input.year, field: "year", label: "Jaar", range: (thisYear - yearsAround)...(thisYear + yearsAround))
        let quantity = c.wholeNumber(input.quantity, field: "quantity", label: "Aantal", range: 1...maxQuantity)
        let note = c.text(input.note, field: "note", label: "Toelichting", max: Limits.goal)
        let withdrawn = c.yesNo(input.withdrawn, field: "withdrawn", label: "Ingetrokken") ?? false
        guard c.errors.isEmpty, let organisation, let item, let year, let quantity else { return .failure(ValidationFailure(c.errors)) }
        return .success(DemandFields(organisationID: organisation, itemID: item, year: year, quantity: quantity, note: note, withdrawn: withdrawn))
    }
}
