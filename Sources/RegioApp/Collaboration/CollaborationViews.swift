import Foundation
import Plot
import RegioCore

/// What the collaboration pages share: the section's own menu, the published badge,
/// lists of linked records and the organisation checkboxes of forms.
enum CollaborationViews {
    static let sections: [(path: String, label: String)] = [
        ("/samenwerking", "Overzicht"), ("/ontwikkelsessies", "Ontwikkelsessies"), ("/coalities", "Coalities"),
        ("/agenda", "Actieagenda"), ("/volgspot", "Volgspot"), ("/dashboard", "Dashboard"),
    ]

    /// The section's menu; `current` is the path of the part the page belongs to. The
    /// barrier register passes its own `sections` and `label`.
    static func menu(current: String, sections: [(path: String, label: String)] = sections, label: String = "Samenwerking") -> Node<HTML.BodyContext> {
        .nav(.class("section-nav"), .aria(label),
             .ul(.forEach(sections) { s in
                 .li(.a(.href(s.path), .if(s.path == current, .attribute(named: "aria-current", value: "page")), .text(s.label)))
             }))
    }

    static func breadcrumbs(_ parent: (path: String, label: String), _ title: String, middle: [(String, String)] = []) -> Node<HTML.BodyContext> {
        .nav(.class("breadcrumbs"), .aria("Kruimelpad"),
             .ol(.li(.a(.href("/samenwerking"), "Samenwerking")), .li(.a(.href(parent.path), .text(parent.label))),
                 .forEach(middle) { m in .li(.a(.href(m.0.attributeEscaped), .text(m.1))) },
                 .li(.attribute(named: "aria-current", value: "page"), .text(title))))
    }

    static func publishedBadge<C: HTML.BodyContext>(_ published: Bool) -> Node<C> {
        published ? Components.badge("Openbaar", style: "maturity-running") : Components.badge("Alleen voor ingelogde gebruikers", style: "maturity-idea")
    }

    /// Links to the region's organisations, initiatives, coalitions … by id; removed ones as plain text.
    static func links(_ ids: [UUID], path: String, name: (UUID) -> String, empty: String) -> Node<HTML.BodyContext> {
        ids.isEmpty ? .span(.class("muted"), .text(empty))
            : .ul(.class("plain-list"), .forEach(ids) { id in .li(.a(.href("\(path)/\(id.uuidString)"), .text(name(id)))) })
    }

    static func organisationOptions(_ names: CollaborationNames) -> [(String, String)] {
        names.snapshot.organisations.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { ($0.id.uuidString, $0.name) }
    }

    static func initiativeOptions(_ names: CollaborationNames) -> [(String, String)] {
        names.snapshot.landscape.entries.sorted { $0.fields.name.lowercased() < $1.fields.name.lowercased() }.map { ($0.id.uuidString, $0.fields.name) }
    }

    /// The "Openbaar" checkbox; only the coordinator publishes, others see what it is.
    static func publishedField(_ errors: FormErrors, value: String?, mayPublish: Bool, what: String) -> Node<HTML.FormContext> {
        let on = ["ja", "true", "1", "on"].contains((value ?? "").lowercased())
        return mayPublish
            ? .fieldset(.class("field checkboxes"), .id("veld-published"), .element(named: "legend", text: "Zichtbaarheid"),
                        .div(.class("check"), .input(.type(.checkbox), .name("published"), .id("veld-published-ja"), .value("ja"), .checked(on)),
                             .label(.for("veld-published-ja"), .text("Openbaar: iedereen kan \(what) zien"))),
                        .p(.class("hint"), "Zonder vinkje zien alleen ingelogde gebruikers van de regio het."))
            : .p(.class("hint"), .text(on ? "Dit is openbaar. Alleen de coördinator kan dat veranderen." : "Dit is alleen zichtbaar voor ingelogde gebruikers. Alleen de coördinator kan het openbaar maken."))
    }

    /// The notice of a save refused because someone else saved in between: what is stored
    /// now next to what the user typed, so they can decide and save again.
    static func conflictNotice(differences: [(label: String, stored: String, yours: String)], updatedBy: String?, updatedAt: Date?) -> Node<HTML.BodyContext> {
        .div(.class("error-summary conflict"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"), .id("foutmeldingen"),
             .h2("Iemand anders heeft dit intussen gewijzigd"),
             .p(.text("\(updatedBy.map { "\($0) heeft" } ?? "Iemand heeft") dit op \(Components.dateTime(updatedAt)) opgeslagen, nadat jij begon. Jouw wijziging is nog niet opgeslagen; er is niets overschreven. Hieronder staat jouw invoer. Kijk wat er veranderd is en sla opnieuw op als jouw versie de juiste is.")),
             .if(!differences.isEmpty, .div(.class("table-scroll"), .table(.class("data-table"),
                 .caption("Verschillen tussen de opgeslagen versie en jouw invoer"),
                 .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Veld"), .th(.attribute(named: "scope", value: "col"), "Nu opgeslagen"),
                            .th(.attribute(named: "scope", value: "col"), "Jouw invoer"))),
                 .tbody(.forEach(differences) { d in .tr(.th(.attribute(named: "scope", value: "row"), .text(d.label)), .td(.text(d.stored)), .td(.text(d.yours))) })))))
    }

    /// The fields whose display text differs between the stored record and the user's input.
    static func differences(stored: [String: String], yours: [String: String], order: [String]) -> [(label: String, stored: String, yours: String)] {
        order.compactMap { key in
            let a = stored[key] ?? "—", b = yours[key] ?? "—"
            return a == b ? nil : (FieldLabels.label(key), a, b)
        }
    }
}

/// What the form of a versioned record (a coalition, an action) shows: the record's id
/// and the version the user started from (for optimistic locking), what they typed, the
/// messages, a conflict with a later save when there is one, and whether they may publish.
struct VersionedFormState<Input> {
    var id: UUID?
    var version: Int?
    var input: Input
    var errors: FormErrors
    var conflict: Node<HTML.BodyContext> = .empty
    var mayPublish: Bool
}
