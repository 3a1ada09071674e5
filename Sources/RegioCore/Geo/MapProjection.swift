import Foundation

/// Projects lon/lat onto an SVG canvas. For a region of a few tens of kilometres an
/// equirectangular projection with longitudes shrunk by cos(latitude) is true to shape
/// within a fraction of a percent, and needs no projection library.
public struct MapProjection: Sendable {
    public let width: Double
    public let height: Double
    private let scale: Double
    private let lonFactor: Double
    private let originLon: Double
    private let originLat: Double
    private let padding: Double

    /// Fits `bounds` into a canvas `width` wide (height follows), with `padding` around.
    public init(bounds: GeoBounds, width: Double, padding: Double = 12) {
        let midLat = (bounds.minLat + bounds.maxLat) / 2
        lonFactor = cos(midLat * .pi / 180)
        let spanX = max((bounds.maxLon - bounds.minLon) * lonFactor, 1e-9)
        let spanY = max(bounds.maxLat - bounds.minLat, 1e-9)
        scale = (width - 2 * padding) / spanX
        self.width = width
        height = (spanY * scale + 2 * padding).rounded()
        originLon = bounds.minLon
        originLat = bounds.maxLat
        self.padding = padding
    }

    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (padding + (p.lon - originLon) * lonFactor * scale, padding + (originLat - p.lat) * scale)
    }

    /// The SVG path data of `polygons`: one sub-path per ring, coordinates rounded to one
    /// decimal and points closer than half a unit to the previous one left out, which
    /// keeps a municipality at a few hundred bytes without visible loss.
    public func path(_ polygons: [GeoPolygon]) -> String {
        var d = ""
        for polygon in polygons {
            for ring in polygon.rings where ring.count >= 3 {
                var last: (Double, Double)?
                var points = 0
                for p in ring {
                    let (x, y) = project(p)
                    if let last, abs(last.0 - x) < 0.5 && abs(last.1 - y) < 0.5 { continue }
                    d += (points == 0 ? "M" : "L") + Self.number(x) + " " + Self.number(y)
                    last = (x, y)
                    points += 1
                }
                if points > 0 { d += "Z" }
            }
        }
        return d
    }

    /// A coordinate as SVG text: one decimal, none when whole.
    public static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// A sequential colour scale for counts, light to dark, every step distinguishable and
/// every label on it readable (dark text on the light steps, white on the dark ones).
public struct ColourScale: Sendable {
    public static let colours = ["#eef6f7", "#c6e3e6", "#8cc7cd", "#3f97a3", "#16606c", "#0b3b44"]

    /// Upper bounds of each class above zero.
    public let upperBounds: [Int]

    /// Classes for counts up to `maximum`: zero gets its own colour, the rest is split in
    /// up to five equal steps.
    public init(maximum: Int) {
        guard maximum > 0 else { upperBounds = []; return }
        let classes = min(5, max(maximum, 1))
        upperBounds = (1...classes).map { Int((Double(maximum) * Double($0) / Double(classes)).rounded(.up)) }
    }

    /// Classes that follow the counts on the map (quantiles of the non-zero counts), so
    /// that neighbouring municipalities with 820 and 920 initiatives still differ.
    public init(counts: [Int]) {
        let positive = counts.filter { $0 > 0 }.sorted()
        guard let last = positive.last else { upperBounds = []; return }
        var bounds: [Int] = []
        let classes = min(5, Set(positive).count)
        for k in 1...classes {
            let value = positive[min(positive.count - 1, Int((Double(positive.count) * Double(k) / Double(classes)).rounded(.up)) - 1)]
            if bounds.last.map({ value > $0 }) ?? true { bounds.append(value) }
        }
        if bounds.last != last { bounds.append(last) }
        upperBounds = bounds
    }

    public func colourIndex(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        return (upperBounds.firstIndex { count <= $0 } ?? (upperBounds.count - 1)) + 1
    }

    public func colour(_ count: Int) -> String { Self.colours[colourIndex(count)] }

    /// Whether text drawn on this count's colour should be white.
    public func needsLightText(_ count: Int) -> Bool { colourIndex(count) >= 4 }

    /// The legend: (colour, label) from zero up.
    public var legend: [(colour: String, label: String)] {
        var lower = 1
        return [(Self.colours[0], "0")] + upperBounds.enumerated().map { i, upper in
            defer { lower = upper + 1 }
            return (Self.colours[i + 1], lower == upper ? "\(upper)" : "\(lower)–\(upper)")
        }
    }
}
