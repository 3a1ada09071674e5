import Foundation
import RegioCore

/// The CSV form of initiatives: keys and codes, not labels, so that a file exported
/// here imports again unchanged. List fields are separated by "|".
enum InitiativeCSV {
    static let header = ["id", "name", "kind", "recordStatus", "goal", "description", "strategicThemes", "knowledgeThemes",
                         "targetGroups", "wholeRegion", "municipalityCodes", "participants", "maturity", "fundingScheme",
                         "startDate", "fundingEndDate", "links", "contactName", "contactEmail"]

    static func encode(_ items: [(UUID, InitiativeFields)], snapshot: RegionSnapshot) -> String {
        CSV.encode(header: header, rows: items.map { id, f in
            [id.uuidString, f.name, f.kind?.rawValue ?? "", f.recordStatus.rawValue, f.goal ?? "", f.description ?? "",
             f.strategicThemes.joined(separator: "|"), f.knowledgeThemes.joined(separator: "|"), f.targetGroups.joined(separator: "|"),
             f.wholeRegion ? "ja" : "nee", f.municipalityCodes.joined(separator: "|"),
             f.participants.map { "\($0.organisationID.uuidString):\($0.role.rawValue)" }.joined(separator: "|"),
             f.maturity?.rawValue ?? "", f.fundingScheme ?? "", f.startDate?.iso ?? "", f.fundingEndDate?.iso ?? "",
             f.links.joined(separator: "|"), f.contactName ?? "", f.contactEmail ?? ""]
        })
    }

    /// One CSV row as input (and its id, when the row has one), for import.
    static func input(_ row: [String: String]) -> (UUID?, InitiativeInput) {
        func list(_ key: String) -> [String] { (row[key] ?? "").split(separator: "|").map(String.init) }
        var i = InitiativeInput()
        i.name = row["name"]; i.kind = row["kind"]; i.recordStatus = row["recordStatus"]; i.goal = row["goal"]; i.description = row["description"]
        i.strategicThemes = list("strategicThemes"); i.knowledgeThemes = list("knowledgeThemes"); i.targetGroups = list("targetGroups")
        i.wholeRegion = ["ja", "true", "1"].contains((row["wholeRegion"] ?? "").lowercased())
        i.municipalityCodes = list("municipalityCodes")
        i.participants = list("participants").map { p in
            let parts = p.split(separator: ":", maxSplits: 1).map(String.init)
            return ParticipantInput(organisationId: parts.first ?? "", role: parts.count > 1 ? parts[1] : "")
        }
        i.maturity = row["maturity"]; i.fundingScheme = row["fundingScheme"]; i.startDate = row["startDate"]
        i.fundingEndDate = row["fundingEndDate"]; i.links = list("links"); i.contactName = row["contactName"]; i.contactEmail = row["contactEmail"]
        return (row["id"].flatMap(UUID.init(uuidString:)), i)
    }
}
