import Foundation
import NIOConcurrencyHelpers
import RegioCore
import Vapor

/// Settings from the process environment that are asked on every request, read once per
/// process. `Environment.get` builds a dictionary of the whole environment on each call
/// (Foundation's `ProcessInfo.environment`): on a cached map answer that was a third of
/// the time spent. The environment of a running server does not change, so once is enough.
enum ProcessSettings {
    /// `REGIO_REGION`: the region served when a request names none.
    static let defaultRegionSlug: String = Environment.get("REGIO_REGION").flatMap { $0.isEmpty ? nil : $0 } ?? "utrechtzorg"
    /// `REGIO_SECURE_COOKIES=1`: the platform is served over HTTPS.
    static let secureCookies: Bool = Environment.get("REGIO_SECURE_COOKIES") == "1"
    /// `REGIO_TODAY=yyyy-mm-dd`: a fixed "today" (demonstrations, reproducible screenshots).
    static let fixedToday: CalendarDay? = Environment.get("REGIO_TODAY").flatMap(CalendarDay.init(iso:))
}

/// Today in the region's time zone (or `REGIO_TODAY`). Worked out once per day rather than
/// per request: a calendar in the Amsterdam time zone costs more than the rest of a cached
/// map answer. The day is kept with the moments it starts and ends there, so it turns over
/// at local midnight exactly, and a clock set back is noticed too.
enum RegionClock {
    private static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
    private static let known = NIOLockedValueBox<(day: CalendarDay, from: Date, until: Date)?>(nil)

    static var today: CalendarDay {
        if let fixed = ProcessSettings.fixedToday { return fixed }
        let now = Date()
        return known.withLockedValue { known in
            if let k = known, now >= k.from, now < k.until { return k.day }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let from = calendar.startOfDay(for: now)
            let until = calendar.date(byAdding: .day, value: 1, to: from) ?? now.addingTimeInterval(60)
            let day = CalendarDay(date: now, timeZone: timeZone)
            known = (day, from, until)
            return day
        }
    }
}
