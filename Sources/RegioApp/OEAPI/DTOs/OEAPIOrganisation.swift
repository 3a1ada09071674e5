import Foundation

extension OEAPI {
    /// `Organisation`: an organisation of the region. Every one is a `root` organisation
    /// (the register has no parent–child structure); what kind of organisation it is and
    /// where it sits are extensions.
    struct Organisation: Codable, Sendable {
        /// Extensions: the register's own facts the schema has no place for.
        struct Ext: Codable, Equatable, Sendable {
            /// The register's kind: zorg, welzijn, onderwijs, overheid, werkgeversorganisatie, commercieel, overig.
            var organisationKind: String?
            /// Care domains (keys of the region's vocabulary).
            var careDomains: [String]?
            /// CBS code of the municipality the organisation sits in (GM0344).
            var municipalityCode: String?
        }

        var organisationId: String
        var primaryCode: Code
        var organisationType: String
        var name: [Text]
        var description: [Text]?
        /// The organisation's own website.
        var link: String?
        var ext: Ext?
    }
}
