import Foundation

/// Moments as RFC 3339 writes them ("2027-02-01T00:00:00+01:00"), for exchange formats.
/// Parsing is strict and needs no formatter object, so it behaves the same on every
/// platform and for every year.
public enum RFC3339 {
    /// Dutch calendar days begin at midnight in this zone.
    public static let dutchTime = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt

    /// Parses a date-time (`2026-11-24T10:00:00Z`, `…+01:00`, optional fraction) or, as
    /// the Open Education API also allows for its filters, a full-date (`2026-11-24`,
    /// meaning the start of that day in `timeZone`). `nil` for anything else.
    public static func parse(_ text: String, timeZone: TimeZone = dutchTime) -> Date? {
        let chars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var n = 0
            for c in chars[from..<from + count] {
                guard (48...57).contains(c) else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        func char(_ i: Int, _ allowed: String) -> Bool { i < chars.count && allowed.utf8.contains(chars[i]) }

        guard let year = number(0, 4), char(4, "-"), let month = number(5, 2), char(7, "-"), let day = number(8, 2),
              (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        if chars.count == 10 {
            return midnight(year: year, month: month, day: day, timeZone: timeZone).moment
        }
        guard char(10, "Tt "), let hour = number(11, 2), char(13, ":"), let minute = number(14, 2), char(16, ":"),
              let second = number(17, 2), hour < 24, minute < 60, second <= 60 else { return nil }
        var i = 19
        var fraction = 0.0
        if char(i, ".") {
            var scale = 0.1
            i += 1
            let start = i
            while i < chars.count, (48...57).contains(chars[i]) { fraction += Double(chars[i] - 48) * scale; scale /= 10; i += 1 }
            guard i > start else { return nil }
        }
        let offset: Int
        if char(i, "Zz"), i + 1 == chars.count {
            offset = 0
        } else if char(i, "+-"), i + 6 == chars.count, let h = number(i + 1, 2), char(i + 3, ":"), let m = number(i + 4, 2), h < 24, m < 60 {
            offset = (chars[i] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
        } else {
            return nil
        }
        let seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
            + Double(hour * 3600 + minute * 60 + min(second, 59)) + fraction - Double(offset)
        return Date(timeIntervalSince1970: seconds)
    }

    /// The start of `day` in `timeZone`, written with that zone's offset: "2027-02-01T00:00:00+01:00".
    public static func midnight(_ day: CalendarDay, timeZone: TimeZone = dutchTime) -> String {
        let offset = midnight(year: day.year, month: day.month, day: day.day, timeZone: timeZone).offset
        let sign = offset < 0 ? "-" : "+"
        let h = abs(offset) / 3600, m = abs(offset) % 3600 / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(day.iso)T00:00:00\(sign)\(two(h)):\(two(m))"
    }

    /// The moment `day` begins in `timeZone`.
    public static func start(of day: CalendarDay, timeZone: TimeZone = dutchTime) -> Date {
        midnight(year: day.year, month: day.month, day: day.day, timeZone: timeZone).moment
    }

    /// Midnight of a day in `timeZone` and the zone's offset then. The offset is taken at
    /// midnight UTC, which lies before any (night-time) daylight-saving switch of that day
    /// in European zones, so it is the offset at local midnight too.
    private static func midnight(year: Int, month: Int, day: Int, timeZone: TimeZone) -> (moment: Date, offset: Int) {
        let utcMidnight = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight))
        return (Date(timeIntervalSince1970: utcMidnight - Double(offset)), offset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
