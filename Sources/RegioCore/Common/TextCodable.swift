import Foundation

/// A value JSON carries as one text ("2026-03-01", "2026-Q3", "1250.50", "uren"), so that
/// no decoder turns it into a number or a date and back.
protocol TextCodable: Codable {
    /// The value `text` stands for; nil when it stands for none.
    init?(codableText text: String)
    var codableText: String { get }
    /// What the text should have been, for the decoding error: "geldig kwartaal (JJJJ-QN)".
    static var codableTextName: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(codableText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Geen \(Self.codableTextName): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(codableText)
    }
}
