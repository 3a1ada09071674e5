import Foundation

/// A point on the network canvas.
public struct LayoutPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A deterministic force-directed layout (Fruchterman–Reingold): nodes repel, edges
/// pull, the temperature cools over a fixed number of rounds. Start positions come from
/// a hash of each node's id, never from a random source, so the same data gives the
/// same picture on every run and every machine. Nodes without edges are set out in
/// rows below the connected part, alphabetically, where a board can read them.
public struct ForceLayout: Sendable {
    public var width: Double
    public var iterations = 300
    /// Room a label needs per character, and its height (SVG units).
    public var characterWidth = 6.2
    public var labelHeight = 14.0
    public var maxLabelLength = 30
    /// Above this many nodes only the best-connected ones get a written label (the
    /// others keep theirs as a tooltip and in the table): a crowd of labels reads as none.
    public var maxLabels = 80

    public init(width: Double = 820) { self.width = width }

    public struct Result: Sendable {
        public var positions: [LayoutPoint]
        /// The canvas size that holds every node and label.
        public var width: Double
        public var height: Double
        public var labels: [String]
    }

    /// The label shown for `text`: at most `maxLabelLength` characters.
    public func label(_ text: String) -> String {
        text.count <= maxLabelLength ? text : String(text.prefix(maxLabelLength - 1)) + "…"
    }

    public func layout(_ graph: NetworkGraph) -> Result {
        let n = graph.nodes.count
        let degrees = graph.degrees
        let labelled = n <= maxLabels ? Set(0..<n) : Set((0..<n).sorted { (degrees[$0], -$0) > (degrees[$1], -$1) }.prefix(maxLabels))
        let labels = graph.nodes.enumerated().map { labelled.contains($0.offset) ? label($0.element.label) : "" }
        var positions = [LayoutPoint](repeating: LayoutPoint(x: 0, y: 0), count: n)
        let connected = (0..<n).filter { degrees[$0] > 0 }
        var height = 0.0

        if !connected.isEmpty {
            // Area per connected node grows with how many there are.
            let side = max(400, (Double(connected.count) * 9000).squareRoot())
            let k = (side * side / Double(connected.count)).squareRoot() * 0.8
            var local = [Int: Int]()
            for (i, node) in connected.enumerated() { local[node] = i }
            var p = connected.map { node -> LayoutPoint in
                let h = Self.hash(graph.nodes[node].id)
                return LayoutPoint(x: Double(h & 0xFFFF) / 65535 * side, y: Double((h >> 16) & 0xFFFF) / 65535 * side)
            }
            let edges = graph.edges.compactMap { a, b in local[a].flatMap { i in local[b].map { (i, $0) } } }
            var temperature = side / 10
            for _ in 0..<iterations {
                var shift = [LayoutPoint](repeating: LayoutPoint(x: 0, y: 0), count: p.count)
                for i in p.indices {
                    for j in (i + 1)..<p.count {
                        var dx = p[i].x - p[j].x, dy = p[i].y - p[j].y
                        if dx == 0 && dy == 0 { dx = 0.01 * Double(i - j); dy = 0.01 }
                        let d2 = max(dx * dx + dy * dy, 0.01), force = k * k / d2
                        shift[i].x += dx * force; shift[i].y += dy * force
                        shift[j].x -= dx * force; shift[j].y -= dy * force
                    }
                }
                for (a, b) in edges {
                    let dx = p[a].x - p[b].x, dy = p[a].y - p[b].y
                    let d = max((dx * dx + dy * dy).squareRoot(), 0.01), force = d / k
                    shift[a].x -= dx * force; shift[a].y -= dy * force
                    shift[b].x += dx * force; shift[b].y += dy * force
                }
                for i in p.indices {
                    // A weak pull to the centre keeps separate clusters on the canvas.
                    shift[i].x += (side / 2 - p[i].x) * 0.02; shift[i].y += (side / 2 - p[i].y) * 0.02
                    let length = max((shift[i].x * shift[i].x + shift[i].y * shift[i].y).squareRoot(), 0.01)
                    let step = min(length, temperature)
                    p[i].x += shift[i].x / length * step; p[i].y += shift[i].y / length * step
                }
                temperature *= 0.985
            }
            p = separateLabels(p, labels: connected.map { labels[$0] })
            // Fit the connected part into the canvas width, keeping its proportions.
            let minX = p.map(\.x).min()!, maxX = p.map(\.x).max()!, minY = p.map(\.y).min()!, maxY = p.map(\.y).max()!
            let margin = Double(maxLabelLength) * characterWidth / 2 + 10
            let scale = min(1, (width - 2 * margin) / max(maxX - minX, 1))
            for (i, node) in connected.enumerated() {
                positions[node] = LayoutPoint(x: margin + (p[i].x - minX) * scale, y: 30 + (p[i].y - minY) * scale)
            }
            height = 30 + (maxY - minY) * scale + 40
            // Scaling down may bring labels together again: separate once more at the final size.
            var placed = separateLabels(connected.map { positions[$0] }, labels: connected.map { labels[$0] })
            // Separation may push a node over the top or left edge: move the drawing back in.
            let dx = max(0, 20 - (placed.map(\.x).min() ?? 20)), dy = max(0, 30 - (placed.map(\.y).min() ?? 30))
            placed = placed.map { LayoutPoint(x: $0.x + dx, y: $0.y + dy) }
            for (i, node) in connected.enumerated() { positions[node] = placed[i] }
            height = max(height + dy, (placed.map(\.y).max() ?? 0) + 40)
        }

        // Isolated nodes: rows of columns wide enough for the longest label.
        let isolated = (0..<n).filter { degrees[$0] == 0 }
            .sorted { graph.nodes[$0].label.localizedStandardCompare(graph.nodes[$1].label) == .orderedAscending }
        if !isolated.isEmpty {
            let longest = isolated.map { Double(labels[$0].count) * characterWidth }.max() ?? 100
            let column = longest + 36
            let columns = max(1, Int((width - 20) / column))
            let top = height + (height > 0 ? 30 : 20)
            for (i, node) in isolated.enumerated() {
                positions[node] = LayoutPoint(x: 20 + Double(i % columns) * column, y: top + Double(i / columns) * 34)
            }
            height = top + Double((isolated.count + columns - 1) / columns) * 34 + 10
        }
        let right = positions.indices.map { box(positions[$0], labels[$0]).maxX }.max() ?? width
        return Result(positions: positions, width: max(width, right + 10), height: max(height, 120), labels: labels)
    }

