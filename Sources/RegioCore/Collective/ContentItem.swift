import Foundation

/// How a supplier charges for an item, which decides what a unit of demand is.
public enum LicenceModel: String, Codable, CaseIterable, Sendable, DutchLabelled {
    /// A price per learner's seat: an organisation's demand counts its seats.
    case perSeat = "per-plek"
    /// One price per organisation, however many learners use it: each organisation counts once.
    case perOrganisation = "per-organisatie"
    /// Free to use and share: no price, so buying together saves nothing.
    case open

    public var dutchLabel: String {
        switch self {
        case .perSeat: "Per plek"
        case .perOrganisation: "Per organisatie"
        case .open: "Open"
        }
    }

    /// Whether the item has a list price (and so a volume discount can apply).
    public var isPaid: Bool { self != .open }

    /// `n` units of demand in Dutch: "1 plek", "75 plekken", "1 organisatie", "3 organisaties".
    /// Open content counts the seats asked for, as those say how many learners use it.
    public func units(_ n: Int) -> String {
        switch self {
        case .perOrganisation: n == 1 ? "1 organisatie" : "\(n) organisaties"
        case .perSeat, .open: n == 1 ? "1 plek" : "\(n) plekken"
        }
    }
}

/// An item of the region's content catalogue: learning content a supplier sells (or
/// offers openly) that organisations may buy together, with what it teaches.
public struct ContentItemFields: Codable, Equatable, Sendable {
    public var title: String
    public var supplierID: UUID
    /// Skill keys of the region's taxonomy the item covers.
    public var skillKeys: [String]
    /// Modules of the learning offer the item is used in.
    public var moduleIDs: [UUID]
    public var licenceModel: LicenceModel
    /// The supplier's list price of one unit (a seat, or an organisation's licence) for a
    /// year, in euros; nil exactly when the content is open.
    public var listPrice: Amount?
    public var description: String?

    public init(title: String, supplierID: UUID, skillKeys: [String] = [], moduleIDs: [UUID] = [], licenceModel: LicenceModel,
                listPrice: Amount?, description: String? = nil) {
        self.title = title; self.supplierID = supplierID; self.skillKeys = skillKeys; self.moduleIDs = moduleIDs
        self.licenceModel = licenceModel; self.listPrice = listPrice; self.description = description
    }
}

/// A stored catalogue item: its id and its fields.
public struct ContentItem: Identifiable, Equatable, Sendable {
    public let id: UUID
    public var fields: ContentItemFields

    public init(id: UUID, fields: ContentItemFields) { self.id = id; self.fields = fields }
}

/// A catalogue item as a user sends it (form or API), every field optional and untyped.
public struct ContentItemInput: Codable, Equatable, Sendable {
    public var title: String?
    public var supplierId: String?
    public var skills: [String]?
    public var moduleIds: [String]?
    public var licenceModel: String?
    /// Euros, "120", "120,00" or "1.250,50"; empty for open content. JSON may send a number.
    public var listPrice: String?
    public var description: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: ContentItemFields) {
        title = f.title; supplierId = f.supplierID.uuidString; skills = f.skillKeys; moduleIds = f.moduleIDs.map(\.uuidString)
        licenceModel = f.licenceModel.rawValue; listPrice = f.listPrice?.description; description = f.description
    }

    enum CodingKeys: String, CodingKey { case title, supplierId, skills, moduleIds, licenceModel, listPrice, description }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        supplierId = try c.decodeIfPresent(String.self, forKey: .supplierId)
        skills = try c.decodeIfPresent([String].self, forKey: .skills)
        moduleIds = try c.decodeIfPresent([String].self, forKey: .moduleIds)
        licenceModel = try c.decodeIfPresent(String.self, forKey: .licenceModel)
        listPrice = try c.numberOrText(.listPrice)
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }
}

/// What a catalogue item may refer to: the region's suppliers, skills and modules.
public struct ContentVocabulary: Sendable {
    public var supplierIDs: Set<UUID>
    public var skillKeys: Set<String>
    public var moduleIDs: Set<UUID>

    public init(supplierIDs: Set<UUID>, skillKeys: Set<String> = [], moduleIDs: Set<UUID> = []) {
        self.supplierIDs = supplierIDs; self.skillKeys = skillKeys; self.moduleIDs = moduleIDs
    }
}

extension ContentItemFields {
    /// The highest list price of one unit; an organisation's licence may be dear, but not
    /// more than this. The same cap as a module's price.
    public static let maxListPrice = Amount(whole: 1_000_000)

    public static func validate(_ input: ContentItemInput, vocabulary: ContentVocabulary) -> Result<ContentItemFields, ValidationFailure> {
        var c = FieldChecker()
        let title = c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name)
        let supplier = c.requiredReference(input.supplierId, field: "supplierId", in: vocabulary.supplierIDs, what: "leverancier", label: "Leverancier")
        let skills = c.known(input.skills, in: vocabulary.skillKeys, field: "skills", what: "vaardigheid")
        let modules = c.references(input.moduleIds, field: "moduleIds", in: vocabulary.moduleIDs, what: "module")
        let model = c.choice(input.licenceModel, as: LicenceModel.self, field: "licenceModel", label: "Licentiemodel", required: true)
        let price = c.decimal(input.listPrice, field: "listPrice", label: "Prijs", examples: "120 of 1.250,50",
                              whenNegative: "een prijs is nooit negatief; een korting hoort in de staffel.")
        switch (model, price) {
        case (.open?, _?):
            c.fail("listPrice", "Open inhoud heeft geen prijs; laat de prijs leeg of kies een ander licentiemodel.")
        case (let model?, nil) where model.isPaid && c.errors.allSatisfy({ $0.field != "listPrice" }):
            c.fail("listPrice", "Prijs is verplicht bij licentiemodel ‘\(model.dutchLabel)’: wat kost één \(model == .perSeat ? "plek" : "organisatie") per jaar volgens de prijslijst?")
        case (_, let price?) where price > maxListPrice:
            c.fail("listPrice", "Prijs is te hoog: hoogstens € \(maxListPrice.dutch(fixedDecimals: true)) per eenheid.")
        default:
            break
        }
        let description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description)
        guard c.errors.isEmpty, let title, let supplier, let model else { return .failure(ValidationFailure(c.errors)) }
        return .success(ContentItemFields(title: title, supplierID: supplier, skillKeys: skills, moduleIDs: modules,
                                          licenceModel: model, listPrice: price, description: description))
    }
}
