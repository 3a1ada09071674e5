/// What sort of thing an initiative is. The region's documents speak of
/// "initiatieven, interventies en instrumenten"; programmes, platforms and labs
/// are the other shapes they take in practice.
public enum InitiativeKind: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case initiative, intervention, instrument, programme, platform, lab

    public var dutchLabel: String {
        switch self {
        case .initiative: "Initiatief"
        case .intervention: "Interventie"
        case .instrument: "Instrument"
        case .programme: "Programma"
        case .platform: "Platform"
        case .lab: "Lab"
        }
    }
}

/// How far an initiative has come; `embedded` ("geborgd") means it continues beyond
/// project funding.
public enum Maturity: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case idea, pilot, running, embedded, ended

    public var dutchLabel: String {
        switch self {
        case .idea: "Idee"
        case .pilot: "Pilot"
        case .running: "Lopend"
        case .embedded: "Geborgd"
        case .ended: "Beëindigd"
        }
    }
}

/// The role an organisation plays in an initiative.
public enum ParticipationRole: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case lead, partner, funder, educationPartner = "education_partner"

    public var dutchLabel: String {
        switch self {
        case .lead: "Trekker"
        case .partner: "Partner"
        case .funder: "Financier"
        case .educationPartner: "Onderwijspartner"
        }
    }
}

/// Whether a record is still being worked on or confirmed and published.
public enum RecordStatus: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case concept, published

    public var dutchLabel: String {
        switch self {
        case .concept: "Concept"
        case .published: "Gepubliceerd"
        }
    }
}
