import Foundation

/// An organisation as a user sends it (form or API).
public struct OrganisationInput: Codable, Equatable, Sendable {
    public var name: String?
    public var kind: String?
    public var careDomains: [String]?
    public var municipalityCode: String?
    public var website: String?
    public var contactName: String?
    public var contactEmail: String?
    public var description: String?

    public init() {}

    public init(_ f: OrganisationFields) {
        name = f.name; kind = f.kind?.rawValue; careDomains = f.careDomains; municipalityCode = f.municipalityCode
        website = f.website; contactName = f.contactName; contactEmail = f.contactEmail; description = f.description
    }

    /// `self` with every field that `patch` sets replaced.
    public func merging(_ patch: OrganisationInput) -> OrganisationInput {
        var r = self
        if let v = patch.name { r.name = v }
        if let v = patch.kind { r.kind = v }
        if let v = patch.careDomains { r.careDomains = v }
        if let v = patch.municipalityCode { r.municipalityCode = v }
        if let v = patch.website { r.website = v }
        if let v = patch.contactName { r.contactName = v }
        if let v = patch.contactEmail { r.contactEmail = v }
        if let v = patch.description { r.description = v }
        return r
    }
}

/// A validated organisation. Unknown facts stay `nil`: shown as "nog aan te vullen".
public struct OrganisationFields: Codable, Equatable, Sendable {
    public var name: String
    public var kind: OrganisationKind?
    public var careDomains: [String] = []
    public var municipalityCode: String?
    public var website: String?
    public var contactName: String?
    public var contactEmail: String?
    public var description: String?

    public init(name: String) { self.name = name }

    public static func validate(_ input: OrganisationInput, vocabulary: LandscapeVocabulary) -> Result<OrganisationFields, ValidationFailure> {
        var c = FieldChecker()
        var f = OrganisationFields(name: c.text(input.name, field: "name", label: "Naam", required: true, max: Limits.name) ?? "")
        f.kind = c.choice(input.kind, as: OrganisationKind.self, field: "kind", label: "Soort organisatie")
        f.careDomains = c.known(input.careDomains, in: vocabulary.careDomains, field: "careDomains", what: "zorgdomein")
        if let raw = input.municipalityCode?.trimmingCharacters(in: .whitespaces).uppercased(), !raw.isEmpty {
            if vocabulary.municipalityCodes.contains(raw) {
                f.municipalityCode = raw
            } else {
                c.fail("municipalityCode", "Onbekende gemeentecode ‘\(raw.prefix(60))’: verwacht een CBS-code van deze regio, zoals GM0344.")
            }
        }
        f.website = c.url(input.website, field: "website", label: "Website")
        f.contactName = c.text(input.contactName, field: "contactName", label: "Contactpersoon", max: Limits.shortText)
        f.contactEmail = c.email(input.contactEmail, field: "contactEmail")
        f.description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description)
        return c.errors.isEmpty ? .success(f) : .failure(ValidationFailure(c.errors))
    }
}
