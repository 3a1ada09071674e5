/// RFC 4180 CSV: the format every list exports to and re-imports from.
public enum CSV {
    /// One line per row, fields quoted when needed, CRLF line ends (as spreadsheets expect).
    public static func encode(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
        var f = field
        if let first = f.first, "=+-@".contains(first), Double(f) == nil { f = "'" + f }
        guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public struct ParseError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Parses CSV text into rows of fields. Accepts LF or CRLF and a UTF-8 byte-order mark.
    public static func decode(_ text: String) throws(ParseError) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var inQuotes = false, line = 1, fieldStarted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"":
                    guard !fieldStarted else { throw ParseError(line: line, message: "Aanhalingsteken midden in een veld op regel \(line).") }
                    inQuotes = true; fieldStarted = true
                case ",":
                    row.append(field); field = ""; fieldStarted = false
                case "\r":
                    break
                case "\n":
                    row.append(field); rows.append(row); row = []; field = ""; fieldStarted = false; line += 1
                default:
                    field.unicodeScalars.append(c); fieldStarted = true
                }
            }
            i += 1
        }
        if inQuotes { throw ParseError(line: line, message: "Een aanhalingsteken wordt niet gesloten (regel \(line)).") }
        if fieldStarted || !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    /// Undoes the formula guard of `encode`.
    public static func unguard(_ field: String) -> String {
        if field.hasPrefix("'"), let second = field.dropFirst().first, "=+-@".contains(second) { return String(field.dropFirst()) }
        return field
    }
}
