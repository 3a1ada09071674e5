import Foundation

extension OEAPI {
    /// `CourseOffering`: a module at one intake date, or — continuous intake — a window
    /// of `IntakeSchedule.horizonMonths` months from today in which one can start any day.
    struct CourseOffering: Codable, Sendable {
        var courseOfferingId: String
        var primaryCode: Code
        var name: [Text]
        /// `active` while one can still start; left out for intakes in the past.
        var state: String?
        var modesOfDelivery: [String]?
        /// Midnight (Dutch time) of the intake date; for continuous intake, of today.
        var startDateTime: String?
        /// Continuous intake: the first and last day of the window (the end is a full-date in this schema).
        var flexibleEntryPeriodStartDateTime: String?
        var flexibleEntryPeriodEndDateTime: String?
        /// What the learner pays, when known.
        var priceInformation: [Cost]?
        var courseId: String
        /// The provider.
        var organisationId: String?
        /// The module's page on this platform.
        var link: String?
        /// With `expand=course`: the module itself.
        var course: Course?
    }

    /// `ProgrammeOffering`: a learning route as offered. A route has no dates of its own,
    /// so each route has one offering, without start or end.
    struct ProgrammeOffering: Codable, Sendable {
        var programmeOfferingId: String
        var primaryCode: Code
        var name: [Text]
        var state: String
        var modesOfDelivery: [String]?
        /// The route's total for the learner, when every module's price is known.
        var priceInformation: [Cost]?
        var programmeId: String
        /// The route's page on this platform.
        var link: String?
        /// With `expand=programme`: the route itself.
        var programme: Programme?
    }
}
