import Foundation

extension OEAPI {
    /// `Service`: who runs this implementation and what it supports.
    struct Service: Codable, Sendable {
        /// An operation this implementation supports.
        struct Operation: Codable, Equatable, Sendable {
            var verbs: [String]
            var path: String
        }

        /// The expansions implemented for a path.
        struct Expands: Codable, Equatable, Sendable {
            var expandableObjects: [String]
            var path: String
        }

        var contactEmail: String
        /// The OEAPI 6.0 specification, as served by this platform.
        var specification: String
        var supportedOperations: [Operation]
        var supportedExpands: [Expands]
    }
}
