import Foundation

/// A quarter of a year ("2026-Q3", in Dutch "K3 2026"): the phase of an action on the
/// agenda. Stored and exchanged as `iso` text, which sorts like the calendar.
public struct AgendaQuarter: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, TextCodable {
    public let year: Int
    /// 1 to 4.
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1900...2200).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year; self.quarter = quarter
    }

    /// The quarter `day` falls in.
    public init(containing day: CalendarDay) {
        year = day.year; quarter = (day.month - 1) / 3 + 1
    }

    /// Reads "2026-Q3", "2026 K3", "2026-k3", "2026Q3", "K3 2026" or "Q3-2026" (K for
    /// kwartaal, Q for quarter); nil for anything else.
    public init?(_ text: String) {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "/" }
        guard compact.count == 6 else { return nil }
        let yearFirst = compact.first?.isNumber == true
        let yearText = yearFirst ? compact.prefix(4) : compact.suffix(4)
        let quarterText = yearFirst ? compact.suffix(2) : compact.prefix(2)
        guard yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText),
              quarterText.first == "Q" || quarterText.first == "K", let quarter = Int(quarterText.dropFirst()) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    init?(codableText text: String) { self.init(text) }
    var codableText: String { iso }
    static let codableTextName = "geldig kwartaal (JJJJ-QN)"

    /// "2026-Q3".
    public var iso: String { "\(year)-Q\(quarter)" }
    public var description: String { iso }
    /// "K3 2026", as Dutch planning documents write it.
    public var dutch: String { "K\(quarter) \(year)" }
    /// "3e kwartaal 2026".
    public var dutchLong: String { "\(quarter)e kwartaal \(year)" }

    /// Quarters since the start of year 0: consecutive quarters differ by one.
    public var index: Int { year * 4 + quarter - 1 }

    public func adding(quarters n: Int) -> AgendaQuarter {
        let i = index + n
        return AgendaQuarter(uncheckedYear: i / 4, quarter: i % 4 + 1)
    }

    private init(uncheckedYear: Int, quarter: Int) { self.year = uncheckedYear; self.quarter = quarter }

    private var firstMonth: Int { (quarter - 1) * 3 + 1 }

    public var firstDay: CalendarDay { CalendarDay(year: year, month: firstMonth, day: 1)! }
    public var lastDay: CalendarDay {
        let month = firstMonth + 2
        return CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
    }

    /// 90, 91 or 92.
    public var dayCount: Int { (firstMonth...firstMonth + 2).reduce(0) { $0 + CalendarDay.daysIn(month: $1, year: year) } }

    /// Days from the quarter's first day to `day` (0 for the first day), for a day in this quarter.
    func dayOffset(of day: CalendarDay) -> Int {
        (firstMonth..<day.month).reduce(day.day - 1) { $0 + CalendarDay.daysIn(month: $1, year: year) }
    }

    public static func < (a: AgendaQuarter, b: AgendaQuarter) -> Bool { a.index < b.index }
}
