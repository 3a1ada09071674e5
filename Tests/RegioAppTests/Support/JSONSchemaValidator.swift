import Foundation

/// A JSON value, read strictly: `true` is not a number and `1` is not a boolean.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    subscript(key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }
    subscript(index: Int) -> JSONValue? { if case .array(let a) = self, a.indices.contains(index) { a[index] } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var number: Double? { if case .number(let n) = self { n } else { nil } }
    var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ",") + "]"
        case .object(let o): "{" + o.keys.sorted().map { "\"\($0)\":\(o[$0]!)" }.joined(separator: ",") + "}"
        }
    }
}

/// Checks JSON values against the schemas of an OpenAPI 3.1 document — the parts of JSON
/// Schema that the OEAPI specification uses: `$ref` to the document's components, `type`
/// (also as a list), `required`, `properties`, `additionalProperties`, `items`, `enum`,
/// `const`, `allOf`/`anyOf`/`oneOf`, `nullable` (OpenAPI 3.0), lengths, `minItems`,
/// `pattern`, `minimum`/`maximum`, and the formats uuid, date, date-time, email, uri and
/// uri-reference. Unknown keywords (descriptions, examples, `x-…`) are ignored.
struct JSONSchemaValidator {
    let document: JSONValue

    init(document: JSONValue) { self.document = document }

    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileNoSuchFile) }
        document = try JSONValue.parse(data)
    }

    /// The schema a `#/…` reference points to.
    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for raw in ref.dropFirst(2).split(separator: "/") {
            let key = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            node = node?[key]
        }
        return node
    }

    /// The schema of a response: `path` and `method` as the document writes them, `status`
    /// as "200", "404" …, `mediaType` as listed under the response's content.
    func responseSchema(path: String, method: String = "get", status: String, mediaType: String) -> JSONValue? {
        var response = document["paths"]?[path]?[method]?["responses"]?[status]
        while let ref = response?["$ref"]?.string { response = resolve(ref) }
        return response?["content"]?[mediaType]?["schema"]
    }

    /// Every way `instance` breaks `schema`, each with the JSON path where it happens; empty when it conforms.
    func errors(_ instance: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if case .bool(let allowed) = schema { return allowed ? [] : ["\(path): niets is hier toegestaan"] }
        guard case .object(let s) = schema else { return ["\(path): ongeldig schema"] }
        var errors: [String] = []
        if let ref = s["$ref"]?.string {
            guard let target = resolve(ref) else { return ["\(path): onbekende verwijzing \(ref)"] }
            errors += self.errors(instance, target, at: path)
        }
        if instance == .null, s["nullable"]?.bool == true { return errors }
        if let type = s["type"] {
            let allowed = type.array?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
            if !allowed.contains(where: { Self.has(instance, type: $0) }) {
                return errors + ["\(path): verwacht \(allowed.joined(separator: " of ")), kreeg \(instance)"]
            }
        }
        if let options = s["enum"]?.array, !options.contains(instance) { errors.append("\(path): \(instance) staat niet in \(options)") }
        if let constant = s["const"], constant != instance { errors.append("\(path): verwacht \(constant), kreeg \(instance)") }

        switch instance {
        case .object(let o):
            for key in s["required"]?.array?.compactMap(\.string) ?? [] where o[key] == nil {
                errors.append("\(path): verplicht veld ‘\(key)’ ontbreekt")
            }
            let properties = s["properties"]?.object ?? [:]
            for (key, value) in o {
                if let property = properties[key] {
                    errors += self.errors(value, property, at: "\(path).\(key)")
                } else if let additional = s["additionalProperties"] {
                    errors += self.errors(value, additional, at: "\(path).\(key)")
                }
            }
        case .array(let a):
            if let min = s["minItems"]?.number, Double(a.count) < min { errors.append("\(path): minder dan \(Int(min)) elementen") }
            if let max = s["maxItems"]?.number, Double(a.count) > max { errors.append("\(path): meer dan \(Int(max)) elementen") }
            if let items = s["items"] {
                for (i, item) in a.enumerated() { errors += self.errors(item, items, at: "\(path)[\(i)]") }
            }
        case .string(let text):
            let length = Double(text.unicodeScalars.count)
            if let min = s["minLength"]?.number, length < min { errors.append("\(path): korter dan \(Int(min)) tekens") }
            if let max = s["maxLength"]?.number, length > max { errors.append("\(path): langer dan \(Int(max)) tekens") }
            if let pattern = s["pattern"]?.string, !Self.matches(text, pattern) { errors.append("\(path): ‘\(text)’ past niet op \(pattern)") }
            if let format = s["format"]?.string, !Self.conforms(text, format: format) { errors.append("\(path): ‘\(text)’ is geen \(format)") }
        case .number(let n):
            if let min = s["minimum"]?.number, n < min { errors.append("\(path): \(n) is kleiner dan \(min)") }
            if let max = s["maximum"]?.number, n > max { errors.append("\(path): \(n) is groter dan \(max)") }
        case .null, .bool:
            break
        }

        for (i, part) in (s["allOf"]?.array ?? []).enumerated() { errors += self.errors(instance, part, at: path).map { "\($0) (allOf[\(i)])" } }
        if let options = s["anyOf"]?.array, !options.contains(where: { self.errors(instance, $0, at: path).isEmpty }) {
            errors.append("\(path): past op geen van de anyOf-schema's")
        }
        if let options = s["oneOf"]?.array {
            let passing = options.filter { self.errors(instance, $0, at: path).isEmpty }.count
            if passing != 1 { errors.append("\(path): past op \(passing) van de oneOf-schema's in plaats van op precies één") }
        }
        return errors
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let n)): n.rounded() == n
        default: false
        }
    }

    /// JSON Schema patterns are searched for, not anchored.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func conforms(_ text: String, format: String) -> Bool {
        switch format {
        case "uuid":
            matches(text, "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
        case "date":
            matches(text, #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"#)
        case "date-time":
            matches(text, #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"#)
        case "email":
            matches(text, #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#)
        case "uri":
            matches(text, #"^[A-Za-z][A-Za-z0-9+.-]*:[^\s{}<>"]*$"#)
        case "uri-reference":
            matches(text, #"^[^\s{}<>"]*$"#)
        default:
            true // int32, double …: the type check covers them
        }
    }
}
