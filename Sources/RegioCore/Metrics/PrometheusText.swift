/// The Prometheus text exposition format, version 0.0.4: what `/metrics` answers.
/// Only writes text; which numbers go in is the caller's business.
public struct PrometheusText: Sendable {
    public enum Kind: String, Sendable { case counter, gauge, histogram }

    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    public private(set) var text = ""

    public init() {}

    /// `# HELP` and `# TYPE` of a metric family; its samples follow.
    public mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(kind.rawValue)\n"
    }

    public mutating func sample(_ name: String, labels: [(String, String)] = [], value: Double) {
        sample(name, labels: labels, formatted: Self.number(value))
    }

    public mutating func sample(_ name: String, labels: [(String, String)] = [], value: Int) {
        sample(name, labels: labels, formatted: String(value))
    }

    private mutating func sample(_ name: String, labels: [(String, String)], formatted: String) {
        text += name
        if !labels.isEmpty {
            text += "{" + labels.map { "\($0.0)=\"\(Self.escapeLabel($0.1))\"" }.joined(separator: ",") + "}"
        }
        text += " " + formatted + "\n"
    }

    /// Whole numbers without ".0" and infinity as "+Inf", as the Go client writes them, so
    /// `le` labels read the same as those of other exporters.
    public static func number(_ value: Double) -> String {
        if value == .infinity { return "+Inf" }
        if value == -.infinity { return "-Inf" }
        if value.isNaN { return "NaN" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Label values escape backslash, double quote and line feed (the format's only rules);
    /// help texts the same without the quote.
    static func escapeLabel(_ value: String) -> String { escape(value, quote: true) }
    static func escapeHelp(_ value: String) -> String { escape(value, quote: false) }

    private static func escape(_ value: String, quote: Bool) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "\"" where quote: out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
