import Foundation
import Plot
import RegioCore

/// Pages of the Volgspot: a subject's history (chart, comparison, list), one review, the form.
enum ProgressReviewViews {
    /// The Volgspot section of a coalition's page: the latest review, the comparison with the one before.
    static func summarySection(_ reviews: [ProgressReviewRecord], subjectPath: String, newPath: String, canAdd: Bool) -> Node<HTML.BodyContext> {
        let latest = reviews.last
        return .section(.class("panel"), .aria("Volgspot"),
            .div(.class("results-head"), .h2(.text("Volgspot (\(reviews.count))")),
                 .if(canAdd, .a(.class("button button-small"), .href(newPath.attributeEscaped), "Volgspot vastleggen"))),
            .unwrap(latest, { r in
                .group(.p(.text("Laatste Volgspot: "), .a(.href("/volgspot/\(r.id?.uuidString ?? "")"), .text(r.review.date.dutch)),
                          .text(", gemiddeld \(average(r.review)) van 5.")),
                       .unwrap(ReviewHistory.latestComparison(reviews.map(\.review))) { .p(.text("Ten opzichte van de vorige: \($0.dutchSummary)")) },
                       .p(.a(.href(subjectPath.attributeEscaped), "Bekijk het verloop van alle Volgspots")))
            }, else: .p(.class("muted"), "Nog geen Volgspot vastgelegd.")))
    }

    static func average(_ r: ProgressReview) -> String { String(format: "%.1f", r.average).replacingOccurrences(of: ".", with: ",") }

    struct Subject {
        var coalition: CoalitionRecord?
        var subjects: [(id: UUID?, name: String)]
    }

    /// `/volgspot`: the reviews of one subject (a coalition, or the agenda), with the
    /// history chart, the comparison between any two reviews, and the list.
    static func history(_ reviews: [ProgressReviewRecord], subject: Subject, compare: (ProgressReviewRecord, ProgressReviewRecord)?,
                        canAdd: Bool, context: PageContext) -> HTML {
        let name = subject.coalition?.name ?? "de actieagenda van de regio"
        let query = subject.coalition?.id.map { "?coalitie=\($0.uuidString)" } ?? ""
        return Layout.page(title: "Volgspot · \(subject.coalition?.name ?? "Actieagenda")", context: context, body: .div(.class("wrap"),
            CollaborationViews.menu(current: "/volgspot"),
            .div(.class("page-head"),
                 .div(.h1(.text("Volgspot van \(name)")),
                      .p(.class("lead"), "Een Volgspot is een vast gesprek over de voortgang: zes onderwerpen, elk met een score van 1 (nog niet) tot 5 (volledig), een korte toelichting en onderbouwing. Zo zie je over de tijd wat vooruitgaat en wat niet.")),
                 .if(canAdd, .a(.class("button"), .href("/volgspot/nieuw\(query)"), "Volgspot vastleggen"))),
            .form(.method(.get), .action("/volgspot"), .class("inline-filters"), .attribute(named: "role", value: "search"), .aria("Kies waarvan"),
                  .div(.class("field"), .label(.for("vs-onderwerp"), "Volgspot van"),
                       .select(.attribute(named: "name", value: "coalitie"), .id("vs-onderwerp"),
                               .forEach(subject.subjects) { s in .choice(s.id?.uuidString ?? "", s.name, selected: s.id == subject.coalition?.id) })),
                  .div(.class("filter-actions"), .button(.type(.submit), .class("button"), "Toon"))),
            reviews.isEmpty
                ? .div(.class("empty-state"), .h3("Nog geen Volgspot"), .p(.text(canAdd ? "Leg de eerste Volgspot vast; vanaf de tweede zie je hier het verloop." : "Er is nog geen Volgspot vastgelegd.")))
                : .group(
                    .section(.class("panel"), .aria("Verloop"),
                        .h2("Verloop"),
                        .div(.class("chart-wrap"), .raw(CollaborationCharts.reviewHistory(reviews.map(\.review), title: "Scores per onderwerp van de Volgspots van \(name), oudste links"))),
                        scoreTable(reviews)),
                    comparison(reviews, compare: compare, query: query),
                    .section(.class("panel"), .aria("Alle Volgspots"),
                        .div(.class("results-head"), .h2(.text("Alle Volgspots (\(reviews.count))")),
                             .a(.class("button button-secondary button-small"), .href("/volgspot.csv\(query)"), .attribute(named: "download", value: ""), "Exporteer CSV")),
                        .ul(.class("plain-list"), .forEach(reviews.reversed()) { r in
                            .li(.a(.href("/volgspot/\(r.id?.uuidString ?? "")"), .text(r.review.date.dutch)), .text(" · gemiddeld \(average(r.review))"),
                                .if(!r.published, .span(.class("muted"), " · niet openbaar")))
                        })))
        ))
    }

