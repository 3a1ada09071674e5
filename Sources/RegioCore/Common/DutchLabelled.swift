/// A value the UI shows by its Dutch name.
public protocol DutchLabelled {
    var dutchLabel: String { get }
}

extension DutchLabelled where Self: RawRepresentable, Self: CaseIterable, RawValue == String {
    /// Parses a raw value, tolerating surrounding whitespace; `nil` for unknown values.
    public static func parse(_ raw: String?) -> Self? {
        guard let raw = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        return Self(rawValue: raw)
    }
}

extension Array where Element == String {
    /// "Amersfoort, Soest en Baarn": a list as a Dutch sentence writes it.
    public var dutchList: String {
        count <= 1 ? joined() : dropLast().joined(separator: ", ") + " en " + last!
    }
}
