import Foundation
import Plot
import RegioCore

/// The dashboard page: one panel per part, each chart followed by a table with the same
/// numbers (the table is the text alternative and what a reader of paper can quote).
enum DashboardViews {
    static func page(_ r: DashboardReport, address: String, context: PageContext) -> HTML {
        Layout.page(title: "Dashboard", context: context,
                    description: "Cijfers, samenwerking en voortgang van de lerende regio \(r.snapshot.name) op één pagina.",
                    body: .div(.class("wrap dashboard"),
            CollaborationViews.menu(current: "/dashboard"),
            .div(.class("page-head"),
                 .div(.h1(.text("Dashboard \(r.snapshot.name)")),
                      .p(.class("lead"), .text("De regio in cijfers, het landschap per thema, de samenwerking en wat aandacht vraagt. Stand op \(r.today.dutch).")))),
            toolbar(r),
            .p(.class("print-only"), .text("Afgedrukt op \(r.today.dutch) van \(address)")),
            r.includesUnpublished
                ? .div(.class("notice notice-warning"), .p(.text("Je bent ingelogd: je ziet ook coalities, acties en Volgspots die nog niet openbaar zijn. Afdrukken en downloads bevatten die ook; deel ze niet zomaar.")))
                : .p(.class("muted"), "Je ziet wat openbaar is. Ingelogde gebruikers van de regio zien ook wat nog niet openbaar is."),
            figures(r),
            themes(r),
            coalitions(r),
            actions(r),
            progress(r),
            reviews(r),
            fundingCliffs(r)
        ), script: "/js/print.js")
    }

    /// Print button and downloads. The button needs script, so it starts hidden and the
    /// script shows it; without script the hint says how to print.
    private static func toolbar(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        .div(.class("dashboard-toolbar"),
             .button(.type(.button), .class("button"), .id("afdrukken"), .attribute(named: "hidden", value: "hidden"), "Afdrukken / opslaan als PDF"),
             .p(.class("muted"), .id("afdrukken-uitleg"), "Afdrukken of als PDF opslaan: kies Afdrukken in het menu van je browser (Ctrl+P, op een Mac Cmd+P)."),
             .a(.class("button button-secondary button-small"), .href("/dashboard.csv"), .attribute(named: "download", value: ""), "Download als CSV"),
             .a(.class("button button-secondary button-small"), .href("/dashboard.json"), "JSON"))
    }

    /// A panel with its heading as the section's name (a landmark for screen readers).
    private static func panel(_ id: String, _ title: String, _ content: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .section(.class("panel dashboard-panel"), .attribute(named: "aria-labelledby", value: "kop-\(id)"),
                 .h2(.id("kop-\(id)"), .text(title)), .group(content))
    }

