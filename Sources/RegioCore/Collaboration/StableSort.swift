extension Sequence {
    /// Sorted by `key`, elements with equal keys in their given order.
    func sorted<Key: Comparable>(stablyBy key: (Element) -> Key) -> [Element] {
        enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
