import Foundation
@testable import RegioCore
import Testing

@Suite("Region dashboard: counts, overdue, recent progress, latest Volgspot, author names, bar chart")
struct RegionDashboardTests {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static func action(_ title: String, due: String? = nil, status: ActionStatus = .planned) -> AgendaAction {
        AgendaAction(id: UUID(), fields: ActionFields(title: title, scope: .central, phase: AgendaQuarter("2026-Q1")!, status: status, dueDate: due.map(day)))
    }

    static func review(_ date: String, _ score: Int) -> ProgressReview {
        ProgressReview(date: day(date), scores: Dictionary(uniqueKeysWithValues: ReviewDimension.allCases.map { ($0, score) }), narrative: "Fictief verslag")
    }

    @Test("Every status is counted, also with 0; overdue is past due and not closed, longest overdue first")
    func counts() {
        let late = Self.action("Fictieve werkplaats", due: "2026-02-01", status: .running)
        let later = Self.action("Fictieve leerlijn", due: "2026-03-15")
        let actions = [later, late, Self.action("Afgerond", due: "2026-01-10", status: .done), Self.action("Zonder deadline", status: .running)]
        let coalitions = [RegionDashboard.Coalition(id: UUID(), name: "Fictieve coalitie", status: .active),
                          RegionDashboard.Coalition(id: UUID(), name: "Andere fictieve coalitie", status: .active)]
        let d = RegionDashboard(coalitions: coalitions, actions: actions, updates: [], reviews: [], today: Self.day("2026-04-01"))
        #expect(d.coalitionCounts.map(\.status) == CoalitionStatus.allCases && d.coalitionCounts.map(\.count) == [0, 2, 0, 0])
        #expect(d.actionCounts.map(\.count) == [1, 2, 1, 0] && d.actionTotal == 4 && d.coalitionTotal == 2)
        #expect(d.overdue.map(\.id) == [late.id, later.id])
        #expect(d.coalitions.map(\.name) == ["Andere fictieve coalitie", "Fictieve coalitie"])
    }

    @Test("Recent progress: newest day first, same day by when written, at most the limit, only of the given actions")
    func recentProgress() {
        let a = Self.action("Fictieve actie"), hidden = UUID()
        let t0 = Date(timeIntervalSince1970: 1_000), t1 = Date(timeIntervalSince1970: 2_000)
        let updates = [
            RegionDashboard.Update(actionID: a.id, date: Self.day("2026-03-01"), text: "oud", author: "A"),
            RegionDashboard.Update(actionID: a.id, date: Self.day("2026-03-05"), text: "ochtend", author: "A", recorded: t0),
            RegionDashboard.Update(actionID: a.id, date: Self.day("2026-03-05"), text: "middag", author: "A", recorded: t1),
            RegionDashboard.Update(actionID: hidden, date: Self.day("2026-03-09"), text: "verborgen", author: "A"),
            RegionDashboard.Update(actionID: a.id, date: Self.day("2026-02-01"), text: "oudst", author: "A"),
        ]
        let d = RegionDashboard(coalitions: [], actions: [a], updates: updates, reviews: [], today: Self.day("2026-04-01"), recentLimit: 3)
        #expect(d.recentUpdates.map(\.text) == ["middag", "ochtend", "oud"])
    }

    @Test("Latest Volgspot: the agenda first, then coalitions by name; newest by date with its change; hidden coalitions left out")
    func latestReviews() {
        let b = RegionDashboard.Coalition(id: UUID(), name: "Fictieve zorgcoalitie B", status: .active)
        let a = RegionDashboard.Coalition(id: UUID(), name: "fictieve coalitie A", status: .forming)
        let newest = UUID()
        let reviews = [
            RegionDashboard.Review(coalitionID: b.id, review: Self.review("2026-03-01", 4)),
            RegionDashboard.Review(id: newest, coalitionID: b.id, review: Self.review("2026-06-01", 2)),
            RegionDashboard.Review(coalitionID: b.id, review: Self.review("2026-01-01", 1)),
            RegionDashboard.Review(coalitionID: UUID(), review: Self.review("2026-05-01", 5)), // an unpublished or deleted coalition
            RegionDashboard.Review(coalitionID: a.id, review: Self.review("2026-02-01", 3)),
            RegionDashboard.Review(coalitionID: nil, review: Self.review("2026-04-01", 3)),
        ]
        let d = RegionDashboard(coalitions: [b, a], actions: [], updates: [], reviews: reviews, today: Self.day("2026-07-01"))
        #expect(d.latestReviews.map(\.coalitionName) == [nil, "fictieve coalitie A", "Fictieve zorgcoalitie B"])
        let latestB = d.latestReviews[2]
        #expect(latestB.id == newest && latestB.review.average == 2 && latestB.count == 3)
        #expect(latestB.comparison?.dimensions(.declined).count == 6)
        #expect(d.latestReviews[0].comparison == nil && d.latestReviews[0].count == 1)
    }

    @Test("Authors on public pages: the name without the e-mail address")
    func authorNames() {
        #expect(AuthorLabel.publicName("Carla Coördinator <carla@example.org>") == "Carla Coördinator")
        #expect(AuthorLabel.publicName("Carla Coördinator <carla@example.org") == "Carla Coördinator")
        #expect(AuthorLabel.publicName("carla@example.org") == AuthorLabel.unnamed)
        #expect(AuthorLabel.publicName("<carla@example.org>") == AuthorLabel.unnamed)
        #expect(AuthorLabel.publicName("Carla (carla@example.org)") == "Carla")
        #expect(AuthorLabel.publicName("import") == "import")
        #expect(AuthorLabel.publicName("  ") == AuthorLabel.unnamed)
        let update = RegionDashboard.Update(actionID: UUID(), date: Self.day("2026-01-01"), text: "", author: "Fictieve Fenna <fenna@example.org>")
        #expect(update.authorName == "Fictieve Fenna")
    }

    @Test("Bar chart: one bar per value scaled to the largest, a visible zero, counts and labels written, text escaped")
    func barChart() {
        let svg = BarChart.horizontal([.init(label: "Leer- & werkcultuur", value: 4), .init(label: "Leeg", value: 0), .init(label: "Half", value: 2)],
                                      title: "Initiatieven per thema")
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Initiatieven per thema: Leer- &amp; werkcultuur 4, Leeg 0, Half 2\""))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 3)
        #expect(svg.contains("width=\"432\"") && svg.contains("width=\"216\"") && svg.contains("width=\"1\""))
        #expect(svg.contains(">Leer- &amp; werkcultuur</text>") && !svg.contains("& werk"))
        #expect(BarChart.horizontal([], title: "Leeg").contains("viewBox=\"0 0 480 38\""))
    }
}
