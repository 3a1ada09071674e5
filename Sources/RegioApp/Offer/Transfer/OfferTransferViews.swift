import Plot
import RegioCore

/// The import page of the offer and the report of an import.
enum OfferTransferViews {
    /// A dry run's file is carried to the next step up to this size; a larger one is chosen again.
    static let maxCarried = 5_000_000

    static func form(kind: OfferKind, mode: ImportMode, error: String? = nil, context: PageContext) -> HTML {
        let title = "Leeraanbod importeren"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            breadcrumbs(title),
            .h1(.text(title)),
            .p(.class("lead"), "Importeer modules, leerroutes of vaardigheden uit een CSV- of JSON-bestand in het formaat van de export. Een regel met een bestaande id (bij vaardigheden: sleutel) werkt dat record bij; andere regels worden toegevoegd."),
            .unwrap(error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .form(.method(.post), .action("/aanbod/importeren"), .enctype(.multipartData), .class("record-form"),
                Layout.csrfField(context.csrfToken),
                kindChoice(kind),
                .div(.class("field"), .label(.for("bestand"), "Bestand (CSV of JSON)"),
                     .p(.class("hint"), .id("bestand-hint"), "Exporteer eerst vanaf ", .a(.href("/aanbod"), "het leeraanbod"), " of ",
                        .a(.href("/vaardigheden"), "de vaardigheden"), " voor een voorbeeld van het formaat."),
                     .input(.type(.file), .name("file"), .id("bestand"), .attribute(named: "accept", value: ".csv,.json,text/csv,application/json"),
                            .attribute(named: "aria-describedby", value: "bestand-hint"), .required(true))),
                modeChoice(mode),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Verder")))
        ))
    }

    static func report(_ report: ImportReport, kind: OfferKind, carried: String?, context: PageContext) -> HTML {
        let title: String
        switch (report.mode, report.written, report.errors.isEmpty) {
        case (.dryRun, _, true): title = "Proefimport: alles klopt"
        case (.dryRun, _, false): title = "Proefimport: \(Components.count(report.invalidRows, "regel klopt", "regels kloppen")) nog niet"
        case (_, true, true): title = "Import gelukt"
        case (_, true, false): title = "Geldige regels geïmporteerd"
        case (_, false, true): title = "Niets te importeren"
        case (_, false, false): title = "Import niet gelukt: er is niets opgeslagen"
        }
        let counts = "\(report.created) toegevoegd, \(report.updated) bijgewerkt, \(report.unchanged) ongewijzigd."
        let outcome = report.mode == .dryRun ? "Er is niets opgeslagen. Bij importeren: " + counts
            : report.written ? "Opgeslagen: " + counts : "Er is niets opgeslagen."
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            breadcrumbs("Importeren"),
            .h1(.text(title)),
            .div(.class("panel"), .attribute(named: "role", value: "status"),
                .p(.text("\(kind.dutchLabel): \(Components.count(report.rows, "regel", "regels")) gelezen, \(report.valid) goed, \(report.invalidRows) met fouten.")),
                .p(.text(outcome))),
            .if(!report.errors.isEmpty, .div(.class("error-summary"), .id("foutmeldingen"), .attribute(named: "tabindex", value: "-1"), .attribute(named: "role", value: "alert"),
                .h2(.text("Fouten per regel")),
                .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: "Fouten per regel"), .attribute(named: "tabindex", value: "0"),
                     .table(.class("data-table"),
                        .caption(.class("visually-hidden"), "Fouten per regel van het bestand"),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Regel"), .th(.attribute(named: "scope", value: "col"), "Veld"),
                                   .th(.attribute(named: "scope", value: "col"), "Wat er niet klopt"))),
                        .tbody(.forEach(report.errors.prefix(1_000)) { e in .tr(.td(.text(String(e.row))), .td(.text(e.field)), .td(.text(e.message))) }))),
                .if(report.errors.count > 1_000, .p(.text("En nog \(report.errors.count - 1_000) fouten; gebruik de API voor de volledige lijst."))))),
            .if(report.mode == .dryRun && report.valid > 0, nextStep(report, kind: kind, carried: carried, csrf: context.csrfToken)),
            .p(.a(.class("button button-secondary"), .href("/aanbod/importeren"), "Ander bestand importeren"), " ",
               .a(.class("button button-secondary"), .href("/aanbod"), "Naar het leeraanbod"))
        ), script: report.errors.isEmpty ? nil : "/js/focus-errors.js")
    }

    /// After a dry run: import for real, with the same file.
    private static func nextStep(_ report: ImportReport, kind: OfferKind, carried: String?, csrf: String) -> Node<HTML.BodyContext> {
        .section(.class("panel"), .aria("Nu importeren"),
            .h2("Nu importeren"),
            .form(.method(.post), .action("/aanbod/importeren"), .enctype(.multipartData), .class("record-form"),
                Layout.csrfField(csrf),
                .input(.type(.hidden), .name("kind"), .value(kind.rawValue)),
                .unwrap(carried, { text in .input(.type(.hidden), .name("data"), .value(text.attributeEscaped)) },
                        else: .div(.class("field"), .label(.for("bestand"), "Kies het bestand opnieuw (het is te groot om te onthouden)"),
                                   .input(.type(.file), .name("file"), .id("bestand"), .required(true)))),
                .fieldset(.class("field"),
                    .element(named: "legend", text: "Hoe importeren?"),
                    .forEach([ImportMode.allOrNothing, .validOnly].filter { $0 == .allOrNothing || !report.errors.isEmpty }.enumerated()) { i, m in
                        .div(.class("check"), .input(.type(.radio), .name("mode"), .id("stap-\(m.rawValue)"), .value(m.rawValue), .checked(i == 0)),
                             .label(.for("stap-\(m.rawValue)"), .text(m.dutchLabel)))
                    }),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), report.errors.isEmpty ? "Importeren" : "Doorgaan"))))
    }

    private static func kindChoice(_ selected: OfferKind) -> Node<HTML.FormContext> {
        .fieldset(.class("field"),
            .element(named: "legend", text: "Wat importeer je?"),
            .forEach(OfferKind.allCases) { k in
                .div(.class("check"), .input(.type(.radio), .name("kind"), .id("soort-\(k.rawValue)"), .value(k.rawValue), .checked(k == selected)),
                     .label(.for("soort-\(k.rawValue)"), .text(k.dutchLabel)))
            })
    }

    private static func modeChoice(_ selected: ImportMode) -> Node<HTML.FormContext> {
        .fieldset(.class("field"),
            .element(named: "legend", text: "Hoe?"),
            .p(.class("hint"), "Begin met een proefimport: je ziet per regel wat er niet klopt, en er wordt niets opgeslagen."),
            .forEach(ImportMode.allCases) { m in
                .div(.class("check"), .input(.type(.radio), .name("mode"), .id("modus-\(m.rawValue)"), .value(m.rawValue), .checked(m == selected)),
                     .label(.for("modus-\(m.rawValue)"), .text(m.dutchLabel)))
            })
    }

    private static func breadcrumbs(_ current: String) -> Node<HTML.BodyContext> {
        .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/aanbod"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(current))))
    }
}
