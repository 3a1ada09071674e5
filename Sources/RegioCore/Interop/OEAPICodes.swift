import Foundation

/// How the learning offer's values are written in the Open Education API (OEAPI) 6.0:
/// its code lists, amounts, durations and the ids of things we do not store as records.
public enum OEAPICodes {
    /// The language of every text: the region writes Dutch.
    public static let language = "nl-NL"
    /// Study load is kept in plain hours (`studyloadUnit`).
    public static let hours = "hour"
    /// `modeOfDelivery` of a workplace part of a route.
    public static let workBased = "work_based"
    /// `costType`: what a learner pays in total to take part.
    public static let totalCosts = "total_costs"
    /// `programmeType` of a learning route. The predefined types (programme, minor, track …)
    /// describe parts of formal education; a route to a role is none of them, so it gets an
    /// extension value, as the code list allows with the `x-` prefix.
    public static let learningRoute = "x-learning-route"
    /// `organisationType`: each organisation of the region stands on its own (no parent).
    public static let root = "root"
    /// `codeType` of ids and of the taxonomy's keys, and of an ESCO concept URI (extension).
    public static let uuid = "uuid", identifier = "identifier", escoURI = "x-esco-uri"
    /// `offeringState` of an offering one can still start.
    public static let active = "active"

    /// `modeOfDelivery` of a module's form.
    public static func modeOfDelivery(_ form: LearningForm) -> String {
        switch form {
        case .workplace: workBased
        case .online: "online"
        case .classroom: "presential"
        case .hybrid: "hybrid"
        }
    }

    /// An amount as OEAPI writes it: major units, a dot, minor units ("1250.50").
    public static func amount(cents: Int) -> String {
        let rest = cents % 100
        return "\(cents / 100).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// An ISO 8601 duration in weeks ("P30W").
    public static func duration(weeks: Int) -> String { "P\(weeks)W" }

    /// Namespace of the name-based ids below (a fixed random UUID of this platform).
    static let namespace = UUID(uuidString: "a942d151-a199-40db-b394-46c0fcaca4ba")!

    /// The id of a module's offering for one intake (`IntakeSchedule.Intake.key`):
    /// the same for the same module and date, different from every other offering's.
    public static func courseOfferingID(module: UUID, intake: String) -> UUID {
        NameBasedUUID.make(namespace: namespace, name: "course-offering/\(module.uuidString.lowercased())/\(intake)")
    }

    /// The id of a route's one offering.
    public static func programmeOfferingID(route: UUID) -> UUID {
        NameBasedUUID.make(namespace: namespace, name: "programme-offering/\(route.uuidString.lowercased())")
    }
}
