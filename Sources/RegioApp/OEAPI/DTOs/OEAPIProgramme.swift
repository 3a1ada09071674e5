import Foundation

extension OEAPI {
    /// `Programme`: a learning route — modules and workplace parts in order, leading to a role.
    struct Programme: Codable, Sendable {
        /// The role a route leads to.
        struct Role: Codable, Equatable, Sendable {
            var key: String
            var label: String
        }

        /// Extensions: the route's facts the schema has no place for.
        struct Ext: Codable, Equatable, Sendable {
            var role: Role?
            /// Share of the role's required skills the route brings to the required level, whole percent rounded down.
            var roleCoveragePercent: Int?
            /// Target groups (keys of the region's vocabulary).
            var targetGroups: [String]?
            var hoursPerWeek: Int?
            /// Organisations that offer the workplace part.
            var employerIds: [String]?
        }

        var programmeId: String
        var primaryCode: Code
        /// Always `x-learning-route` (see `OEAPICodes.learningRoute`).
        var programmeType: String
        var name: [Text]
        /// The route's intake requirements.
        var admissionRequirements: [Text]?
        /// Hours of all its modules and workplace parts.
        var studyLoad: [StudyLoad]?
        /// The modes of its modules, and `work_based` for workplace parts.
        var modesOfDelivery: [String]?
        /// The route's duration in weeks ("P30W").
        var duration: String?
        /// The skills its modules and workplace parts teach.
        var learningOutcomeIds: [String]?
        /// The route's page on this platform.
        var link: String?
        var ext: Ext?
    }
}
