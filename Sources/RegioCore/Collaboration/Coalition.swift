import Foundation

/// Where a development coalition stands.
public enum CoalitionStatus: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case forming = "in-oprichting", active = "actief", completed = "afgerond", stopped = "gestopt"

    public var dutchLabel: String {
        switch self {
        case .forming: "In oprichting"
        case .active: "Actief"
        case .completed: "Afgerond"
        case .stopped: "Gestopt"
        }
    }
}

/// What a member organisation does in a coalition.
public enum CoalitionRole: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case lead = "trekker", member = "deelnemer", adviser = "adviseur", funder = "financier"

    public var dutchLabel: String {
        switch self {
        case .lead: "Trekker"
        case .member: "Deelnemer"
        case .adviser: "Adviseur"
        case .funder: "Financier"
        }
    }
}

public struct CoalitionMember: Codable, Equatable, Sendable {
    public var organisationID: UUID
    public var role: CoalitionRole

    public init(organisationID: UUID, role: CoalitionRole) { self.organisationID = organisationID; self.role = role }
}

/// A development coalition (ontwikkelcoalitie): organisations that together design and
/// carry out an answer to a regional question ("what and who"). Its purpose case is kept
/// and edited apart, as it is a document of its own.
public struct CoalitionFields: Codable, Equatable, Sendable {
    public var name: String
    /// The regional question the coalition answers.
    public var question: String
    /// A theme key of the region's vocabulary.
    public var theme: String?
    public var status: CoalitionStatus
    public var members: [CoalitionMember]
    /// Initiatives of the landscape the coalition runs or builds on.
    public var initiativeIDs: [UUID]
    /// The development session it came from, if any.
    public var sessionID: UUID?
    public var published: Bool

    public init(name: String, question: String, theme: String? = nil, status: CoalitionStatus = .forming, members: [CoalitionMember],
                initiativeIDs: [UUID] = [], sessionID: UUID? = nil, published: Bool = false) {
        self.name = name; self.question = question; self.theme = theme; self.status = status; self.members = members
        self.initiativeIDs = initiativeIDs; self.sessionID = sessionID; self.published = published
    }

    public var memberIDs: [UUID] { members.map(\.organisationID) }
}

/// A member row as a form or the API sends it.
public struct CoalitionMemberInput: Codable, Equatable, Sendable {
    public var organisationId: String?
    public var role: String?

    public init(organisationId: String?, role: String?) { self.organisationId = organisationId; self.role = role }
}

public struct CoalitionInput: Codable, Equatable, Sendable {
    public var name: String?
    public var question: String?
    public var theme: String?
    public var status: String?
    public var members: [CoalitionMemberInput]?
    public var initiativeIds: [String]?
    public var sessionId: String?
    public var published: String?

    public init() {}

    public init(_ f: CoalitionFields) {
        name = f.name; question = f.question; theme = f.theme; status = f.status.rawValue
        members = f.members.map { CoalitionMemberInput(organisationId: $0.organisationID.uuidString, role: $0.role.rawValue) }
        initiativeIds = f.initiativeIDs.map(\.uuidString); sessionId = f.sessionID?.uuidString; published = f.published ? "ja" : "nee"
    }
}

extension CoalitionFields {
    public static func validate(_ input: CoalitionInput, vocabulary: CollaborationVocabulary) -> Result<CoalitionFields, ValidationFailure> {
        var c = FieldChecker()
        let name = c.text(input.name, field: "name", label: "Naam", required: true, max: Limits.name)
        let question = c.text(input.question, field: "question", label: "Regionale vraag", required: true, max: Limits.goal)
        var theme: String?
        if let raw = input.theme?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if vocabulary.themes.contains(raw) { theme = raw } else { c.fail("theme", "Onbekend thema ‘\(raw.prefix(60))’: kies een thema van de regio.") }
        }
        let status = c.choice(input.status, as: CoalitionStatus.self, field: "status", label: "Status") ?? .forming
        var members: [CoalitionMember] = []
        // Rows without an organisation are the form's empty rows; a role alone is not a member.
        let rows = (input.members ?? []).enumerated().filter { !($0.element.organisationId ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        if rows.count > Limits.participants {
            c.fail("members", "Een coalitie heeft hoogstens \(Limits.participants) leden; dit zijn er \(rows.count).")
        } else {
            for (i, row) in rows {
                let field = "members[\(i)]"
                let organisation = c.organisation(row.organisationId, field: "\(field).organisationId", in: vocabulary.organisationIDs)
                let role = c.choice(row.role, as: CoalitionRole.self, field: "\(field).role", label: "Rol") ?? .member
                guard let organisation else { continue }
                if members.contains(where: { $0.organisationID == organisation }) {
                    c.fail("\(field).organisationId", "Deze organisatie staat al bij de leden; geef haar één rol.")
                    continue
                }
                members.append(CoalitionMember(organisationID: organisation, role: role))
            }
        }
        if rows.isEmpty { c.fail("members", "Een coalitie heeft ten minste één lid: kies de organisaties die meedoen.") }
        let initiatives = c.references(input.initiativeIds, field: "initiativeIds", in: vocabulary.initiativeIDs, what: "initiatief")
        var session: UUID?
        if let raw = input.sessionId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            session = c.references([raw], field: "sessionId", in: vocabulary.sessionIDs, what: "ontwikkelsessie").first
        }
        let published = c.yesNo(input.published, field: "published", label: "Openbaar") ?? false
        guard c.errors.isEmpty, let name, let question else { return .failure(ValidationFailure(c.errors)) }
        return .success(CoalitionFields(name: name, question: question, theme: theme, status: status, members: members,
                                        initiativeIDs: initiatives, sessionID: session, published: published))
    }
}
