import Foundation

/// What kind of learning place an organisation offers.
public enum LearningPlaceKind: String, Codable, CaseIterable, Sendable, DutchLabelled {
    /// A work placement of a school-based MBO student (beroepspraktijkvorming in de BOL).
    case bolInternship = "stage-bol"
    /// A work-based MBO student's job with a learning agreement (BBL: werken en leren).
    case bblPlace = "bbl-plek"
    /// A paid job in which someone learns the trade, outside the MBO tracks.
    case learningJob = "leerbaan"
    /// A short look around (a day up to a few weeks) to find out whether the work fits.
    case tasterInternship = "snuffelstage"

    public var dutchLabel: String {
        switch self {
        case .bolInternship: "Stage (BOL)"
        case .bblPlace: "BBL-plek"
        case .learningJob: "Leerbaan"
        case .tasterInternship: "Snuffelstage"
        }
    }

    /// "stageplek" / "stageplekken": how a count of this kind reads in a sentence.
    public var dutchNoun: (singular: String, plural: String) {
        switch self {
        case .bolInternship: ("stageplek (BOL)", "stageplekken (BOL)")
        case .bblPlace: ("BBL-plek", "BBL-plekken")
        case .learningJob: ("leerbaan", "leerbanen")
        case .tasterInternship: ("snuffelstage", "snuffelstages")
        }
    }
}

/// Learning places (leerwerkplekken) an organisation offers in one municipality: how
/// many, of which kind, in which period, and how many learners it can supervise at once.
///
/// `supervisionCapacity` is about people, `count` about places: twenty snuffelstages of a
/// day each over a year need only one or two supervisors at a time, so fewer supervisors
/// than places is allowed and shown as a note (`notes`), not refused. No capacity at all
/// (0) is allowed too, for places an organisation announces before supervision is
/// arranged, and also shown as a note.
public struct LearningPlaceFields: Codable, Equatable, Sendable {
    public var organisationID: UUID
    /// CBS code of the municipality where the learner works (GM0344).
    public var municipalityCode: String
    public var kind: LearningPlaceKind
    /// Number of places, at least 1.
    public var count: Int
    public var startDate: CalendarDay
    /// Last day of the period; never before `startDate`.
    public var endDate: CalendarDay
    /// Learners the organisation can supervise at the same time, 0 or more.
    public var supervisionCapacity: Int
    /// The role (from the taxonomy) the place prepares for, if any.
    public var roleKey: String?
    public var description: String?

    public init(organisationID: UUID, municipalityCode: String, kind: LearningPlaceKind, count: Int,
                startDate: CalendarDay, endDate: CalendarDay, supervisionCapacity: Int, roleKey: String? = nil, description: String? = nil) {
        self.organisationID = organisationID; self.municipalityCode = municipalityCode; self.kind = kind; self.count = count
        self.startDate = startDate; self.endDate = endDate; self.supervisionCapacity = supervisionCapacity
        self.roleKey = roleKey; self.description = description
    }

    /// Whether the period shares at least one day with `from`…`to` (`to` nil: open-ended).
    public func isOpen(from: CalendarDay, to: CalendarDay?) -> Bool {
        endDate >= from && (to.map { startDate <= $0 } ?? true)
    }

    /// Learners who can start at the same time: places, as far as supervision reaches.
    public var supervisedAtOnce: Int { min(count, supervisionCapacity) }

    /// Points a reader should know, in Dutch; not errors (the record is valid).
    public var notes: [String] {
        if supervisionCapacity == 0 {
            return ["Er is nog geen begeleidingscapaciteit ingevuld: zonder begeleiding kan niemand op deze plekken starten."]
        }
        if supervisionCapacity < count {
            return ["Er \(supervisionCapacity == 1 ? "kan 1 leerling" : "kunnen \(supervisionCapacity) leerlingen") tegelijk begeleid worden bij \(count) plekken: "
                    + "plan de plekken na elkaar in de periode, of vergroot de begeleiding."]
        }
        return []
    }
}
