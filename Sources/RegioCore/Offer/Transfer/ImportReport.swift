import Foundation

/// How an import treats a file with mistakes.
public enum ImportMode: String, CaseIterable, Codable, Sendable, DutchLabelled {
    /// Check every row and write nothing (proefimport).
    case dryRun = "proef"
    /// Write only when every row is valid; otherwise nothing.
    case allOrNothing = "alles"
    /// Write the valid rows and report the others: only when asked for explicitly.
    case validOnly = "alleen-geldige"

    public var dutchLabel: String {
        switch self {
        case .dryRun: "Alleen controleren (proefimport): er wordt niets opgeslagen"
        case .allOrNothing: "Importeren als alle regels kloppen; anders niets"
        case .validOnly: "De geldige regels importeren en de foute overslaan"
        }
    }
}

/// A mistake in one row of an import: its line in a CSV file (the header is line 1) or
/// its number in a JSON list (the first item is 1), the field, and what is wrong.
public struct ImportRowError: Codable, Equatable, Sendable {
    public var row: Int
    public var field: String
    public var message: String

    public init(row: Int, field: String, message: String) { self.row = row; self.field = field; self.message = message }
}

/// What an import found and did.
public struct ImportReport: Codable, Equatable, Sendable {
    public var mode: ImportMode
    public var rows: Int
    /// Rows without mistakes.
    public var valid: Int
    /// Rows that have (or would have) made a new record, changed one, or left one as it was.
    public var created = 0, updated = 0, unchanged = 0
    /// Whether anything was written.
    public var written = false
    public var errors: [ImportRowError] = []

    public init(mode: ImportMode, rows: Int, valid: Int) { self.mode = mode; self.rows = rows; self.valid = valid }

    /// Rows with at least one mistake.
    public var invalidRows: Int { rows - valid }
}

/// One row of an import, read: where it came from, the record it names (if any), and
/// either the record's validated fields or its mistakes.
public struct ImportRow<Key: Hashable & Sendable, Fields: Sendable>: Sendable {
    public var row: Int
    public var key: Key?
    public var result: Result<Fields, ValidationFailure>

    public init(row: Int, key: Key?, result: Result<Fields, ValidationFailure>) { self.row = row; self.key = key; self.result = result }
}

/// Decides per row what an import does: add, change, leave alone, or refuse. Pure, so
/// the rules are tested without a database.
/// Why an import refuses a row that names a record.
public enum ImportRefusal {
    public static let deleted = "Dit record is verwijderd; herstel het eerst, of laat de id leeg voor een nieuw record."
    public static let otherRegion = "Deze id hoort bij een record van een andere regio; laat de id leeg voor een nieuw record."
}

public struct ImportPlan<Key: Hashable & Sendable, Fields: Equatable & Sendable>: Sendable {
    public enum Step: Sendable { case create(Key?, Fields), update(Key, before: Fields, after: Fields) }

    public var report: ImportReport
    /// What to write: empty unless the mode and the rows allow writing.
    public var steps: [Step] = []

    /// `current` holds the records that exist; `refused` keys that a row may not name,
    /// with the reason (a deleted record: restore it first; another region's record).
    /// Rows naming the same key twice are refused.
    public init(rows: [ImportRow<Key, Fields>], current: [Key: Fields], refused: [Key: String] = [:], mode: ImportMode) {
        var errors: [ImportRowError] = [], planned: [Step] = [], seen = Set<Key>()
        var created = 0, updated = 0, unchanged = 0, valid = 0
        for row in rows {
            switch row.result {
            case .failure(let failure):
                errors += failure.errors.map { ImportRowError(row: row.row, field: $0.field, message: $0.message) }
            case .success(let fields):
                if let key = row.key {
                    if let reason = refused[key] {
                        errors.append(ImportRowError(row: row.row, field: "id", message: reason))
                        continue
                    }
                    guard seen.insert(key).inserted else {
                        errors.append(ImportRowError(row: row.row, field: "id", message: "Deze id staat al op een eerdere regel van het bestand."))
                        continue
                    }
                }
                valid += 1
                if let key = row.key, let before = current[key] {
                    if before == fields { unchanged += 1 } else { updated += 1; planned.append(.update(key, before: before, after: fields)) }
                } else {
                    created += 1; planned.append(.create(row.key, fields))
                }
            }
        }
        report = ImportReport(mode: mode, rows: rows.count, valid: valid)
        report.created = created; report.updated = updated; report.unchanged = unchanged; report.errors = errors
        let writes = switch mode {
        case .dryRun: false
        case .allOrNothing: errors.isEmpty
        case .validOnly: true
        }
        if writes { steps = planned }
    }
}