    private static func col(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(text))
    }

    private static func table(_ caption: String, head: Node<HTML.TableRowContext>, rows: Node<HTML.TableContext>) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"),
             .table(.class("data-table"), .caption(.text(caption)), .thead(.tr(head)), rows))
    }

    /// A bar chart and its table of counts.
    private static func counts(_ title: String, _ rows: [(label: String, count: Int, href: String?)], per: String) -> Node<HTML.BodyContext> {
        .div(.class("dashboard-chart"),
             .element(named: "figure", nodes: [.class("chart-figure"), .raw(BarChart.horizontal(rows.map { .init(label: $0.label, value: $0.count) }, title: title))]),
             table(title, head: .group(col(per), col("Aantal", numeric: true)),
                   rows: .tbody(.forEach(rows) { row in
                       .tr(.th(.attribute(named: "scope", value: "row"), row.href.map { .a(.href($0.attributeEscaped), .text(row.label)) } ?? .text(row.label)),
                           .td(.class("num"), .text(String(row.count))))
                   })))
    }

    private static func empty(_ title: String, _ text: String) -> Node<HTML.BodyContext> {
        .div(.class("empty-state"), .h3(.text(title)), .p(.text(text)))
    }

    private static func figures(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        panel("kerncijfers", "De regio in cijfers",
              r.figures.isEmpty ? empty("Nog geen kerncijfers", "De regio heeft nog geen kerncijfers vastgelegd.") :
                table("Kerncijfers van \(r.snapshot.name), met jaar en bron",
                      head: .group(col("Wat"), col("Waarde", numeric: true), col("Jaar"), col("Bron")),
                      rows: .tbody(.forEach(r.figures) { f in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(Slug.sentenceCase(f.what))),
                              .td(.class("num"), .text(DashboardReport.dutch(f.value))),
                              .td(.valueOrMissing(f.year.map(String.init))),
                              .td(.valueOrMissing(f.source)))
                      })))
    }

    private static func themes(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        panel("thema", "Het landschap per thema",
              .p(.text("\(Components.count(r.initiatives, "initiatief", "initiatieven")) in het landschap. Een initiatief kan bij meer thema’s horen. "
                       + (r.withoutTheme == 0 ? "Elk initiatief heeft een strategisch thema." : "\(Components.count(r.withoutTheme, "initiatief heeft", "initiatieven hebben")) nog geen strategisch thema."))),
              counts("Initiatieven per strategisch thema", r.themes.map { ($0.label, $0.count, "/?" + QueryString.encode([("theme", $0.key)])) }, per: "Thema"))
    }

    private static func coalitions(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        let c = r.collaboration
        return panel("coalities", "Ontwikkelcoalities",
            c.coalitionTotal == 0
                ? empty("Nog geen coalities", r.includesUnpublished ? "De regio heeft nog geen ontwikkelcoalities vastgelegd." : "Er zijn nog geen openbare ontwikkelcoalities.")
                : .group(.p(.text("\(Components.count(c.coalitionTotal, "coalitie", "coalities")).")),
                         counts("Coalities per status", c.coalitionCounts.map { ($0.status.dutchLabel, $0.count, nil) }, per: "Status"),
                         table("De coalities, op naam",
                               head: .group(col("Coalitie"), col("Status")),
                               rows: .tbody(.forEach(c.coalitions) { co in
                                   .tr(.th(.attribute(named: "scope", value: "row"), .a(.href("/coalities/\(co.id.uuidString)"), .text(co.name))),
                                       .td(.text(co.status.dutchLabel)))
                               }))),
            .p(.a(.href("/coalities"), "Alle coalities")))
    }

    private static func actions(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        let c = r.collaboration
        guard c.actionTotal > 0 else {
            return panel("acties", "Actieagenda",
                         empty("Nog geen acties", r.includesUnpublished ? "De actieagenda heeft nog geen acties." : "Er zijn nog geen openbare acties op de actieagenda."),
                         .p(.a(.href("/agenda"), "Naar de actieagenda")))
        }
        return panel("acties", "Actieagenda",
            .p(.text("\(Components.count(c.actionTotal, "actie", "acties")); \(c.overdue.isEmpty ? "geen enkele actie is te laat" : "\(c.overdue.count) te laat").")),
            counts("Acties per status", c.actionCounts.map { ($0.status.dutchLabel, $0.count, nil) }, per: "Status"),
            .h3(.id("te-laat"), .text(c.overdue.isEmpty ? "Te laat: geen" : "Te laat: \(c.overdue.count)")),
            c.overdue.isEmpty ? .p(.class("muted"), "Geen actie is over haar deadline.") :
                table("Acties over hun deadline, langst te laat bovenaan",
                      head: .group(col("Actie"), col("Deadline"), col("Status")),
                      rows: .tbody(.forEach(c.overdue) { a in
                          .tr(.th(.attribute(named: "scope", value: "row"), .a(.href("/agenda/\(a.id.uuidString)"), .text(a.fields.title))),
                              .td(.text(a.fields.dueDate?.dutch ?? "")), .td(.text(a.fields.status.dutchLabel)))
                      })),
            .p(.a(.href("/agenda"), "Naar de actieagenda")))
    }

    private static func progress(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        let updates = r.collaboration.recentUpdates
        return panel("voortgang", "Recente voortgang",
            updates.isEmpty ? .p(.class("muted"), "Nog geen voortgang gemeld bij de acties.") :
                .ol(.class("dashboard-updates"), .forEach(updates) { u in
                    .li(.p(.class("update-head"),
                           .element(named: "time", nodes: [.attribute(named: "datetime", value: u.date.iso), .text(u.date.dutch)]),
                           .text(" · "), .a(.href("/agenda/\(u.actionID.uuidString)"), .text(r.actionTitle(u.actionID))),
                           .text(" · \(u.authorName)"),
                           .unwrap(u.newStatus) { .text(" · nu \($0.dutchLabel.lowercased())") }),
                        .p(.text(u.text)))
                }))
    }

    private static func reviews(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        let latest = r.collaboration.latestReviews
        return panel("volgspot", "Volgspot: laatste stand",
            latest.isEmpty ? .p(.class("muted"), "Nog geen Volgspot vastgelegd.") :
                .group(.p(.text("Gemiddelde van de zes onderdelen, elk gescoord van 1 (nog niet) tot 5 (volledig).")),
                       table("Laatste Volgspot van de actieagenda en van elke coalitie",
                             head: .group(col("Waarvan"), col("Datum"), col("Gemiddeld", numeric: true), col("Sinds de vorige")),
                             rows: .tbody(.forEach(latest) { l in
                                 .tr(.th(.attribute(named: "scope", value: "row"),
                                         l.coalitionID.map { .a(.href("/coalities/\($0.uuidString)"), .text(DashboardReport.subject(l))) } ?? .text(DashboardReport.subject(l))),
                                     .td(l.id.map { .a(.href("/volgspot/\($0.uuidString)"), .text(l.review.date.dutch)) } ?? .text(l.review.date.dutch)),
                                     .td(.class("num"), .text(DashboardReport.dutch(average: l.review.average))),
                                     .td(.text(l.comparison?.dutchSummary ?? "Eerste Volgspot")))
                             }))),
            .p(.a(.href("/volgspot"), "Alle Volgspots")))
    }

    private static func fundingCliffs(_ r: DashboardReport) -> Node<HTML.BodyContext> {
        let months = DashboardReport.fundingMonths
        return panel("borging", "Borging: financiering loopt af",
            .p(.text(GapsController.riskDefinition(months: months))),
            r.fundingCliffs.isEmpty ? .p(.class("muted"), .text(GapsController.noRisks(months: months))) :
                table("Initiatieven waarvan de financiering binnen \(months) maanden eindigt, eerst eindigend bovenaan",
                      head: .group(col("Initiatief"), col("Financiering tot"), col("Fase")),
                      rows: .tbody(.forEach(r.fundingCliffs) { e in
                          .tr(.th(.attribute(named: "scope", value: "row"), .a(.href("/initiatieven/\(e.id.uuidString)"), .text(e.fields.name))),
                              .td(.text(e.fields.fundingEndDate?.dutch ?? "")),
                              .td(.valueOrMissing(e.fields.maturity?.dutchLabel)))
                      })),
            .if(r.withoutFundingEnd > 0, .p(.class("muted"), .text(GapsController.unknownEnds(r.withoutFundingEnd)))),
            .p(.a(.href("/borging"), "Naar de borging")))
    }
}
