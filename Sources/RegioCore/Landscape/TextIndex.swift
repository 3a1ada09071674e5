/// An inverted index of Dutch words for one field of many documents: each term (stem
/// or plain word) lists the documents that contain it. A query word finds documents
/// with a term equal to it or starting with it, by a binary search in the sorted terms,
/// so a search costs what it finds, not the size of the landscape.
struct TextIndex: Sendable {
    private let terms: [String]
    private let postings: [[Int32]]

    /// `documents[i]` are the terms of document `i`.
    init(documents: [Set<String>]) {
        var lists: [String: [Int32]] = [:]
        for (i, document) in documents.enumerated() {
            for term in document { lists[term, default: []].append(Int32(i)) }
        }
        let sorted = lists.keys.sorted()
        terms = sorted
        postings = sorted.map { lists[$0]! }
    }

    /// Marks every document with a term that starts with `prefix` (or equals it).
    func mark(prefix: String, in hits: inout [Bool]) {
        var low = 0, high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if terms[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < terms.count, terms[i].hasPrefix(prefix) {
            for document in postings[i] { hits[Int(document)] = true }
            i += 1
        }
    }
}

/// Values of one facet, numbered once so that filtering and counting work on integers
/// in flat arrays (no per-entry array to retain and release in the hot loop).
struct FacetTable: Sendable {
    private(set) var values: [String] = []
    private var numbers: [String: Int] = [:]
    /// Entry `i`'s value numbers are `flat[offsets[i] ..< offsets[i + 1]]`.
    private(set) var offsets: [Int32] = [0]
    private(set) var flat: [Int32] = []

    mutating func append(_ entryValues: some Sequence<String>) {
        for value in entryValues {
            let n: Int
            if let known = numbers[value] { n = known } else {
                n = values.count
                numbers[value] = n
                values.append(value)
            }
            flat.append(Int32(n))
        }
        offsets.append(Int32(flat.count))
    }

    /// A mask over the value numbers for the chosen values; `nil` when none are chosen
    /// (no filter). Values the landscape does not have select nothing.
    func mask(_ chosen: some Collection<String>) -> [Bool]? {
        guard !chosen.isEmpty else { return nil }
        var mask = [Bool](repeating: false, count: values.count)
        for value in chosen { if let n = numbers[value] { mask[n] = true } }
        return mask
    }

    func counts(_ tally: [Int]) -> FacetCounts {
        var counts: [String: Int] = [:]
        for (n, count) in tally.enumerated() where count > 0 { counts[values[n]] = count }
        return FacetCounts(counts: counts)
    }
}
