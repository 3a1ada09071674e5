import Foundation
import RegioCore

/// The CSV form of learning places: ids, codes and keys, not labels, so that a file
/// exported here imports again unchanged. The organisation's and municipality's names
/// ride along for people reading the file; import ignores them.
enum LearningPlaceCSV {
    static let header = ["id", "organisationId", "organisationName", "municipalityCode", "municipalityName", "kind", "count",
                         "startDate", "endDate", "supervisionCapacity", "roleKey", "description"]
    /// Columns an import cannot do without.
    static let required = ["organisationId", "municipalityCode", "kind", "count", "startDate", "endDate", "supervisionCapacity"]

    static func encode(_ items: [(UUID, LearningPlaceFields)], snapshot: RegionSnapshot) -> String {
        CSV.encode(header: header, rows: items.map { id, f in
            [id.uuidString, f.organisationID.uuidString, snapshot.organisation(f.organisationID)?.name ?? "", f.municipalityCode,
             snapshot.municipalityName(f.municipalityCode), f.kind.rawValue, String(f.count), f.startDate.iso, f.endDate.iso,
             String(f.supervisionCapacity), f.roleKey ?? "", f.description ?? ""]
        })
    }

    /// One CSV row as input (and its id, when the row has one), for import.
    static func input(_ row: [String: String]) -> (UUID?, LearningPlaceInput) {
        var i = LearningPlaceInput()
        i.organisationId = row["organisationId"]; i.municipalityCode = row["municipalityCode"]; i.kind = row["kind"]; i.count = row["count"]
        i.startDate = row["startDate"]; i.endDate = row["endDate"]; i.supervisionCapacity = row["supervisionCapacity"]
        i.roleKey = row["roleKey"]; i.description = row["description"]
        return (row["id"].flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }, i)
    }
}
