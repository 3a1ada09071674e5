import Foundation

/// A point in WGS84 longitude/latitude, as CBS publishes boundaries.
public struct GeoPoint: Equatable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}

/// A polygon: the outer ring first, then holes.
public struct GeoPolygon: Equatable, Sendable {
    public var rings: [[GeoPoint]]
    public init(rings: [[GeoPoint]]) { self.rings = rings }
}

/// The smallest lon/lat box around some shapes.
public struct GeoBounds: Equatable, Sendable {
    public var minLon = Double.infinity, minLat = Double.infinity, maxLon = -Double.infinity, maxLat = -Double.infinity

    public init() {}

    public mutating func include(_ p: GeoPoint) {
        minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
        minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
    }

    public mutating func include(_ polygons: [GeoPolygon]) {
        for polygon in polygons { for ring in polygon.rings { for p in ring { include(p) } } }
    }

    public var isEmpty: Bool { minLon > maxLon }
}

public enum GeoJSONError: Error, Equatable { case notAGeometry, unsupported(String) }

/// Reads GeoJSON geometries (Polygon, MultiPolygon) into polygons.
public enum GeoJSON {
    public static func polygons(geometry text: String) throws -> [GeoPolygon] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let type = object["type"] as? String, let coordinates = object["coordinates"] as? [Any] else {
            throw GeoJSONError.notAGeometry
        }
        func ring(_ raw: Any) -> [GeoPoint] {
            (raw as? [[Double]] ?? []).compactMap { $0.count >= 2 ? GeoPoint(lon: $0[0], lat: $0[1]) : nil }
        }
        func polygon(_ raw: Any) -> GeoPolygon { GeoPolygon(rings: (raw as? [Any] ?? []).map(ring)) }
        switch type {
        case "Polygon": return [polygon(coordinates)]
        case "MultiPolygon": return coordinates.map(polygon)
        default: throw GeoJSONError.unsupported(type)
        }
    }
}