    /// Pushes nodes apart until no two labels (drawn right of their node) overlap, or
    /// a fixed number of rounds has passed. Deterministic: pairs in index order.
    func separateLabels(_ points: [LayoutPoint], labels: [String]) -> [LayoutPoint] {
        var p = points
        for _ in 0..<200 {
            var moved = false
            for i in p.indices {
                for j in (i + 1)..<p.count {
                    let a = box(p[i], labels[i]), b = box(p[j], labels[j])
                    let overlapX = min(a.maxX, b.maxX) - max(a.minX, b.minX), overlapY = min(a.maxY, b.maxY) - max(a.minY, b.minY)
                    guard overlapX > 0, overlapY > 0 else { continue }
                    moved = true
                    // Move apart along the axis that needs the smaller move.
                    if overlapY < overlapX {
                        let d = overlapY / 2 + 0.5, sign: Double = p[i].y <= p[j].y ? -1 : 1
                        p[i].y += sign * d; p[j].y -= sign * d
                    } else {
                        let d = overlapX / 2 + 0.5, sign: Double = p[i].x <= p[j].x ? -1 : 1
                        p[i].x += sign * d; p[j].x -= sign * d
                    }
                }
            }
            if !moved { break }
        }
        return p
    }

    /// The rectangle a node's marker and label take.
    public func box(_ p: LayoutPoint, _ label: String) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        (p.x - 8, p.y - labelHeight / 2 - 1, p.x + 12 + Double(label.count) * characterWidth, p.y + labelHeight / 2 + 1)
    }

    /// FNV-1a of the id: stable across runs and machines (Swift's `hashValue` is not).
    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
