import Foundation
import Plot
import RegioCore

/// Small building blocks shared by the pages.
enum Components {
    /// Page navigation that keeps every other parameter of the current URL.
    static func pagination(path: String, parameters: [(String, String)], page: Int, pageCount: Int, total: Int, noun: String) -> Node<HTML.BodyContext> {
        guard pageCount > 1 else { return .empty }
        func url(_ p: Int) -> String {
            let params = parameters.filter { $0.0 != "page" } + (p == 1 ? [] : [("page", String(p))])
            return (params.isEmpty ? path : path + "?" + QueryString.encode(params)).attributeEscaped
        }
        let window = Set([1, pageCount] + Array(max(1, page - 2)...min(pageCount, page + 2)))
        var items: [Node<HTML.ListContext>] = []
        var previous = 0
        for p in window.sorted() {
            if p - previous > 1 { items.append(.li(.class("gap"), .attribute(named: "aria-hidden", value: "true"), "…")) }
            items.append(.li(p == page
                ? .span(.class("current"), .attribute(named: "aria-current", value: "page"), .span(.class("visually-hidden"), "Pagina "), .text(String(p)))
                : .a(.href(url(p)), .span(.class("visually-hidden"), "Pagina "), .text(String(p)))))
            previous = p
        }
        return .nav(.class("pagination"), .aria("Paginering van de \(noun)"),
                    .if(page > 1, .a(.class("prev"), .href(url(page - 1)), .attribute(named: "rel", value: "prev"), "← Vorige")),
                    .ul(.group(items)),
                    .if(page < pageCount, .a(.class("next"), .href(url(page + 1)), .attribute(named: "rel", value: "next"), "Volgende →")))
    }

    static func badge<C: HTML.BodyContext>(_ text: String, style: String) -> Node<C> {
        .span(.class("badge badge-\(style)"), .text(text))
    }

    /// A `dt`/`dd` pair; empty values read "nog aan te vullen".
    static func fact(_ label: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
        .div(.class("fact"), .dt(.text(label)), .dd(value))
    }

    static func fact(_ label: String, text: String?) -> Node<HTML.DescriptionListContext> {
        fact(label, .valueOrMissing(text))
    }

    static func dateTime(_ date: Date?) -> String {
        guard let date else { return "" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        f.dateFormat = "d MMMM yyyy 'om' HH:mm"
        return f.string(from: date)
    }

    static func isoDateTime(_ date: Date?) -> String {
        guard let date else { return "" }
        return ISO8601DateFormatter().string(from: date)
    }

    /// "1 initiatief" / "34 initiatieven".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n.formatted(.number.locale(Locale(identifier: "nl_NL")))) \(n == 1 ? singular : plural)"
    }
}

/// Form controls with their label, hint and error message tied together for screen
/// readers (aria-describedby, aria-invalid) and an error summary at the top. The
/// controls escape the values they put in attributes: pass values as they are.
struct FormErrors: Sendable {
    var failure: ValidationFailure?

    func messages(_ field: String) -> [String] { failure?.messages(for: field) ?? [] }

    /// Messages of `field` and of its indexed parts (`participants[2]`).
    func messages(prefix field: String) -> [String] {
        failure?.errors.filter { $0.field == field || $0.field.hasPrefix(field + "[") }.map(\.message) ?? []
    }

