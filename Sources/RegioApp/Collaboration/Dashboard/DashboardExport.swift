import Foundation
import RegioCore
import Vapor

/// The dashboard as data: `/dashboard.json` (one object per part) and `/dashboard.csv`
/// (one table, a row per number or item). Both hold what the page shows to the same
/// visitor, so a public download never holds unpublished work, and authors are names
/// without e-mail address.
///
/// CSV columns `section,key,label,value,date,note`, per section:
///
/// | section | key | label | value | date | note |
/// |---|---|---|---|---|---|
/// | `kerncijfer` | position | what is counted | the figure (dot decimal) | year | source |
/// | `initiatieven` | `totaal` / `zonder-thema` | Dutch label | count | | |
/// | `thema` | theme key | theme | initiatives | | |
/// | `coalities-status` | status | Dutch status | coalitions | | |
/// | `coalitie` | coalition id | coalition | Dutch status | | |
/// | `acties-status` | status | Dutch status | actions | | |
/// | `actie-te-laat` | action id | action | status | due date | |
/// | `voortgang` | action id | action | author's name | date | the update's text |
/// | `volgspot` | review id | coalition, or the agenda | average score | date | change since the previous review |
/// | `borging` | initiative id | initiative | maturity | funding end date | |
enum DashboardExport {
    static let header = ["section", "key", "label", "value", "date", "note"]

    static func csvRows(_ r: DashboardReport) -> [[String]] {
        let c = r.collaboration
        var rows: [[String]] = []
        for (i, f) in r.figures.enumerated() {
            rows.append(["kerncijfer", String(i + 1), f.what, number(f.value), f.year.map(String.init) ?? "", f.source ?? ""])
        }
        rows.append(["initiatieven", "totaal", "Initiatieven in het landschap", String(r.initiatives), "", ""])
        rows.append(["initiatieven", "zonder-thema", "Zonder strategisch thema", String(r.withoutTheme), "", ""])
        rows += r.themes.map { ["thema", $0.key, $0.label, String($0.count), "", ""] }
        rows += c.coalitionCounts.map { ["coalities-status", $0.status.rawValue, $0.status.dutchLabel, String($0.count), "", ""] }
        rows += c.coalitions.map { ["coalitie", $0.id.uuidString, $0.name, $0.status.dutchLabel, "", ""] }
        rows += c.actionCounts.map { ["acties-status", $0.status.rawValue, $0.status.dutchLabel, String($0.count), "", ""] }
        rows += c.overdue.map { ["actie-te-laat", $0.id.uuidString, $0.fields.title, $0.fields.status.dutchLabel, $0.fields.dueDate?.iso ?? "", ""] }
        rows += c.recentUpdates.map { ["voortgang", $0.actionID.uuidString, r.actionTitle($0.actionID), $0.authorName, $0.date.iso, $0.text] }
        rows += c.latestReviews.map {
            ["volgspot", $0.id?.uuidString ?? "", DashboardReport.subject($0), number($0.review.average), $0.review.date.iso, $0.comparison?.dutchSummary ?? ""]
        }
        rows += r.fundingCliffs.map {
            ["borging", $0.id.uuidString, $0.fields.name, $0.fields.maturity?.rawValue ?? "", $0.fields.fundingEndDate?.iso ?? "", ""]
        }
        return rows
    }

    static func scores(_ review: ProgressReview) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: ReviewDimension.allCases.map { ($0.rawValue, review.score($0)) })
    }

    /// A figure for machines: no grouping, a dot before decimals ("5617", "0.15").
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    struct DTO: Content {
        struct Region: Content { var slug: String; var name: String }
        struct Figure: Content { var what: String; var year: Int?; var value: Double; var source: String? }
        struct Count: Content { var key: String; var label: String; var count: Int }
        struct Overdue: Content { var id: UUID; var title: String; var status: String; var dueDate: String? }
        struct Progress: Content { var actionId: UUID; var action: String; var date: String; var author: String; var text: String; var newStatus: String? }
        struct Review: Content {
            var id: UUID?; var coalitionId: UUID?; var subject: String; var date: String; var average: Double
            var scores: [String: Int]; var reviews: Int; var change: String?
        }
        struct Landscape: Content { var initiatives: Int; var withoutTheme: Int; var themes: [Count] }
        struct Coalition: Content { var id: UUID; var name: String; var status: String }
        struct Coalitions: Content { var total: Int; var byStatus: [Count]; var items: [Coalition] }
        struct Actions: Content { var total: Int; var byStatus: [Count]; var overdue: [Overdue] }

        var region: Region
        var date: String
        /// false: only what is published (the public view).
        var includesUnpublished: Bool
        var figures: [Figure]
        var landscape: Landscape
        var coalitions: Coalitions
        var actions: Actions
        var recentProgress: [Progress]
        var reviews: [Review]
        /// The borging list, as `/api/v1/embedding-risks` gives it.
        var fundingCliffs: AnalysisAPIController.RisksDTO
    }

    static func dto(_ r: DashboardReport) -> DTO {
        let c = r.collaboration
        return DTO(
            region: .init(slug: r.snapshot.slug, name: r.snapshot.name), date: r.today.iso, includesUnpublished: r.includesUnpublished,
            figures: r.figures.map { .init(what: $0.what, year: $0.year, value: $0.value, source: $0.source) },
            landscape: .init(initiatives: r.initiatives, withoutTheme: r.withoutTheme, themes: r.themes.map { .init(key: $0.key, label: $0.label, count: $0.count) }),
            coalitions: .init(total: c.coalitionTotal, byStatus: c.coalitionCounts.map { .init(key: $0.status.rawValue, label: $0.status.dutchLabel, count: $0.count) },
                              items: c.coalitions.map { .init(id: $0.id, name: $0.name, status: $0.status.rawValue) }),
            actions: .init(total: c.actionTotal, byStatus: c.actionCounts.map { .init(key: $0.status.rawValue, label: $0.status.dutchLabel, count: $0.count) },
                           overdue: c.overdue.map { .init(id: $0.id, title: $0.fields.title, status: $0.fields.status.rawValue, dueDate: $0.fields.dueDate?.iso) }),
            recentProgress: c.recentUpdates.map {
                .init(actionId: $0.actionID, action: r.actionTitle($0.actionID), date: $0.date.iso, author: $0.authorName, text: $0.text, newStatus: $0.newStatus?.rawValue)
            },
            reviews: c.latestReviews.map {
                .init(id: $0.id, coalitionId: $0.coalitionID, subject: DashboardReport.subject($0), date: $0.review.date.iso, average: $0.review.average,
                      scores: scores($0.review), reviews: $0.count, change: $0.comparison?.dutchSummary)
            },
            fundingCliffs: AnalysisAPIController.risks(r.snapshot, months: DashboardReport.fundingMonths))
    }
}
