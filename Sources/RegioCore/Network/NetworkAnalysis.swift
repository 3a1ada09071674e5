/// Who connects the landscape: connected components and betweenness centrality.
extension NetworkGraph {
    /// Connected components as lists of node indices, largest first; isolated nodes are
    /// components of one.
    public var components: [[Int]] {
        let adjacency = neighbours
        var seen = [Bool](repeating: false, count: nodes.count), result: [[Int]] = []
        for start in nodes.indices where !seen[start] {
            var stack = [start], component: [Int] = []
            seen[start] = true
            while let node = stack.popLast() {
                component.append(node)
                for next in adjacency[node] where !seen[next] { seen[next] = true; stack.append(next) }
            }
            result.append(component.sorted())
        }
        return result.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Betweenness centrality (Brandes' algorithm, unweighted, undirected): for each node,
    /// how many shortest paths between other nodes run through it. Organisations with a
    /// high value broker between groups that would otherwise not meet.
    public var betweenness: [Double] {
        let adjacency = neighbours, n = nodes.count
        var centrality = [Double](repeating: 0, count: n)
        for source in 0..<n {
            var stack: [Int] = [], predecessors = [[Int]](repeating: [], count: n)
            var paths = [Double](repeating: 0, count: n), distance = [Int](repeating: -1, count: n)
            paths[source] = 1; distance[source] = 0
            var queue = [source], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                stack.append(v)
                for w in adjacency[v] {
                    if distance[w] < 0 { distance[w] = distance[v] + 1; queue.append(w) }
                    if distance[w] == distance[v] + 1 { paths[w] += paths[v]; predecessors[w].append(v) }
                }
            }
            var dependency = [Double](repeating: 0, count: n)
            while let w = stack.popLast() {
                for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
                if w != source { centrality[w] += dependency[w] }
            }
        }
        // Each undirected path was counted from both ends.
        return centrality.map { $0 / 2 }
    }
}

extension NetworkGraph {
    /// Organisations that lie on shortest paths between others (`betweenness` > 0), the
    /// strongest brokers first; ties by name.
    public func brokers(betweenness: [Double]) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .organisation && betweenness[$0] > 0 }
            .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : nodes[$0].label < nodes[$1].label }
    }

    /// Initiatives without any connection: nobody recorded who takes part.
    public var isolatedInitiatives: [Int] {
        let degrees = self.degrees
        return nodes.indices.filter { nodes[$0].kind == .initiative && degrees[$0] == 0 }
    }
}
