import Foundation

/// Exact money arithmetic for pooled purchases: multiply, take a percentage, split in
/// proportional parts — all in whole cents, so every total adds up to the cent.
extension Amount {
    /// This amount `n` times: a list price times a quantity.
    public static func * (a: Amount, n: Int) -> Amount { Amount(hundredths: a.hundredths * n) }

    /// `percent` per cent of this amount (both non-negative), rounded to a whole
    /// hundredth half up: 0,5 cent and more goes up, less goes down, as Dutch invoices
    /// round. Computed on whole numbers, never through floating point.
    public func percentage(_ percent: Amount) -> Amount {
        // percent is in hundredths of a percent, so the fraction is percent / 10 000.
        let (quotient, remainder) = Self.multiplyDivide(hundredths, percent.hundredths, 10_000)
        return Amount(hundredths: remainder * 2 >= 10_000 ? quotient + 1 : quotient)
    }

    /// This amount split into parts proportional to `weights` (non-negative), which add
    /// up to exactly this amount: the largest-remainder method. Every part first gets its
    /// exact share rounded down to the cent; the cents left over (fewer than there are
    /// parts) go one each to the parts with the largest remainders, ties to the earlier
    /// part. So € 100,00 over three equal parts is 33,34 + 33,33 + 33,33. With no weight
    /// at all there is nothing to share by, and every part is zero.
    public func allocated(proportionalTo weights: [Int]) -> [Amount] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in .zero } }
        let exact = weights.map { Self.multiplyDivide(hundredths, $0, total) }
        var parts = exact.map(\.quotient)
        let leftover = hundredths - parts.reduce(0, +)
        let byRemainder = exact.indices.sorted { exact[$0].remainder != exact[$1].remainder ? exact[$0].remainder > exact[$1].remainder : $0 < $1 }
        for i in byRemainder.prefix(leftover) { parts[i] += 1 }
        return parts.map(Amount.init(hundredths:))
    }

    /// a · b / c with quotient and remainder, through a double-width product, so that a
    /// large saving times a large quantity cannot overflow. Callers keep b ≤ c, so the
    /// quotient is at most a.
    private static func multiplyDivide(_ a: Int, _ b: Int, _ c: Int) -> (quotient: Int, remainder: Int) {
        c.dividingFullWidth(a.multipliedFullWidth(by: b))
    }
}
