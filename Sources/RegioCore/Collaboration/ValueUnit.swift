import Foundation

/// What an amount in a purpose case counts: euros, hours, places, fte, or a unit the user
/// names ("trainingen", "vacatures"). Amounts of different units are never added up.
///
/// Stored by `key`: the known units' Dutch keys, or the user's unit in lower case with
/// single spaces, so "Trainingen" and "trainingen " are one unit.
public struct ValueUnit: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, TextCodable {
    public let key: String

    public static let euro = ValueUnit(key: "euro")
    public static let hours = ValueUnit(key: "uren")
    public static let places = ValueUnit(key: "plekken")
    public static let fte = ValueUnit(key: "fte")
    /// The units offered in forms, in this order; others may be typed.
    public static let known: [ValueUnit] = [.euro, .hours, .places, .fte]

    /// The longest unit a user may type.
    public static let maxLength = 40

    private init(key: String) { self.key = key }

    /// The unit `text` names: the known units under their usual spellings ("€", "eur",
    /// "uur", "plaatsen", "FTE"), any other text as a unit of its own; nil for empty text.
    public init?(_ text: String) {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !words.isEmpty else { return nil }
        switch words {
        case "euro", "euro's", "euros", "eur", "€": self = .euro
        case "uur", "uren", "u": self = .hours
        case "plek", "plekken", "plaats", "plaatsen": self = .places
        case "fte", "fte's": self = .fte
        default: self.init(key: words)
        }
    }

    init?(codableText text: String) { self.init(text) }
    var codableText: String { key }
    static let codableTextName = "geldige eenheid"

    /// Money is financial; every other unit (hours, places, fte, the user's own) is not.
    public var isFinancial: Bool { self == .euro }

    /// The unit as a table header reads it: "euro", "uren", "plekken", "fte", or the user's text.
    public var description: String { key }

    /// An amount of this unit in Dutch: "€ 1.250,00", "€ -4,99", "12,5 uur", "1 plek", "0,8 fte", "4 trainingen".
    public func dutch(_ amount: Amount) -> String {
        switch self {
        case .euro: return "€ " + amount.dutch(fixedDecimals: true)
        // Dutch counts hours in the singular after a number: "12 uur".
        case .hours: return amount.dutch(fixedDecimals: false) + " uur"
        case .places: return amount.dutch(fixedDecimals: false) + (amount == Amount(whole: 1) ? " plek" : " plekken")
        default: return amount.dutch(fixedDecimals: false) + " " + key
        }
    }

    /// Known units first, in the order of `known`, then the others alphabetically.
    public static func < (a: ValueUnit, b: ValueUnit) -> Bool {
        let ra = known.firstIndex(of: a) ?? known.count, rb = known.firstIndex(of: b) ?? known.count
        return ra != rb ? ra < rb : a.key < b.key
    }
}
