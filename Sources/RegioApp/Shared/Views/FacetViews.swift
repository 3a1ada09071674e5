import Plot
import RegioCore

/// The parts of a faceted search page that the landscape and the offer catalogue share.
enum FacetViews {
    /// A facet's choices as checkboxes with their counts; long lists show the `limit`
    /// largest (and every chosen one), so a large region stays a usable page.
    static func checkboxes(_ param: String, legend: String, options: [(String, String)], selected: Set<String>, counts: (String) -> Int,
                           open: Bool = true, limit: Int = 40) -> Node<HTML.FormContext> {
        var visible = options.filter { counts($0.0) > 0 || selected.contains($0.0) }
        if visible.count > limit {
            let top = Set(visible.sorted { counts($0.0) > counts($1.0) }.prefix(limit).map(\.0))
            visible = visible.filter { top.contains($0.0) || selected.contains($0.0) }
        }
        guard !visible.isEmpty else { return .empty }
        return .details(.class("facet"), .open(open || !selected.isEmpty),
            .summary(.text(legend), .if(!selected.isEmpty, .span(.class("facet-active"), .text(" (\(selected.count) gekozen)")))),
            .fieldset(
                .element(named: "legend", nodes: [.class("visually-hidden"), .text(legend)]),
                .forEach(visible.enumerated()) { i, o in
                    .div(.class("check"),
                         .input(.type(.checkbox), .name(param), .id("f-\(param)-\(i)"), .value(o.0.attributeEscaped), .checked(selected.contains(o.0))),
                         .label(.for("f-\(param)-\(i)"), .text(o.1), .span(.class("count"), .text(String(counts(o.0))), .span(.class("visually-hidden"), " resultaten"))))
                }))
    }

    /// The active filters as chips; each links to `path` without that one filter.
    static func chips(_ params: [(String, String)], path: String, label: ((String, String)) -> String) -> Node<HTML.BodyContext> {
        guard !params.isEmpty else { return .empty }
        return .ul(.class("chips"), .aria("Actieve filters"), .forEach(params.enumerated()) { i, p in
            let rest = params.enumerated().filter { $0.offset != i }.map(\.element)
            return .li(.a(.href((rest.isEmpty ? path : path + "?" + QueryString.encode(rest)).attributeEscaped), .aria("Filter \(label(p)) verwijderen"),
                          .text(label(p)), .span(.attribute(named: "aria-hidden", value: "true"), " ×")))
        })
    }

    /// The search box with its button; `value` (what was searched) is escaped here.
    static func searchField(_ param: String, value: String, placeholder: String) -> Node<HTML.FormContext> {
        .div(.class("field search-field"),
             .label(.for("zoek"), "Zoeken"),
             .div(.class("search-row"),
                  .input(.type(.search), .name(param), .id("zoek"), .value(value.attributeEscaped), .placeholder(placeholder), .attribute(named: "maxlength", value: "200")),
                  .button(.type(.submit), .class("button"), "Zoek")))
    }

    /// The sort choice.
    static func sortField<S: RawRepresentable & DutchLabelled & Equatable>(_ param: String, options: [S], selected: S) -> Node<HTML.FormContext> where S.RawValue == String {
        .div(.class("field"),
             .label(.for("sorteer"), "Sorteren"),
             .select(.attribute(named: "name", value: param), .id("sorteer"),
                     .forEach(options) { s in .choice(s.rawValue, s.dutchLabel, selected: s == selected) }))
    }

    /// A CSV link for the current filters (every page).
    static func csvURL(_ path: String, _ params: [(String, String)]) -> String {
        let kept = params.filter { $0.0 != "page" }
        return path + (kept.isEmpty ? "" : "?" + QueryString.encode(kept))
    }
}
