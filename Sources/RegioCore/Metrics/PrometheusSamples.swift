/// Reads Prometheus text (version 0.0.4) back into samples, strictly: a line that a
/// Prometheus server would refuse is an error. Written apart from `PrometheusText`, so
/// the tests check what `/metrics` writes against the grammar, not against the writer.
public enum PrometheusSamples {
    public struct Sample: Equatable, Sendable {
        public var name: String
        public var labels: [String: String]
        public var value: Double
    }

    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "regel \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> [Sample] {
        var samples: [Sample] = []
        var types: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let s = Substring(raw)
            if s.isEmpty { continue }
            if s.hasPrefix("#") {
                let parts = s.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
                guard parts.count >= 3, parts[1] == "TYPE" || parts[1] == "HELP" else { continue } // other comments are allowed
                guard isMetricName(parts[2]) else { throw ParseError(line: line, message: "ongeldige naam ‘\(parts[2])’") }
                if parts[1] == "TYPE" {
                    guard parts.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(String(parts[3])) else {
                        throw ParseError(line: line, message: "onbekend type")
                    }
                    guard types[String(parts[2])] == nil else { throw ParseError(line: line, message: "type van \(parts[2]) staat er twee keer") }
                    types[String(parts[2])] = String(parts[3])
                }
                continue
            }
            samples.append(try sample(s, line: line))
        }
        return samples
    }

    private static func sample(_ s: Substring, line: Int) throws(ParseError) -> Sample {
        var rest = s[...]
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
        guard isMetricName(name) else { throw ParseError(line: line, message: "ongeldige naam") }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                guard let first = label.first, !first.isNumber, rest.dropFirst(label.count).hasPrefix("=\"") else {
                    throw ParseError(line: line, message: "ongeldig label")
                }
                rest = rest.dropFirst(label.count + 2)
                var value = ""
                while true {
                    guard let c = rest.popFirst() else { throw ParseError(line: line, message: "label zonder slotaanhalingsteken") }
                    if c == "\"" { break }
                    if c == "\\" {
                        switch rest.popFirst() {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: throw ParseError(line: line, message: "ongeldige escape in label")
                        }
                    } else {
                        value.append(c)
                    }
                }
                guard labels.updateValue(value, forKey: String(label)) == nil else { throw ParseError(line: line, message: "label \(label) twee keer") }
                if rest.first == "," { rest = rest.dropFirst() } else if rest.first != "}" { throw ParseError(line: line, message: "verwacht , of }") }
            }
            rest = rest.dropFirst()
        }
        let fields = rest.split(separator: " ")
        guard rest.first == " ", (1...2).contains(fields.count), let value = number(fields[0]) else {
            throw ParseError(line: line, message: "ongeldige waarde")
        }
        if fields.count == 2, Int64(fields[1]) == nil { throw ParseError(line: line, message: "ongeldige tijdstempel") }
        return Sample(name: String(name), labels: labels, value: value)
    }

    static func number(_ text: Substring) -> Double? {
        switch text {
        case "+Inf": return .infinity
        case "-Inf": return -.infinity
        case "NaN": return .nan
        default: return Double(text)
        }
    }

    static func isMetricName(_ name: Substring) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
    }
}
