import Foundation

/// A supplier of learning content (an e-learning publisher, a training company) whose
/// items organisations of the region may buy together.
public struct SupplierFields: Codable, Equatable, Sendable {
    public var name: String
    public var website: String?
    /// Who to ask at the supplier, as free text: a name, an e-mail address, a phone number.
    public var contact: String?

    public init(name: String, website: String? = nil, contact: String? = nil) {
        self.name = name; self.website = website; self.contact = contact
    }
}

/// A supplier as a user sends it (form or API).
public struct SupplierInput: Codable, Equatable, Sendable {
    public var name: String?
    public var website: String?
    public var contact: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: SupplierFields) { name = f.name; website = f.website; contact = f.contact }
}

extension SupplierFields {
    public static func validate(_ input: SupplierInput) -> Result<SupplierFields, ValidationFailure> {
        var c = FieldChecker()
        let name = c.text(input.name, field: "name", label: "Naam", required: true, max: Limits.name)
        let website = c.url(input.website, field: "website", label: "Website")
        let contact = c.text(input.contact, field: "contact", label: "Contact", max: Limits.shortText)
        guard c.errors.isEmpty, let name else { return .failure(ValidationFailure(c.errors)) }
        return .success(SupplierFields(name: name, website: website, contact: contact))
    }
}
