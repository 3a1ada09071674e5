import Foundation

extension OEAPI {
    /// `Course` (and `CourseExpanded` on `/courses/{courseId}`): a module of the regional offer.
    struct Course: Codable, Sendable {
        /// A skill the module teaches and the level it teaches it to (1–4, the taxonomy's levels).
        struct SkillLevel: Codable, Equatable, Sendable {
            var learningOutcomeId: String
            var level: Int
        }

        /// Extensions: the module's facts the schema has no place for.
        struct Ext: Codable, Equatable, Sendable {
            /// What a learner has to show for it: geen, certificaat, mbo-certificaat, microcredential, deel-van-diploma.
            var credential: String
            /// Whether others may reuse the content: open or leverancier.
            var licence: String
            /// CBS codes of the municipalities where it is given.
            var municipalityCodes: [String]?
            /// The level each skill of `learningOutcomeIds` is taught to.
            var skillLevels: [SkillLevel]?
        }

        var courseId: String
        var primaryCode: Code
        var name: [Text]
        var description: [Text]?
        /// The module's hours.
        var studyLoad: [StudyLoad]?
        var modesOfDelivery: [String]?
        /// The first intake date, when the module has dates.
        var firstStartDate: String?
        /// The Dutch language level a learner needs, as text.
        var admissionRequirements: [Text]?
        /// The skills it teaches.
        var learningOutcomeIds: [String]?
        /// The learning routes it is part of.
        var programmeIds: [String]?
        /// The provider.
        var organisationId: String?
        /// The module's page on this platform.
        var link: String?
        var ext: Ext?
        /// With `expand=programmes`: the routes themselves.
        var programmes: [Programme]?
        /// With `expand=organisation`: the provider itself.
        var organisation: Organisation?
    }
}
