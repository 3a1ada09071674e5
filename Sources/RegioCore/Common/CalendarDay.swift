import Foundation

/// A date without a time of day or zone ("2026-03-01"), as people mean start and end
/// dates. Stored and exchanged as ISO 8601 text so it sorts and compares as text too.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, TextCodable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else, including impossible dates.
    public init?(iso: String) {
        let parts = iso.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The calendar day of `date` in the Dutch time zone.
    public init(date: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year ?? 1970; self.month = c.month ?? 1; self.day = c.day ?? 1
    }

    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// A number that orders days like the calendar (not a day count; gaps are fine).
    public var ordinal: Int { (year * 12 + month) * 32 + day }
    public var description: String { iso }

    /// Dutch display form: "1 maart 2026".
    public var dutch: String { "\(day) \(CalendarDay.dutchMonths[month - 1]) \(year)" }

    /// Short Dutch form for tables: "1 mrt 2026".
    public var dutchShort: String { "\(day) \(CalendarDay.dutchMonthsShort[month - 1]) \(year)" }

    /// This day `months` months later, clamped to the end of the month (31 jan + 1 = 28/29 feb).
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]

    public static let dutchMonthsShort = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    init?(codableText text: String) { self.init(iso: text) }
    var codableText: String { iso }
    static let codableTextName = "geldige datum (JJJJ-MM-DD)"
}
