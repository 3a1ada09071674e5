/// The kind of organisation; the raw values are the keys of the region's seed file.
public enum OrganisationKind: String, CaseIterable, Codable, Sendable, DutchLabelled {
    case care = "zorg"
    case welfare = "welzijn"
    case education = "onderwijs"
    case government = "overheid"
    case employersOrganisation = "werkgeversorganisatie"
    case commercial = "commercieel"
    case other = "overig"

    public var dutchLabel: String {
        switch self {
        case .care: "Zorg"
        case .welfare: "Welzijn"
        case .education: "Onderwijs"
        case .government: "Overheid"
        case .employersOrganisation: "Werkgeversorganisatie"
        case .commercial: "Commercieel"
        case .other: "Overig"
        }
    }
}
