import Foundation
import RegioCore

/// The CSV form of a record's input, read from and written to the input type's own JSON
/// keys, so that a file exported here imports again unchanged and a new field needs no
/// CSV code. A list is written with `|` between its values (as every list of the
/// platform's CSVs); a list of pairs ("members") as `first:second|…`.
struct InputCSV<Input: Codable>: Sendable {
    enum Kind: Sendable {
        case text
        case list
        /// A list of objects with two keys, written `a:b` (an organisation id and a role).
        case pairs(String, String)
    }

    /// The columns after `id`, in order, and how each is written.
    let columns: [(key: String, kind: Kind)]
    /// Columns for people reading the file (names beside ids); import ignores them.
    var readable: [String] = []

    var header: [String] { ["id"] + columns.map(\.key) + readable }

    func encode(_ rows: [(UUID, Input)], readable values: (UUID) -> [String] = { _ in [] }) -> String {
        let encoder = JSONEncoder()
        return CSV.encode(header: header, rows: rows.map { id, input in
            let object = (try? JSONSerialization.jsonObject(with: encoder.encode(input))) as? [String: Any] ?? [:]
            return [id.uuidString] + columns.map { Self.cell(object[$0.key], kind: $0.kind) } + values(id)
        })
    }

    /// One CSV row as input (and its id, when the row has one). Cells that are empty are left out.
    func input(_ row: [String: String]) -> (UUID?, Input?) {
        var object: [String: Any] = [:]
        for (key, kind) in columns {
            guard let raw = row[key], !raw.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            switch kind {
            case .text: object[key] = raw
            case .list: object[key] = Self.split(raw)
            case .pairs(let a, let b):
                object[key] = Self.split(raw).map { part -> [String: String] in
                    let halves = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    return [a: halves.first ?? "", b: halves.count > 1 ? halves[1] : ""]
                }
            }
        }
        let id = row["id"].flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        guard let data = try? JSONSerialization.data(withJSONObject: object) else { return (id, nil) }
        return (id, try? JSONDecoder().decode(Input.self, from: data))
    }

    private static func split(_ raw: String) -> [String] {
        raw.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func cell(_ value: Any?, kind: Kind) -> String {
        switch (value, kind) {
        case (let s as String, _): return s
        case (let n as NSNumber, _): return n.stringValue
        case (let list as [Any], .pairs(let a, let b)):
            return list.compactMap { $0 as? [String: Any] }.map { "\($0[a] as? String ?? ""):\($0[b] as? String ?? "")" }.joined(separator: "|")
        case (let list as [Any], _): return list.map { "\($0)" }.joined(separator: "|")
        default: return ""
        }
    }
}