    /// The scores of every review as a table: the chart's numbers for everyone.
    static func scoreTable(_ reviews: [ProgressReviewRecord]) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Scores per Volgspot"), .attribute(named: "tabindex", value: "0"),
            .table(.class("data-table"),
                .caption("Scores per Volgspot (1 = nog niet, 5 = volledig)"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Onderwerp"),
                           .forEach(reviews) { r in .th(.attribute(named: "scope", value: "col"), .class("num"), .text(r.review.date.dutchShort)) })),
                .tbody(.forEach(ReviewDimension.allCases) { d in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(d.dutchLabel)), .forEach(reviews) { r in .td(.class("num"), .text(String(r.review.score(d)))) })
                }),
                .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), "Gemiddeld"), .forEach(reviews) { r in .td(.class("num"), .text(average(r.review))) }))))
    }

    /// Two reviews side by side; by default the last against the one before.
    static func comparison(_ reviews: [ProgressReviewRecord], compare: (ProgressReviewRecord, ProgressReviewRecord)?, query: String) -> Node<HTML.BodyContext> {
        guard reviews.count >= 2, let (a, b) = compare ?? (reviews.count >= 2 ? (reviews[reviews.count - 2], reviews[reviews.count - 1]) : nil) else { return .empty }
        let c = ReviewComparison(from: a.review, to: b.review)
        let extra = query.isEmpty ? [] : [("coalitie", String(query.dropFirst("?coalitie=".count)))]
        func picker(_ name: String, _ label: String, _ selected: ProgressReviewRecord) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for("vs-\(name)"), .text(label)),
                 .select(.attribute(named: "name", value: name), .id("vs-\(name)"),
                         .forEach(reviews) { r in .choice(r.id?.uuidString ?? "", r.review.date.dutch, selected: r.id == selected.id) }))
        }
        return .section(.class("panel"), .aria("Vergelijking"), .id("vergelijking"),
            .h2("Vergelijking"),
            .form(.method(.get), .action("/volgspot#vergelijking"), .class("inline-filters"),
                  .forEach(extra) { .input(.type(.hidden), .name($0.0), .value($0.1.attributeEscaped)) },
                  picker("van", "Eerdere Volgspot", a), picker("met", "Latere Volgspot", b),
                  .div(.class("filter-actions"), .button(.type(.submit), .class("button button-secondary"), "Vergelijk"))),
            .p(.strong(.text(c.dutchSummary))),
            .div(.class("table-scroll"), .table(.class("data-table"),
                .caption(.text("Scores op \(c.earlierDate.dutch) en \(c.laterDate.dutch)")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Onderwerp"), .th(.attribute(named: "scope", value: "col"), .class("num"), .text(c.earlierDate.dutchShort)),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), .text(c.laterDate.dutchShort)), .th(.attribute(named: "scope", value: "col"), "Verschil"))),
                .tbody(.forEach(c.changes) { ch in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(ch.dimension.dutchLabel)), .td(.class("num"), .text(String(ch.before))),
                        .td(.class("num"), .text(String(ch.after))),
                        .td(.text((ch.delta > 0 ? "+\(ch.delta)" : String(ch.delta)) + " · " + ch.trend.dutchLabel.lowercased())))
                }))))
    }

    static func detail(_ m: ProgressReviewRecord, title: String, coalition: (UUID, String)?, canEdit: Bool, context: PageContext) -> HTML {
        let r = m.review, id = m.id?.uuidString ?? "", path = "/volgspot/\(id)"
        let back = coalition.map { ("/volgspot?coalitie=\($0.0.uuidString)", "Volgspot van \($0.1)") } ?? ("/volgspot", "Volgspot van de actieagenda")
        return Layout.page(title: title, context: context, description: r.narrative, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(back, r.date.dutch),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze Volgspot", path: path, canRestore: canEdit, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(title)), .p(.class("badges"), Components.badge("Gemiddeld \(average(r))", style: "kind"), CollaborationViews.publishedBadge(m.published))),
                 RecordViews.actions(path: path, canEdit: canEdit && m.deletedAt == nil, canDelete: canEdit && m.deletedAt == nil, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Scores"),
                .h2("Scores"),
                .div(.class("table-scroll"), .table(.class("data-table"),
                    .caption(.class("visually-hidden"), "Score per onderwerp"),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Onderwerp"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Score"),
                               .th(.attribute(named: "scope", value: "col"), "Betekenis"))),
                    .tbody(.forEach(ReviewDimension.allCases) { d in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(d.dutchLabel), .br(), .span(.class("hint"), .text(d.question))),
                            .td(.class("num"), .text(String(r.score(d)))), .td(.text(ProgressReview.scoreLabel(r.score(d)))))
                    })))),
            .section(.class("panel"), .aria("Toelichting"),
                .h2("Toelichting"), .p(.class("prewrap"), .text(r.narrative)),
                .if(!r.evidenceLinks.isEmpty, .group(.h3("Onderbouwing"),
                    .ul(.forEach(r.evidenceLinks) { link in .li(.a(.href(link.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text(link))) })))),
            RecordViews.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/progress-reviews/\(id)")
        ))
    }

    struct FormState {
        var id: UUID?
        var input: ReviewInput
        var errors: FormErrors
        var subjects: [(id: UUID?, name: String)]
        var mayPublish: Bool
    }

    static func form(_ s: FormState, context: PageContext) -> HTML {
        let title = s.id == nil ? "Volgspot vastleggen" : "Volgspot bewerken"
        let action = s.id.map { "/volgspot/\($0.uuidString)/bewerken" } ?? "/volgspot/nieuw"
        let scores = s.input.review.scores ?? [:]
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/volgspot", "Volgspot"), title),
            .h1(.text(title)),
            .p(.class("lead"), "Geef per onderwerp samen een score van 1 (nog niet) tot 5 (volledig), en schrijf kort op waarom. Alle zes onderwerpen horen erbij, zodat Volgspots te vergelijken zijn."),
            s.errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                s.errors.select("coalitionId", label: "Volgspot van", options: s.subjects.compactMap { sub in sub.id.map { ($0.uuidString, sub.name) } },
                                selected: s.input.coalitionId?.uppercased(), emptyLabel: "De actieagenda van de regio"),
                s.errors.text("date", label: "Datum van het gesprek", value: s.input.review.date, hint: "Bijvoorbeeld 2026-11-20; niet in de toekomst.", required: true, type: .date),
                .forEach(ReviewDimension.allCases) { d in
                    s.errors.radios("scores.\(d.rawValue)", legend: d.dutchLabel, options: (1...5).map { (String($0), "\($0) · \(ProgressReview.scoreLabel($0))") },
                                    selected: scores[d.rawValue], hint: d.question, required: true)
                },
                s.errors.textarea("narrative", label: "Toelichting (verplicht)", value: s.input.review.narrative, hint: "Wat ging goed, wat niet, wat spraken jullie af?", rows: 6),
                s.errors.textarea("evidenceLinks", label: "Onderbouwing", value: (s.input.review.evidenceLinks ?? []).joined(separator: "\n"),
                                  hint: "Links naar verslagen of cijfers, één per regel (https://…).", rows: 3),
                CollaborationViews.publishedField(s.errors, value: s.input.published, mayPublish: s.mayPublish, what: "deze Volgspot"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(s.id.map { "/volgspot/\($0.uuidString)" } ?? "/volgspot"), "Annuleren")))
        ), script: s.errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
