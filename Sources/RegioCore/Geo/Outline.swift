/// The outer border of a group of neighbouring polygons (a labour-market region made
/// of municipalities), without computing a union: an edge that two polygons of the
/// group share is inside; an edge only one of them has is on the border. CBS's
/// generalised boundaries share their vertices exactly, which makes this exact.
extension MapProjection {
    public func outline(_ polygons: [GeoPolygon]) -> String {
        struct Point: Hashable { var x: Int32; var y: Int32 }
        struct Edge: Hashable {
            var a: Point, b: Point
            init(_ p: Point, _ q: Point) { if (p.x, p.y) < (q.x, q.y) { a = p; b = q } else { a = q; b = p } }
        }
        var count: [Edge: Int] = [:]
        var order: [Edge] = []
        for polygon in polygons {
            for ring in polygon.rings where ring.count >= 2 {
                let points = ring.map { p -> Point in
                    let (x, y) = project(p)
                    return Point(x: Int32((x * 10).rounded()), y: Int32((y * 10).rounded()))
                }
                for (p, q) in zip(points, points.dropFirst()) where p != q {
                    let e = Edge(p, q)
                    if count[e] == nil { order.append(e) }
                    count[e, default: 0] += 1
                }
            }
        }
        // Chain the border edges into as few sub-paths as possible.
        var border = order.filter { count[$0] == 1 }
        var from: [Point: [Int]] = [:]
        for (i, e) in border.enumerated() { from[e.a, default: []].append(i); from[e.b, default: []].append(i) }
        var used = [Bool](repeating: false, count: border.count)
        func text(_ p: Point) -> String { MapProjection.number(Double(p.x) / 10) + " " + MapProjection.number(Double(p.y) / 10) }
        var d = ""
        for start in border.indices where !used[start] {
            used[start] = true
            var current = border[start].b
            d += "M" + text(border[start].a) + "L" + text(current)
            while let next = from[current]?.first(where: { !used[$0] }) {
                used[next] = true
                let e = border[next]
                current = e.a == current ? e.b : e.a
                d += "L" + text(current)
            }
        }
        border.removeAll()
        return d
    }
}
