import Foundation

/// Where and how a module is learned.
public enum LearningForm: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case workplace = "werkplek", online, classroom = "klassikaal", hybrid = "hybride"

    public var dutchLabel: String {
        switch self {
        case .workplace: "Op de werkplek"
        case .online: "Online"
        case .classroom: "Klassikaal"
        case .hybrid: "Hybride"
        }
    }
}

/// What a learner has to show for a module.
public enum Credential: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case none = "geen", certificate = "certificaat", mboCertificate = "mbo-certificaat", microcredential, diplomaPart = "deel-van-diploma"

    public var dutchLabel: String {
        switch self {
        case .none: "Geen"
        case .certificate: "Certificaat"
        case .mboCertificate: "Mbo-certificaat"
        case .microcredential: "Microcredential"
        case .diplomaPart: "Deel van een diploma"
        }
    }
}

/// Whether others may reuse the content.
public enum ContentLicence: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case open, supplier = "leverancier"

    public var dutchLabel: String { self == .open ? "Open" : "Van een leverancier" }
}

/// A skill a module teaches, up to a level.
public typealias SkillTaught = SkillRequirement

/// A module (leereenheid): a short unit of learning that teaches named skills.
public struct ModuleFields: Codable, Equatable, Sendable {
    public var title: String
    public var providerID: UUID?
    public var description: String?
    public var skills: [SkillTaught] = []
    /// Study load in hours.
    public var hours: Int = 0
    public var form: LearningForm = .classroom
    public var municipalityCodes: [String] = []
    /// Price per learner in euro cents; nil when unknown.
    public var costCents: Int?
    /// Paid for by a fund or the employer, so free for the learner.
    public var funded: Bool = false
    public var credential: Credential = .none
    /// Start dates; empty means a learner can start at any time.
    public var intakeDates: [CalendarDay] = []
    /// The Dutch language level a learner needs (CEFR: A1 … C2), if any.
    public var languageLevel: String?
    public var licence: ContentLicence = .supplier

    public init(title: String) { self.title = title }

    public var continuousIntake: Bool { intakeDates.isEmpty }
}
