import Fluent
import Foundation
import RegioCore
import Vapor

/// A region's map geometry, projected once: SVG paths of its municipalities, label
/// points and the borders of its labour-market regions. Boundaries do not change with
/// the landscape, so this is computed once per region and kept.
struct RegionMap: Sendable {
    struct Area: Sendable { var code: String; var name: String; var labourMarketCode: String?; var path: String; var labelX: Double; var labelY: Double }

    var width: Double
    var height: Double
    var areas: [Area]
    var outlines: [MapOutline]

    static let canvasWidth = 800.0

    static func load(regionID: UUID, on db: any Database) async throws -> RegionMap {
        let places = try await Municipality.query(on: db).filter(\.$region.$id == regionID).with(\.$labourMarketRegion).sort(\.$name).all()
        let shapes = places.map { place in (place, (try? GeoJSON.polygons(geometry: place.boundary ?? "")) ?? []) }
        var bounds = GeoBounds()
        for (_, polygons) in shapes { bounds.include(polygons) }
        guard !bounds.isEmpty else { return RegionMap(width: canvasWidth, height: 400, areas: [], outlines: []) }
        let projection = MapProjection(bounds: bounds, width: canvasWidth)
        let areas = shapes.map { place, polygons -> Area in
            var label = GeoBounds()
            label.include(polygons)
            let centre = place.centroidLon.flatMap { lon in place.centroidLat.map { GeoPoint(lon: lon, lat: $0) } }
                ?? GeoPoint(lon: (label.minLon + label.maxLon) / 2, lat: (label.minLat + label.maxLat) / 2)
            let (x, y) = projection.project(centre)
            return Area(code: place.code, name: place.name, labourMarketCode: place.labourMarketRegion?.code, path: projection.path(polygons), labelX: x, labelY: y)
        }
        let markets = Dictionary(grouping: shapes.filter { $0.0.labourMarketRegion != nil }, by: { $0.0.labourMarketRegion!.code })
        let outlines = markets.keys.sorted().map { code in
            let group = markets[code]!
            return MapOutline(name: group[0].0.labourMarketRegion!.name, path: projection.outline(group.flatMap(\.1)))
        }
        return RegionMap(width: projection.width, height: projection.height, areas: areas, outlines: outlines)
    }
}

/// Keeps each region's map geometry.
actor RegionMapCache {
    private var maps: [UUID: RegionMap] = [:]

    func map(for regionID: UUID, on db: any Database) async throws -> RegionMap {
        if let map = maps[regionID] { return map }
        let map = try await RegionMap.load(regionID: regionID, on: db)
        maps[regionID] = map
        return map
    }
}

extension Application {
    private struct MapCacheKey: StorageKey { typealias Value = RegionMapCache }

    var regionMaps: RegionMapCache {
        get { storage[MapCacheKey.self] ?? RegionMapCache() }
        set { storage[MapCacheKey.self] = newValue }
    }
}
