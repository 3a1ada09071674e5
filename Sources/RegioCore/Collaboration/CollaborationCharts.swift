import Foundation

/// The SVG charts of collaboration, drawn on the server: the purpose case (what each
/// stakeholder puts in and gets out, per unit), the agenda's timeline, and a Volgspot's
/// history. Each is an `<svg role="img">` with a Dutch `<title>`; the pages show the same
/// numbers in a table beside it, so nothing is only in the picture. Colours are the
/// stylesheet's tokens (contrast ≥ 3:1 against white for graphical objects).
public enum CollaborationCharts {
    static let ink = "#1a2b30", muted = "#4a5a60", primary = "#0b5563", accent = "#f2b33d", accentLine = "#8a3b00", grid = "#d5dde0"
    static let overdue = "#b00020"

    private static func esc(_ s: String) -> String { MapSVG.escape(s) }
    private static func n(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v) }
    private static func clip(_ s: String, _ max: Int) -> String { s.count <= max ? s : String(s.prefix(max - 1)) + "…" }

    // MARK: purpose case

    /// Per unit a block of paired bars per stakeholder: put in (teal) and got out (amber).
    /// Bars of one unit share a scale; units are never compared with each other.
    public static func purposeCase(_ summary: PurposeCaseSummary, title: String) -> String {
        let width = 720.0, label = 220.0, barArea = 380.0, row = 40.0, blockHead = 30.0
        var y = 36.0, body = ""
        for unit in summary.units {
            let rows = summary.stakeholders.compactMap { s in s.balance(unit).map { (s.name, $0) } }
            let maxValue = max(1, rows.map { max($0.1.contributed.hundredths, $0.1.benefited.hundredths) }.max() ?? 1)
            body += "<text x=\"0\" y=\"\(n(y + 18))\" font-weight=\"bold\" fill=\"\(ink)\">\(esc(unit.key.prefix(1).uppercased() + unit.key.dropFirst()))</text>"
            y += blockHead
            for (name, b) in rows {
                body += "<text x=\"0\" y=\"\(n(y + 22))\" fill=\"\(ink)\">\(esc(clip(name, 30)))</text>"
                for (i, (amount, missing, colour, stroke)) in [(b.contributed, b.missingContributions, primary, primary), (b.benefited, b.missingBenefits, accent, accentLine)].enumerated() {
                    let w = max(amount.hundredths > 0 ? 2 : 0, barArea * Double(amount.hundredths) / Double(maxValue))
                    let by = y + 4 + Double(i) * 16
                    body += "<rect x=\"\(n(label))\" y=\"\(n(by))\" width=\"\(n(w))\" height=\"13\" fill=\"\(colour)\" stroke=\"\(stroke)\"/>"
                    let text = unit.dutch(amount) + (missing > 0 ? " (+\(missing) onbekend)" : "")
                    body += "<text x=\"\(n(label + w + 6))\" y=\"\(n(by + 11))\" font-size=\"12\" fill=\"\(muted)\">\(esc(text))</text>"
                }
                y += row
            }
            y += 10
        }
        let legend = "<rect x=\"0\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(primary)\"/><text x=\"20\" y=\"18\" fill=\"\(ink)\">Inbreng</text>"
            + "<rect x=\"100\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(accent)\" stroke=\"\(accentLine)\"/><text x=\"120\" y=\"18\" fill=\"\(ink)\">Opbrengst</text>"
        return svg(width: width, height: y, title: title, body: legend + body, className: "chart purpose-chart")
    }

    // MARK: agenda timeline

    /// The agenda over quarters: one bar per action from its phase to its due date's
    /// quarter, a tick at the due date, a line at today; `href` links each bar's title.
    public static func timeline(_ t: AgendaTimeline, title: String, href: (UUID) -> String) -> String {
        var body = ""
        for c in t.columns {
            body += "<rect x=\"\(n(c.x))\" y=\"0\" width=\"\(n(c.width))\" height=\"\(n(t.height))\" fill=\"\(c.quarter.quarter == 1 ? "#eef2f3" : "#ffffff")\" stroke=\"\(grid)\"/>"
            body += "<text x=\"\(n(c.x + c.width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"13\" fill=\"\(ink)\">\(esc(c.label))</text>"
        }
        for r in t.rows {
            let colour: String, stroke: String
            switch r.status {
            case .planned: (colour, stroke) = ("#e0f0f2", primary)
            case .running: (colour, stroke) = (primary, primary)
            case .done: (colour, stroke) = ("#1e7a46", "#1e7a46")
            case .stopped: (colour, stroke) = ("#d5dde0", muted)
            }
            body += "<a href=\"\(esc(href(r.actionID)))\"><text x=\"4\" y=\"\(n(r.y + 18))\" font-size=\"13\" fill=\"\(primary)\" text-decoration=\"underline\">\(esc(clip(r.title, 34)))</text></a>"
            body += "<rect x=\"\(n(r.x + 2))\" y=\"\(n(r.y + 6))\" width=\"\(n(max(4, r.width - 4)))\" height=\"16\" rx=\"3\" fill=\"\(colour)\" stroke=\"\(r.isOverdue ? overdue : stroke)\" stroke-width=\"\(r.isOverdue ? 2 : 1)\"/>"
            if let due = r.dueX {
                body += "<path d=\"M\(n(due)) \(n(r.y + 3))v22\" stroke=\"\(r.isOverdue ? overdue : ink)\" stroke-width=\"2\"/>"
            }
            if r.isOverdue {
                body += "<text x=\"\(n(r.x + r.width + 4))\" y=\"\(n(r.y + 19))\" font-size=\"12\" font-weight=\"bold\" fill=\"\(overdue)\">te laat</text>"
            }
        }
        if let x = t.todayX {
            body += "<path d=\"M\(n(x)) 28V\(n(t.height))\" stroke=\"\(overdue)\" stroke-dasharray=\"4 3\"/><text x=\"\(n(x + 3))\" y=\"34\" font-size=\"11\" fill=\"\(overdue)\">vandaag</text>"
        }
        // A group, not an image: its action titles are links, and an image's parts cannot be.
        return svg(width: t.width + 60, height: max(t.height, 40), title: title, body: body, className: "chart timeline-chart", role: "group")
    }

    // MARK: review history

    /// Each dimension's score (1–5) over the reviews, oldest left; one line and marker
    /// shape per dimension, named in the legend.
    public static func reviewHistory(_ reviews: [ProgressReview], title: String) -> String {
        let series = ReviewHistory.series(reviews)
        let count = max(series.first?.points.count ?? 0, 1)
        let left = 40.0, top = 16.0, plotW = 560.0, plotH = 200.0, legendX = left + plotW + 24
        let colours = ["#0b5563", "#8a3b00", "#1e7a46", "#6b2c91", "#b00020", "#33454a"]
        func x(_ i: Int) -> Double { count == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(count - 1) }
        func y(_ score: Int) -> Double { top + plotH * Double(5 - score) / 4 }
        var body = ""
        for s in 1...5 {
            body += "<path d=\"M\(n(left)) \(n(y(s)))H\(n(left + plotW))\" stroke=\"\(grid)\"/><text x=\"\(n(left - 8))\" y=\"\(n(y(s) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"\(muted)\">\(s)</text>"
        }
        let dates = series.first?.points.map(\.date) ?? []
        for (i, d) in dates.enumerated() {
            body += "<text x=\"\(n(x(i)))\" y=\"\(n(top + plotH + 20))\" text-anchor=\"middle\" font-size=\"12\" fill=\"\(muted)\">\(esc(d.dutchShort))</text>"
        }
        for (k, s) in series.enumerated() {
            let colour = colours[k % colours.count]
            // Lines of equal scores would hide each other: each dimension is shifted a little.
            let shift = Double(k) * 2.5 - 6
            let points = s.points.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element.score) + shift))" }
            if points.count > 1 { body += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>" }
            for (i, p) in s.points.enumerated() { body += marker(k, x: x(i), y: y(p.score) + shift, colour: colour) }
            let ly = top + Double(k) * 24
            body += marker(k, x: legendX + 6, y: ly + 6, colour: colour)
            body += "<text x=\"\(n(legendX + 18))\" y=\"\(n(ly + 10))\" font-size=\"13\" fill=\"\(ink)\">\(esc(s.dimension.dutchLabel))</text>"
        }
        return svg(width: legendX + 170, height: top + plotH + 32, title: title, body: body, className: "chart review-chart")
    }

    /// A marker of a distinct shape per series (circle, square, triangle, diamond …), so
    /// that colour is not the only difference.
    private static func marker(_ k: Int, x: Double, y: Double, colour: String) -> String {
        switch k % 6 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"\(colour)\"/>"
        case 1: return "<rect x=\"\(n(x - 4.5))\" y=\"\(n(y - 4.5))\" width=\"9\" height=\"9\" fill=\"\(colour)\"/>"
        case 2: return "<path d=\"M\(n(x)) \(n(y - 6))L\(n(x + 6)) \(n(y + 4.5))H\(n(x - 6))Z\" fill=\"\(colour)\"/>"
        case 3: return "<path d=\"M\(n(x)) \(n(y - 6))L\(n(x + 6)) \(n(y))L\(n(x)) \(n(y + 6))L\(n(x - 6)) \(n(y))Z\" fill=\"\(colour)\"/>"
        case 4: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        default: return "<rect x=\"\(n(x - 4.5))\" y=\"\(n(y - 4.5))\" width=\"9\" height=\"9\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        }
    }

    private static func svg(width: Double, height: Double, title: String, body: String, className: String, role: String = "img") -> String {
        "<svg class=\"\(className)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"\(role)\" aria-label=\"\(esc(title))\" font-family=\"system-ui, sans-serif\" font-size=\"14\"><title>\(esc(title))</title>\(body)</svg>"
    }
}
