import Foundation
@testable import RegioCore
import Testing

@Suite("Map geometry and SVG")
struct MapTests {
    /// Two unit squares side by side (a 2×1 region of two municipalities).
    static let left = GeoPolygon(rings: [[GeoPoint(lon: 5.0, lat: 52.0), GeoPoint(lon: 5.1, lat: 52.0), GeoPoint(lon: 5.1, lat: 52.1),
                                          GeoPoint(lon: 5.0, lat: 52.1), GeoPoint(lon: 5.0, lat: 52.0)]])
    static let right = GeoPolygon(rings: [[GeoPoint(lon: 5.1, lat: 52.0), GeoPoint(lon: 5.2, lat: 52.0), GeoPoint(lon: 5.2, lat: 52.1),
                                           GeoPoint(lon: 5.1, lat: 52.1), GeoPoint(lon: 5.1, lat: 52.0)]])

    func projection() -> MapProjection {
        var bounds = GeoBounds()
        bounds.include([Self.left, Self.right])
        return MapProjection(bounds: bounds, width: 400, padding: 0)
    }

    @Test func projectionKeepsShapeAndNorthUp() {
        let p = projection()
        let (x0, y0) = p.project(GeoPoint(lon: 5.0, lat: 52.1))
        let (x1, y1) = p.project(GeoPoint(lon: 5.2, lat: 52.0))
        #expect(abs(x0) < 0.001 && abs(y0) < 0.001 && abs(x1 - 400) < 0.001)
        // 0.1° of latitude is longer than 0.1° of longitude at 52°N by 1/cos(52.05°).
        #expect(abs(y1 / (x1 / 2) - 1 / cos(52.05 * .pi / 180)) < 0.001)
        #expect(p.height == y1.rounded())
    }

    @Test func pathAndOutline() {
        let p = projection()
        #expect(p.path([Self.left]).hasPrefix("M0 ") && p.path([Self.left]).hasSuffix("Z"))
        // The shared edge at lon 5.1 (x = 200) is inside the group: the outline never draws it.
        let outline = p.outline([Self.left, Self.right])
        #expect(!outline.contains("200 0L200") && !outline.isEmpty)
        let segments = outline.split(separator: "L").count + outline.split(separator: "M").count - 2
        #expect(segments == 6) // 2 + 1 + 2 + 1 edges of the 2×1 rectangle
    }

    @Test func geoJSONGeometries() throws {
        let polygons = try GeoJSON.polygons(geometry: #"{"type":"MultiPolygon","coordinates":[[[[5,52],[5.1,52],[5.1,52.1],[5,52]]],[[[6,52],[6.1,52],[6,52.1],[6,52]]]]}"#)
        #expect(polygons.count == 2 && polygons[0].rings[0].count == 4)
        #expect(throws: GeoJSONError.self) { try GeoJSON.polygons(geometry: #"{"type":"Point","coordinates":[5,52]}"#) }
    }

    @Test func colourScale() {
        let scale = ColourScale(maximum: 10)
        #expect(scale.colourIndex(0) == 0 && scale.colourIndex(1) == 1 && scale.colourIndex(10) == 5)
        #expect(scale.legend.map(\.label) == ["0", "1–2", "3–4", "5–6", "7–8", "9–10"])
        #expect(ColourScale(maximum: 0).legend.map(\.label) == ["0"])
        #expect(ColourScale(maximum: 2).legend.map(\.label) == ["0", "1", "2"])
        // Classes follow the counts: a narrow band of high counts is still split.
        let close = ColourScale(counts: [819, 850, 860, 880, 890, 900, 910, 925, 0])
        #expect(close.legend.map(\.label) == ["0", "1–850", "851–880", "881–890", "891–910", "911–925"])
        #expect(close.colourIndex(819) == 1 && close.colourIndex(925) == 5 && close.colourIndex(0) == 0)
        #expect(ColourScale(counts: [0, 0, 1]).legend.map(\.label) == ["0", "1"])
    }

    @Test func svgIsAccessibleAndEscaped() {
        let area = MapArea(code: "GM0001", name: "Noord & Zuid", path: "M0 0L1 1Z", labelX: 10, labelY: 10, count: 3, href: "?a=1&b=2")
        let svg = MapSVG.render(width: 100, height: 50, areas: [area], outlines: [], scale: ColourScale(maximum: 3), selected: "GM0001",
                                title: "Kaart <test>", description: "Uitleg")
        #expect(svg.contains(#"aria-label="Noord &amp; Zuid: 3 initiatieven""#))
        #expect(svg.contains(#"href="?a=1&amp;b=2""#) && svg.contains("aria-current=\"true\""))
        #expect(svg.contains("<title id=\"kaart-titel\">Kaart &lt;test&gt;</title>"))
    }
}
