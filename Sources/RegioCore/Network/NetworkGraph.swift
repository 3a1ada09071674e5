import Foundation

/// What a node of the network stands for.
public enum NetworkNodeKind: String, Sendable, CaseIterable {
    case organisation, initiative, coalition
}

/// The network of the landscape: organisations, initiatives and coalitions as nodes,
/// participation and membership as edges.
public struct NetworkGraph: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var kind: NetworkNodeKind
        public var label: String
        public init(id: String, kind: NetworkNodeKind, label: String) { self.id = id; self.kind = kind; self.label = label }
    }

    public private(set) var nodes: [Node] = []
    /// Pairs of node indices, each once, smaller index first.
    public private(set) var edges: [(Int, Int)] = []
    private var index: [String: Int] = [:]
    private var edgeSet: Set<Int64> = []

    public init() {}

    @discardableResult
    public mutating func add(_ node: Node) -> Int {
        if let i = index[node.id] { return i }
        index[node.id] = nodes.count
        nodes.append(node)
        return nodes.count - 1
    }

    public mutating func connect(_ a: String, _ b: String) {
        guard let i = index[a], let j = index[b], i != j else { return }
        let (x, y) = (min(i, j), max(i, j))
        if edgeSet.insert(Int64(x) << 32 | Int64(y)).inserted { edges.append((x, y)) }
    }

    public func nodeIndex(_ id: String) -> Int? { index[id] }

    /// Number of edges per node.
    public var degrees: [Int] {
        var d = [Int](repeating: 0, count: nodes.count)
        for (a, b) in edges { d[a] += 1; d[b] += 1 }
        return d
    }

    /// Neighbours per node.
    public var neighbours: [[Int]] {
        var n = [[Int]](repeating: [], count: nodes.count)
        for (a, b) in edges { n[a].append(b); n[b].append(a) }
        return n
    }
}
