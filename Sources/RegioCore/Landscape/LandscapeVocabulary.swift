import Foundation

/// The region's known values that input is checked against: themes, target groups,
/// municipalities and organisations. Built by the app from the database.
public struct LandscapeVocabulary: Sendable {
    public var strategicThemes: Set<String>
    public var knowledgeThemes: Set<String>
    public var targetGroups: Set<String>
    public var careDomains: Set<String>
    public var municipalityCodes: Set<String>
    public var organisationIDs: Set<UUID>

    public init(strategicThemes: Set<String> = [], knowledgeThemes: Set<String> = [], targetGroups: Set<String> = [],
                careDomains: Set<String> = [], municipalityCodes: Set<String> = [], organisationIDs: Set<UUID> = []) {
        self.strategicThemes = strategicThemes
        self.knowledgeThemes = knowledgeThemes
        self.targetGroups = targetGroups
        self.careDomains = careDomains
        self.municipalityCodes = municipalityCodes
        self.organisationIDs = organisationIDs
    }
}
