/// One field of a record that changed, with its value before and after, as text.
/// `nil` means the field was empty.
public struct FieldChange: Codable, Equatable, Sendable {
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// The changes from snapshot `old` to snapshot `new` (field → display text), in the
    /// order of `fieldOrder`, then any other fields alphabetically.
    public static func diff(old: [String: String], new: [String: String], fieldOrder: [String] = []) -> [FieldChange] {
        let keys = Set(old.keys).union(new.keys)
        let ordered = fieldOrder.filter(keys.contains) + keys.subtracting(fieldOrder).sorted()
        return ordered.compactMap { key in
            let a = old[key].flatMap { $0.isEmpty ? nil : $0 }, b = new[key].flatMap { $0.isEmpty ? nil : $0 }
            return a == b ? nil : FieldChange(field: key, old: a, new: b)
        }
    }
}

/// What happened to a record.
public enum ChangeAction: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case create, update, delete, restore, `import`

    public var dutchLabel: String {
        switch self {
        case .create: "Aangemaakt"
        case .update: "Gewijzigd"
        case .delete: "Verwijderd"
        case .restore: "Hersteld"
        case .import: "Geïmporteerd"
        }
    }
}
