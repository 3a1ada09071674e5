import Foundation

/// A non-negative number with at most two decimals, kept exactly as a whole number of
/// hundredths: euro cents for money, hundredths of an hour, place or fte otherwise. Sums
/// are exact (0,10 + 0,20 is 0,30, never 0,30000000000000004), so totals and balances of
/// a purpose case add up to the cent.
///
/// JSON carries it as decimal text with a point ("1250.50"), which no decoder rounds.
public struct Amount: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, TextCodable {
    /// The amount times 100: 1250,50 is 125050.
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(whole: Int) { hundredths = whole * 100 }

    public static let zero = Amount(hundredths: 0)

    public static func + (a: Amount, b: Amount) -> Amount { Amount(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Amount, b: Amount) -> Amount { Amount(hundredths: a.hundredths - b.hundredths) }
    public static func < (a: Amount, b: Amount) -> Bool { a.hundredths < b.hundredths }

    /// Text with a decimal point and two decimals ("1250.50", "-3.00"): the JSON and CSV form.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        return "\(sign)\(magnitude / 100).\(Self.twoDigits(magnitude % 100))"
    }

    /// As Dutch write it: dots between thousands, a comma before the decimals, always two
    /// decimals when `fixedDecimals` (money: "1.250,00"), otherwise only those needed
    /// ("12,5", "3").
    public func dutch(fixedDecimals: Bool) -> String {
        let magnitude = hundredths.magnitude
        let whole = String(magnitude / 100), fraction = magnitude % 100
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(ch)
        }
        let sign = hundredths < 0 ? "-" : ""
        if fixedDecimals { return "\(sign)\(grouped),\(Self.twoDigits(fraction))" }
        if fraction == 0 { return sign + grouped }
        let decimals = fraction % 10 == 0 ? String(fraction / 10) : Self.twoDigits(fraction)
        return "\(sign)\(grouped),\(decimals)"
    }

    init?(codableText text: String) {
        let negative = text.hasPrefix("-")
        guard case .success(let amount) = Amount.parse(negative ? String(text.dropFirst()) : text) else { return nil }
        self = negative ? Amount(hundredths: -amount.hundredths) : amount
    }
    var codableText: String { description }
    static let codableTextName = "geldig bedrag"

    private static func twoDigits(_ n: UInt) -> String { n < 10 ? "0\(n)" : String(n) }

    /// Why a text is not an amount, for the Dutch message next to the field.
    public enum ParseProblem: Error, Equatable, Sendable {
        /// Not a number at all ("veel", "12,3,4").
        case notANumber
        /// Starts with a minus sign: a purpose case writes what goes in and what comes out
        /// as two positive items, not one negative one.
        case negative
        /// More than two decimals: refused rather than silently rounded.
        case tooManyDecimals
    }

    /// Reads an amount as people type it: "1250", "1.250,50", "1.250", "1.250.000", "12,5",
    /// "12.5", "€ 450,00". Dutch writing first: a comma is the decimal sign and dots group
    /// thousands, so "3.000" is three thousand (as every Dutch user means it). Only a single
    /// dot before one or two digits ("12.5", "450.50") is read as a decimal point, the one
    /// reading that cannot be Dutch thousands.
    public static func parse(_ raw: String) -> Result<Amount, ParseProblem> {
        var text = raw.replacingOccurrences(of: "€", with: "")
        text.removeAll { $0.isWhitespace }
        if text.hasPrefix("-") || text.hasPrefix("−") { return .failure(.negative) }
        if text.hasPrefix("+") { text.removeFirst() }
        let wholePart: Substring, fractionPart: Substring?
        let commas = text.split(separator: ",", omittingEmptySubsequences: false)
        switch commas.count {
        case 1:
            let dots = text.split(separator: ".", omittingEmptySubsequences: false)
            if dots.count == 2 && dots[1].count != 3 {
                wholePart = dots[0]; fractionPart = dots[1]
            } else {
                wholePart = Substring(text); fractionPart = nil
            }
        case 2:
            wholePart = commas[0]; fractionPart = commas[1]
        default:
            return .failure(.notANumber)
        }
        guard let whole = wholeNumber(grouped: wholePart) else { return .failure(.notANumber) }
        guard let fractionPart else { return .success(Amount(whole: whole)) }
        guard !fractionPart.isEmpty, fractionPart.allSatisfy(\.isASCIIDigit) else { return .failure(.notANumber) }
        guard fractionPart.count <= 2 else { return .failure(.tooManyDecimals) }
        let fraction = Int(fractionPart)! * (fractionPart.count == 1 ? 10 : 1)
        return .success(Amount(hundredths: whole * 100 + fraction))
    }

    /// "1250" or "1.250.000" (groups of three after the first); nil for anything else and
    /// for numbers so long they could overflow (validation caps amounts far below).
    private static func wholeNumber(grouped text: Substring) -> Int? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, groups.count == 1 || first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let digits = groups.joined()
        guard digits.count <= 15 else { return nil }
        return Int(digits)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
