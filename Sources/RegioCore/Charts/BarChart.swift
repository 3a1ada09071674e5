import Foundation

/// A horizontal bar chart as SVG, drawn by the server: crisp in print, no script. Each
/// bar has its label above it (long theme names need the whole width) and its count
/// after it, so the numbers never depend on reading the bar's length or its colour.
public enum BarChart {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var value: Int
        public init(label: String, value: Int) { self.label = label; self.value = value }
    }

    public static let width = 480.0
    static let rowHeight = 38.0, barHeight = 14.0, labelSpace = 16.0, valueSpace = 48.0
    /// Colours written on the elements, so the chart reads the same without the stylesheet
    /// (in a saved file, in print); teal on white is 7.9:1, well above the 3:1 for graphics.
    static let ink = "#1a2b30", barColour = "#0b5563"

    /// The chart with `title` as its accessible name, followed by every bar's label and
    /// count, so a screen reader hears the whole chart as one image description.
    public static func horizontal(_ bars: [Bar], title: String) -> String {
        let height = max(1, Double(bars.count)) * rowHeight
        let largest = max(bars.map(\.value).max() ?? 0, 1)
        let span = width - valueSpace
        let description = title + ": " + bars.map { "\($0.label) \($0.value)" }.joined(separator: ", ")
        func n(_ v: Double) -> String { MapProjection.number(v) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" class=\"bar-chart\" role=\"img\" aria-label=\"\(MapSVG.escape(description))\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"\(ink)\">"
        out += "<title>\(MapSVG.escape(description))</title>"
        for (i, bar) in bars.enumerated() {
            let top = Double(i) * rowHeight
            // A bar of 0 stays visible as a hairline, so "none" reads as a measured zero.
            let length = bar.value > 0 ? max(2, span * Double(bar.value) / Double(largest)) : 1
            out += "<g class=\"bar-row\" aria-hidden=\"true\">"
            out += "<text class=\"bar-label\" x=\"0\" y=\"\(n(top + 12))\">\(MapSVG.escape(bar.label))</text>"
            out += "<rect class=\"bar\" fill=\"\(barColour)\" x=\"0\" y=\"\(n(top + labelSpace))\" width=\"\(n(length))\" height=\"\(n(barHeight))\" rx=\"2\"/>"
            out += "<text class=\"bar-value\" x=\"\(n(length + 6))\" y=\"\(n(top + labelSpace + barHeight - 2))\">\(bar.value)</text>"
            out += "</g>"
        }
        return out + "</svg>"
    }
}
