import Foundation

extension KeyedDecodingContainer {
    /// A field that the API sends as a number and forms and CSV send as text: both read
    /// as text. A value of another kind reads as "?", so validation names the field.
    func numberOrText(_ key: Key) throws -> String? {
        if let s = try? decodeIfPresent(String.self, forKey: key) { return s }
        if let n = try? decodeIfPresent(Int.self, forKey: key) { return String(n) }
        if let d = try? decodeIfPresent(Double.self, forKey: key) { return String(d) }
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return "?"
    }
}
