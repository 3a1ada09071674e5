import Foundation

extension OEAPI {
    /// `LearningOutcome`: a skill of the region's taxonomy. Its primary code is the
    /// taxonomy's own key; an ESCO concept, when someone has linked one, is another code.
    struct LearningOutcome: Codable, Sendable {
        /// A category of the taxonomy (Cliëntzorg, Communicatie …).
        struct Category: Codable, Equatable, Sendable {
            var key: String
            var label: String
        }

        /// Extensions: the skill's category.
        struct Ext: Codable, Equatable, Sendable { var category: Category }

        var learningOutcomeId: String
        var primaryCode: Code
        var name: [Text]
        var description: [Text]?
        var otherCodes: [Code]?
        var ext: Ext
    }
}
