import Fluent
import Foundation
import RegioCore
import Vapor

/// Everything the dashboard shows, read once per request; page, CSV and JSON all render
/// this one value, so the three always agree.
struct DashboardReport: Sendable {
    struct Figure: Sendable { var what: String; var year: Int?; var value: Double; var source: String? }
    struct ThemeCount: Sendable { var key: String; var label: String; var count: Int }

    var snapshot: RegionSnapshot
    var today: CalendarDay
    /// A signed-in user of the region: unpublished coalitions, actions and reviews are included.
    var includesUnpublished: Bool
    var figures: [Figure]
    var initiatives: Int
    /// Initiatives per strategic theme, in the region's order of themes.
    var themes: [ThemeCount]
    var withoutTheme: Int
    var collaboration: RegionDashboard
    var actionTitles: [UUID: String]
    /// The borging list of `/borging` for `fundingMonths`.
    var fundingCliffs: [InitiativeEntry]
    var withoutFundingEnd: Int

    /// The horizon of the funding cliffs, as the borging page's default.
    static let fundingMonths = 12

    static func load(_ req: Request) async throws -> DashboardReport {
        let snapshot = try await req.snapshot()
        let regionID = snapshot.regionID, today = LandscapeController.today
        let all = CollaborationAccess.maySee(published: false, user: req.signedIn, regionID: regionID)

        let figures = try await RegionFigure.query(on: req.db).filter(\.$region.$id == regionID).sort(\.$position).all()
        // The overview's own facet counts, unfiltered: the same numbers as on `/`.
        let landscape = snapshot.landscape.run(LandscapeQuery(), today: today)
        let themeCounts = landscape.facets[.strategicTheme] ?? FacetCounts()
        let themes = snapshot.terms[.strategicTheme, default: []].map { ThemeCount(key: $0.key, label: $0.label, count: themeCounts[$0.key]) }

        var coalitionQuery = CoalitionRecord.query(on: req.db).filter(\.$region.$id == regionID)
        var actionQuery = ActionRecord.query(on: req.db).filter(\.$region.$id == regionID)
        var reviewQuery = ProgressReviewRecord.query(on: req.db).filter(\.$region.$id == regionID)
        if !all {
            coalitionQuery = coalitionQuery.filter(\.$published == true)
            actionQuery = actionQuery.filter(\.$published == true)
            reviewQuery = reviewQuery.filter(\.$published == true)
        }
        let coalitions = try await coalitionQuery.field(\.$id).field(\.$name).field(\.$status).all()
        let actions = try await actionQuery.all()
        let reviews = try await reviewQuery.sort(\.$createdAt).all()
        let actionIDs = actions.compactMap(\.id)
        // Only the newest updates are shown; the summary orders them again (same rule) and drops those of hidden actions.
        let updates = actionIDs.isEmpty ? [] : try await ActionUpdateRecord.query(on: req.db).filter(\.$action.$id ~~ actionIDs)
            .sort(\.$date, .descending).sort(\.$createdAt, .descending).limit(RegionDashboard.recentLimit).all()

        let collaboration = RegionDashboard(
            coalitions: coalitions.compactMap { c in c.id.map { RegionDashboard.Coalition(id: $0, name: c.name, status: c.status) } },
            actions: actions.map(\.agendaAction),
            updates: updates.compactMap { u in
                CalendarDay(iso: u.date).map { RegionDashboard.Update(actionID: u.$action.id, date: $0, text: u.text, author: u.author,
                                                                       newStatus: u.newStatus, recorded: u.createdAt) }
            },
            reviews: reviews.map { RegionDashboard.Review(id: $0.id, coalitionID: $0.coalitionID, review: $0.review) },
            today: today)

        return DashboardReport(
            snapshot: snapshot, today: today, includesUnpublished: all,
            figures: figures.map { Figure(what: $0.what, year: $0.year, value: $0.value, source: $0.source) },
            initiatives: snapshot.landscape.entries.count, themes: themes,
            withoutTheme: snapshot.landscape.entries.count(where: { $0.fields.strategicThemes.isEmpty }),
            collaboration: collaboration,
            actionTitles: Dictionary(actions.compactMap { a in a.id.map { ($0, a.title) } }, uniquingKeysWith: { a, _ in a }),
            fundingCliffs: GapsController.risks(snapshot, months: fundingMonths),
            withoutFundingEnd: GapsController.withoutFundingEnd(snapshot))
    }

    func actionTitle(_ id: UUID) -> String { actionTitles[id] ?? "Verwijderde actie" }

    /// The name a latest review is shown under.
    static func subject(_ r: RegionDashboard.LatestReview) -> String { r.coalitionName ?? "Actieagenda van de regio" }

    /// A figure as Dutch text: "5.617", "0,15".
    static func dutch(_ value: Double) -> String { value.formatted(.number.locale(Locale(identifier: "nl_NL"))) }

    /// A score average as Dutch text with one decimal: "3,5".
    static func dutch(average: Double) -> String { average.formatted(.number.precision(.fractionLength(1)).locale(Locale(identifier: "nl_NL"))) }
}
