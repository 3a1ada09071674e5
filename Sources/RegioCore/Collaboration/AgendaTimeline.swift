import Foundation

/// Sizes of the agenda timeline drawing, in SVG user units.
public struct TimelineMetrics: Equatable, Sendable {
    /// Room left of the quarters for the actions' titles.
    public var labelWidth: Double
    public var quarterWidth: Double
    /// Room above the first row for the quarter labels.
    public var headerHeight: Double
    public var rowHeight: Double
    /// More quarters than this are not drawn at once: six years fit a page.
    public var maxQuarters: Int

    public init(labelWidth: Double = 260, quarterWidth: Double = 110, headerHeight: Double = 36, rowHeight: Double = 28, maxQuarters: Int = 24) {
        self.labelWidth = labelWidth; self.quarterWidth = quarterWidth; self.headerHeight = headerHeight
        self.rowHeight = rowHeight; self.maxQuarters = max(1, maxQuarters)
    }

    public static let standard = TimelineMetrics()
}

/// The action agenda laid out over quarters for an SVG timeline: a column per quarter and
/// a row per action with its bar from the start of its phase to the end of the quarter of
/// its due date, a marker on the due date and a line for today. Coordinates are rounded to
/// 0.1; the app draws them.
public struct AgendaTimeline: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public let quarter: AgendaQuarter
        public let x: Double
        public let width: Double
        /// "K3 2026".
        public let label: String
    }

    public struct Row: Equatable, Sendable {
        public let actionID: UUID
        public let title: String
        public let status: ActionStatus
        /// Top of the row.
        public let y: Double
        /// Left end and width of the bar, within the columns drawn.
        public let x: Double
        public let width: Double
        /// Middle of the due date's day; nil without a due date or when it is not drawn.
        public let dueX: Double?
        public let isOverdue: Bool
        /// The action starts before the first column drawn.
        public let continuesBefore: Bool
        /// The action runs on after the last column drawn.
        public let continuesAfter: Bool
    }

    public let columns: [Column]
    /// In agenda order.
    public let rows: [Row]
    /// Middle of today, when today falls within the columns.
    public let todayX: Double?
    /// Actions that lie wholly outside the columns drawn, for a note under the drawing.
    public let hiddenActions: Int
    public let width: Double
    public let height: Double

    /// Lays out `agenda` over `range`, or when none is given over every action's quarters.
    /// Either is cut to `metrics.maxQuarters`: a given range from its start, the actions'
    /// range to a window that starts a year before today's quarter where the actions allow.
    public init(_ agenda: ActionAgenda, today: CalendarDay, range: ClosedRange<AgendaQuarter>? = nil, metrics m: TimelineMetrics = .standard) {
        let window = range ?? Self.window(agenda.actions.map(\.fields), today: today, maxQuarters: m.maxQuarters)
        guard let window else {
            columns = []; rows = []; todayX = nil; hiddenActions = 0; width = m.labelWidth; height = m.headerHeight
            return
        }
        let first = window.lowerBound, last = min(window.upperBound, first.adding(quarters: m.maxQuarters - 1))
        func left(_ q: AgendaQuarter) -> Double { m.labelWidth + Double(q.index - first.index) * m.quarterWidth }
        func middle(_ day: CalendarDay) -> Double? {
            let q = AgendaQuarter(containing: day)
            guard first <= q && q <= last else { return nil }
            return Self.rounded(left(q) + m.quarterWidth * (Double(q.dayOffset(of: day)) + 0.5) / Double(q.dayCount))
        }
        columns = (0...last.index - first.index).map { i in
            let q = first.adding(quarters: i)
            return Column(quarter: q, x: Self.rounded(left(q)), width: m.quarterWidth, label: q.dutch)
        }
        var rows: [Row] = [], hidden = 0
        for action in agenda.actions {
            let f = action.fields
            guard f.lastQuarter >= first && f.phase <= last else { hidden += 1; continue }
            let start = max(f.phase, first), end = min(f.lastQuarter, last)
            let x = Self.rounded(left(start))
            rows.append(Row(actionID: action.id, title: f.title, status: f.status, y: Self.rounded(m.headerHeight + Double(rows.count) * m.rowHeight),
                            x: x, width: Self.rounded(left(end) + m.quarterWidth) - x, dueX: f.dueDate.flatMap(middle),
                            isOverdue: f.isOverdue(today: today), continuesBefore: f.phase < first, continuesAfter: f.lastQuarter > last))
        }
        self.rows = rows
        hiddenActions = hidden
        todayX = middle(today)
        width = Self.rounded(m.labelWidth + Double(columns.count) * m.quarterWidth)
        height = Self.rounded(m.headerHeight + Double(rows.count) * m.rowHeight)
    }

    /// The quarters of all actions, at most `maxQuarters` of them; nil without actions.
    static func window(_ actions: [ActionFields], today: CalendarDay, maxQuarters: Int) -> ClosedRange<AgendaQuarter>? {
        guard let start = actions.map(\.phase).min(), let end = actions.map(\.lastQuarter).max() else { return nil }
        guard end.index - start.index >= maxQuarters else { return start...end }
        let yearBack = AgendaQuarter(containing: today).adding(quarters: -4)
        let first = min(max(start, yearBack), end.adding(quarters: 1 - maxQuarters))
        return first...first.adding(quarters: maxQuarters - 1)
    }

    static func rounded(_ v: Double) -> Double { (v * 10).rounded() / 10 }
}
