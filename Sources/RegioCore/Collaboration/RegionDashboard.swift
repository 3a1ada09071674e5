import Foundation

/// What the region's dashboard says about collaboration: coalitions and actions per
/// status, overdue actions, the latest progress and the latest Volgspot of the region's
/// agenda and of each coalition. Built from what the visitor may see: the caller passes
/// only visible coalitions, actions, updates and reviews; updates of actions and reviews
/// of coalitions that are not passed in are left out here too, so a published review of
/// an unpublished coalition can never name it.
public struct RegionDashboard: Sendable {
    /// A coalition as the dashboard needs it.
    public struct Coalition: Equatable, Sendable {
        public var id: UUID
        public var name: String
        public var status: CoalitionStatus
        public init(id: UUID, name: String, status: CoalitionStatus) { self.id = id; self.name = name; self.status = status }
    }

    /// A progress update of an action.
    public struct Update: Equatable, Sendable {
        public var actionID: UUID
        public var date: CalendarDay
        public var text: String
        /// The stored author ("Name <e-mail>"); show `authorName`, never this.
        public var author: String
        public var newStatus: ActionStatus?
        /// When it was written: orders updates of the same day, newest first.
        public var recorded: Date?

        public init(actionID: UUID, date: CalendarDay, text: String, author: String, newStatus: ActionStatus? = nil, recorded: Date? = nil) {
            self.actionID = actionID; self.date = date; self.text = text; self.author = author; self.newStatus = newStatus; self.recorded = recorded
        }

        /// The author's name without e-mail address: what a public page may show.
        public var authorName: String { AuthorLabel.publicName(author) }
    }

    /// A Volgspot of a coalition, or of the region's agenda when `coalitionID` is nil.
    public struct Review: Equatable, Sendable {
        /// The stored review's id, for a link to it.
        public var id: UUID?
        public var coalitionID: UUID?
        public var review: ProgressReview
        public init(id: UUID? = nil, coalitionID: UUID?, review: ProgressReview) { self.id = id; self.coalitionID = coalitionID; self.review = review }
    }

    /// The newest review of the agenda or of one coalition, with how it moved since the one before.
    public struct LatestReview: Equatable, Sendable {
        /// nil: the region's agenda.
        public let coalitionID: UUID?
        /// The coalition's name; nil for the region's agenda.
        public let coalitionName: String?
        /// The newest review's id.
        public let id: UUID?
        public let review: ProgressReview
        /// How many reviews there are of this coalition (or of the agenda).
        public let count: Int
        /// Against the review before it; nil when there is only one.
        public let comparison: ReviewComparison?
    }

    /// The coalitions, alphabetical by name.
    public let coalitions: [Coalition]
    /// Every coalition status, also with 0, in the order of `CoalitionStatus`.
    public let coalitionCounts: [(status: CoalitionStatus, count: Int)]
    /// Every action status, also with 0, in the order of `ActionStatus`.
    public let actionCounts: [(status: ActionStatus, count: Int)]
    /// Overdue actions, the longest overdue first.
    public let overdue: [AgendaAction]
    /// The newest updates of the given actions: by date, then by when they were written, newest first.
    public let recentUpdates: [Update]
    /// The agenda's latest review first, then each coalition's, alphabetical by name.
    public let latestReviews: [LatestReview]
    public let coalitionTotal: Int
    public let actionTotal: Int

    /// How many updates `recentUpdates` holds at most.
    public static let recentLimit = 8

    public init(coalitions: [Coalition], actions: [AgendaAction], updates: [Update], reviews: [Review], today: CalendarDay,
                recentLimit: Int = RegionDashboard.recentLimit) {
        coalitionTotal = coalitions.count
        self.coalitions = coalitions.sorted { a, b in
            let ka = AlphabeticalOrder.key(a.name), kb = AlphabeticalOrder.key(b.name)
            return ka != kb ? ka < kb : a.id.uuidString < b.id.uuidString
        }
        actionTotal = actions.count
        coalitionCounts = CoalitionStatus.allCases.map { status in (status, coalitions.count(where: { $0.status == status })) }
        let agenda = ActionAgenda(actions)
        actionCounts = agenda.statusCounts
        overdue = agenda.overdue(today: today)

        let actionIDs = Set(actions.map(\.id))
        recentUpdates = Array(updates.filter { actionIDs.contains($0.actionID) }
            .sorted(stablyBy: { u in UpdateOrder(date: u.date, recorded: u.recorded ?? .distantPast) })
            .reversed().prefix(max(0, recentLimit)))

        let names = Dictionary(coalitions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Reviews of coalitions not passed in (unpublished, deleted) are dropped: they would name them.
        let visible = reviews.filter { $0.coalitionID.map { names[$0] != nil } ?? true }
        var order: [UUID?] = [], grouped: [UUID?: [Review]] = [:]
        for r in visible {
            if grouped[r.coalitionID] == nil { order.append(r.coalitionID) }
            grouped[r.coalitionID, default: []].append(r)
        }
        latestReviews = order.compactMap { key -> LatestReview? in
            // Oldest first, reviews of one day in their given order: the last is the newest.
            let series = (grouped[key] ?? []).sorted(stablyBy: \.review.date)
            guard let last = series.last else { return nil }
            return LatestReview(coalitionID: key, coalitionName: key.flatMap { names[$0] }, id: last.id, review: last.review, count: series.count,
                                comparison: ReviewHistory.latestComparison(series.map(\.review)))
        }.sorted { a, b in
            switch (a.coalitionName, b.coalitionName) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?):
                let kx = AlphabeticalOrder.key(x), ky = AlphabeticalOrder.key(y)
                return kx != ky ? kx < ky : a.coalitionID!.uuidString < b.coalitionID!.uuidString
            }
        }
    }
}

/// Orders updates: by day, then by the moment they were written.
private struct UpdateOrder: Comparable {
    let date: CalendarDay
    let recorded: Date
    static func < (a: UpdateOrder, b: UpdateOrder) -> Bool { a.date != b.date ? a.date < b.date : a.recorded < b.recorded }
}