    func summary() -> Node<HTML.BodyContext> {
        guard let errors = failure?.errors, !errors.isEmpty else { return .empty }
        return .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"), .id("foutmeldingen"),
                    .h2(.text(errors.count == 1 ? "Er is één ding om te verbeteren" : "Er zijn \(errors.count) dingen om te verbeteren")),
                    .ul(.forEach(errors) { e in
                        .li(.a(.href("#veld-\(FormErrors.anchor(e.field))"), .text(FormErrors.summaryLine(e))))
                    }))
    }

    /// The id of the field's control: `participants[2]` points at the participants' fieldset.
    /// "Naam is verplicht." stays as it is; other messages get their field's name in front.
    static func summaryLine(_ e: FieldError) -> String {
        let label = FieldLabels.label(e.field)
        return e.message.hasPrefix(label) ? e.message : "\(label): \(e.message)"
    }

    static func anchor(_ field: String) -> String {
        field.split(separator: "[").first.map(String.init) ?? field
    }

    private func describedBy(_ field: String, hint: String?) -> String {
        [hint != nil ? "hint-\(field)" : nil, messages(prefix: field).isEmpty ? nil : "fout-\(field)"].compactMap { $0 }.joined(separator: " ")
    }

    private func head(_ field: String, label: String, hint: String?, required: Bool) -> Node<HTML.FormContext> {
        .group(
            .label(.for("veld-\(field)"), .text(label), .if(required, .span(.class("required"), " (verplicht)"))),
            .unwrap(hint) { .p(.class("hint"), .id("hint-\(field)"), .text($0)) },
            errorText(field))
    }

    /// The messages of `field` and its parts (`skills[0]` …), or with `exact` of the field alone.
    func errorText(_ field: String, exact: Bool = false) -> Node<HTML.FormContext> {
        let m = exact ? messages(field) : messages(prefix: field)
        return m.isEmpty ? .empty : .p(.class("field-error"), .id("fout-\(field)"), .span(.class("visually-hidden"), "Fout: "), .text(m.joined(separator: " ")))
    }

    private func aria(_ field: String, hint: String?) -> [Attribute<HTML.InputContext>] {
        let d = describedBy(field, hint: hint)
        return (d.isEmpty ? [] : [.attribute(named: "aria-describedby", value: d)])
            + (messages(prefix: field).isEmpty ? [] : [.attribute(named: "aria-invalid", value: "true")])
    }

    func text(_ field: String, label: String, value: String?, hint: String? = nil, required: Bool = false, type: HTMLInputType = .text, max: Int? = nil) -> Node<HTML.FormContext> {
        var attributes: [Attribute<HTML.InputContext>] = [
            .attribute(named: "type", value: type.rawValue), .name(field), .id("veld-\(field)"), .value((value ?? "").attributeEscaped),
        ]
        if let max { attributes.append(.attribute(named: "maxlength", value: String(max))) }
        attributes += aria(field, hint: hint)
        let input: Node<HTML.FormContext> = .selfClosedElement(named: "input", attributes: attributes)
        let classes = "field" + (messages(prefix: field).isEmpty ? "" : " has-error")
        return .div(.class(classes), head(field, label: label, hint: hint, required: required), input)
    }

    func textarea(_ field: String, label: String, value: String?, hint: String? = nil, rows: Int = 4) -> Node<HTML.FormContext> {
        let d = describedBy(field, hint: hint)
        return .div(.class("field" + (messages(prefix: field).isEmpty ? "" : " has-error")),
                    head(field, label: label, hint: hint, required: false),
                    .textarea(.name(field), .id("veld-\(field)"), .rows(rows),
                              .if(!d.isEmpty, .attribute(named: "aria-describedby", value: d)),
                              .if(!messages(prefix: field).isEmpty, .attribute(named: "aria-invalid", value: "true")),
                              .text(value ?? "")))
    }

    func select(_ field: String, label: String, options: [(String, String)], selected: String?, hint: String? = nil, emptyLabel: String = "— nog aan te vullen —") -> Node<HTML.FormContext> {
        let d = describedBy(field, hint: hint)
        return .div(.class("field" + (messages(prefix: field).isEmpty ? "" : " has-error")),
                    head(field, label: label, hint: hint, required: false),
                    .select(.attribute(named: "name", value: field), .id("veld-\(field)"),
                            .if(!d.isEmpty, .attribute(named: "aria-describedby", value: d)),
                            .if(!messages(prefix: field).isEmpty, .attribute(named: "aria-invalid", value: "true")),
                            .choice("", emptyLabel, selected: selected == nil),
                            .forEach(options) { o in .choice(o.0, o.1, selected: o.0 == selected) }))
    }

    /// One choice out of a few, as radio buttons (no hidden options, unlike a select).
    func radios(_ field: String, legend: String, options: [(String, String)], selected: String?, hint: String? = nil, required: Bool = false) -> Node<HTML.FormContext> {
        .fieldset(.class("field checkboxes radios" + (messages(prefix: field).isEmpty ? "" : " has-error")), .id("veld-\(field)"),
                  .element(named: "legend", nodes: [.text(legend), .if(required, .span(.class("required"), " (verplicht)"))]),
                  .unwrap(hint) { .p(.class("hint"), .text($0)) },
                  errorText(field),
                  .forEach(options.enumerated()) { i, o in
                      .div(.class("check"),
                           .input(.type(.radio), .name(field), .id("\(field)-\(i)"), .value(o.0.attributeEscaped), .checked(selected == o.0)),
                           .label(.for("\(field)-\(i)"), .text(o.1)))
                  })
    }

    /// Checkboxes for `field`; `group` keeps ids unique when one field is split over
    /// several fieldsets (municipalities per labour-market region).
    func checkboxes(_ field: String, legend: String, options: [(String, String)], selected: Set<String>, hint: String? = nil,
                    columns: Bool = true, group: String? = nil) -> Node<HTML.FormContext> {
        let prefix = group.map { "\(field)-\($0)" } ?? field
        return .fieldset(.class("field checkboxes" + (columns ? " columns" : "") + (messages(prefix: field).isEmpty ? "" : " has-error")),
                  .id(group == nil ? "veld-\(field)" : "veld-\(prefix)"),
                  .element(named: "legend", text: legend),
                  .unwrap(hint) { .p(.class("hint"), .text($0)) },
                  errorText(field),
                  .forEach(options.enumerated()) { i, o in
                      .div(.class("check"),
                           .input(.type(.checkbox), .name("\(field)[]"), .id("\(prefix)-\(i)"), .value(o.0.attributeEscaped), .checked(selected.contains(o.0))),
                           .label(.for("\(prefix)-\(i)"), .text(o.1)))
                  })
    }
}

extension Node where Context == HTML.SelectContext {
    /// An `<option>` with visible text (Plot's own writes only a `label` attribute).
    /// `value` is escaped here: pass it as it is.
    static func choice(_ value: String, _ label: String, selected: Bool) -> Node {
        .element(named: "option", nodes: [.attribute(named: "value", value: value.attributeEscaped, ignoreIfValueIsEmpty: false),
                                          selected ? .attribute(named: "selected") : .empty, .text(label)])
    }
}

extension Node {
    /// `aria-label` in any context (Plot offers it in body context only); `label` is
    /// escaped here, so names of records can go in as they are.
    static func aria(_ label: String) -> Node { .attribute(named: "aria-label", value: label.attributeEscaped) }
}
