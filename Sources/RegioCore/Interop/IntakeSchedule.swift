import Foundation

/// When a learner can start a module, as offerings other systems can list: one offering
/// per intake date, or — for a module with continuous intake ("start any time") — one
/// offering whose start window runs from today for `horizonMonths` months. The window
/// moves with the calendar: that is what "any time" means, said for a period a catalogue
/// can show, without inventing an end to the offer.
public enum IntakeSchedule {
    /// How far ahead a continuous intake is published.
    public static let horizonMonths = 12

    /// One moment (or window) to start.
    public struct Intake: Equatable, Sendable {
        /// Stable within the module: the date ("2027-02-01") or `continuous`; feeds the offering's id.
        public var key: String
        /// The first and last day one can start; the same day for an intake date.
        public var firstDay: CalendarDay
        public var lastDay: CalendarDay
        /// Start any day of the window (continuous intake) rather than on one date.
        public var flexible: Bool

        /// Whether one can start somewhere in [since, until] (either end open). The
        /// Open Education API's `since` is the earliest start asked for, `until` the latest;
        /// a module's end is not known, so both compare with start moments.
        public func startsWithin(since: Date?, until: Date?, timeZone: TimeZone = RFC3339.dutchTime) -> Bool {
            if let since, RFC3339.start(of: lastDay, timeZone: timeZone) < since { return false }
            if let until, RFC3339.start(of: firstDay, timeZone: timeZone) > until { return false }
            return true
        }

        /// Not over yet on `today`: one can still start (then or later).
        public func isOpen(on today: CalendarDay) -> Bool { lastDay >= today }
    }

    public static let continuousKey = "continuous"

    /// The intakes of a module with these start dates (none: continuous intake), in date order.
    public static func intakes(dates: [CalendarDay], today: CalendarDay) -> [Intake] {
        guard !dates.isEmpty else {
            return [Intake(key: continuousKey, firstDay: today, lastDay: today.adding(months: horizonMonths), flexible: true)]
        }
        return Set(dates).sorted().map { Intake(key: $0.iso, firstDay: $0, lastDay: $0, flexible: false) }
    }
}
