import Foundation

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

/// A name and a body text per document, searched together: every query word must
/// occur in one of them, by its stem or as a prefix of itself (so "leer" finds
/// "leercoach" and "leerroute" finds "leerroutes"); a word in the name scores 3,
/// elsewhere 1. The landscape and the offer catalogue search alike.
struct RankedText: Sendable {
    private let name: TextIndex
    private let body: TextIndex
    private let count: Int

    /// `names[i]` and `bodies[i]` are the terms (stems and plain words) of document `i`.
    init(names: [Set<String>], bodies: [Set<String>]) {
        name = TextIndex(documents: names)
        body = TextIndex(documents: bodies)
        count = names.count
    }

    /// Stems and plain words of a text, as documents are indexed: stems find other forms
    /// of a word, plain words let a half-typed word find its completions.
    static func terms(_ text: String, analyzer: inout DutchText.Analyzer) -> Set<String> {
        let terms = analyzer.terms(text)
        return Set(terms.stems + terms.words)
    }

    /// Which documents match every word of `text` (`nil`: no words given) and how well.
    func search(_ text: String) -> (matches: [Bool]?, scores: [Int]) {
        let words = Array(zip(DutchText.searchTerms(text), DutchText.words(text)))
        var scores = [Int](repeating: 0, count: count)
        guard !words.isEmpty else { return (nil, scores) }
        var matches = [Bool](repeating: true, count: count)
        for (stem, word) in words {
            var inName = [Bool](repeating: false, count: count), inBody = inName
            for form in Set([stem, word]) {
                name.mark(prefix: form, in: &inName)
                body.mark(prefix: form, in: &inBody)
            }
            for i in 0..<count where matches[i] {
                if !inName[i] && !inBody[i] { matches[i] = false; continue }
                scores[i] += (inName[i] ? 3 : 0) + (inBody[i] ? 1 : 0)
            }
        }
        return (matches, scores)
    }
}

/// Any list in the order of its names as the landscape sorts them: Dutch alphabet, no
/// case or accents, numbers in numeric order ("regeling 2" before "regeling 13").
public enum NameOrder {
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        let keys = items.map { AlphabeticalOrder.key(name($0)) }
        return items.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }.map { items[$0] }
    }
}

/// Documents in Dutch alphabetical order of a name, and each one's place in it: sorting
/// by name then never calls the (slow) collator during a request. Folded names (no
/// case, no accents) in code-point order give the alphabet Dutch readers expect, with
/// numbers in their numeric order ("module 2" before "module 13"); the id breaks ties so
/// the order is stable.
struct AlphabeticalOrder: Sendable {
    let order: [Int]
    let rank: [Int]

    /// The sort key of a name: folded, each run of digits padded to twelve.
    static func key(_ name: String) -> String {
        var key = "", digits = ""
        func flush() {
            if !digits.isEmpty { key += String(repeating: "0", count: max(0, 12 - digits.count)) + digits; digits = "" }
        }
        for c in DutchText.normalise(name) {
            if c.isASCII && c.isNumber { digits.append(c) } else { flush(); key.append(c) }
        }
        flush()
        return key
    }

    init(names: [String], ids: [UUID]) {
        let keys = names.map(Self.key)
        order = names.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : ids[a].uuidString < ids[b].uuidString }
        var rank = [Int](repeating: 0, count: names.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.rank = rank
    }
}

/// One pass of faceted search over documents: which pass every filter, and per facet
/// value how many documents would match if that facet's own filter were another
/// ("disjunctive" counts: each facet's counts take every other filter into account).
struct FacetScan {
    private(set) var isMatch: [Bool]
    private(set) var total = 0
    /// `tallies[n][v]`: documents with value `v` of table `n` that pass the other filters.
    private(set) var tallies: [[Int]]

    /// `masks[n]` selects values of `tables[n]` (`nil`: no filter on it); `textMatch`
    /// limits the documents (`nil`: all). `extra` is one more filter that is no table;
    /// `countExtra` sees each document that passes every filter but perhaps that one.
    init(count: Int, tables: [FacetTable], masks: [[Bool]?], textMatch: [Bool]?,
         extra: (Int) -> Bool = { _ in true }, countExtra: (Int) -> Void = { _ in }) {
        isMatch = [Bool](repeating: false, count: count)
        tallies = tables.map { [Int](repeating: 0, count: $0.values.count) }
        let active = masks.indices.filter { masks[$0] != nil }
        let offsets = tables.map(\.offsets), flats = tables.map(\.flat)
        let extraSlot = tables.count
        for i in 0..<count where textMatch?[i] ?? true {
            var failed = -1, failures = 0
            for n in active {
                let mask = masks[n]!, flat = flats[n]
                var hit = false
                var k = Int(offsets[n][i])
                let stop = Int(offsets[n][i + 1])
                while k < stop { if mask[Int(flat[k])] { hit = true; break }; k += 1 }
                if !hit {
                    failed = n; failures += 1
                    if failures > 1 { break }
                }
            }
            if failures <= 1, !extra(i) { failed = extraSlot; failures += 1 }
            guard failures <= 1 else { continue }
            if failures == 0 { isMatch[i] = true; total += 1 }
            for n in tables.indices where failures == 0 || failed == n {
                let flat = flats[n]
                var k = Int(offsets[n][i])
                let stop = Int(offsets[n][i + 1])
                while k < stop { tallies[n][Int(flat[k])] += 1; k += 1 }
            }
            if failures == 0 || failed == extraSlot { countExtra(i) }
        }
    }
}
