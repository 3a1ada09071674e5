import Foundation

/// Why two initiatives look alike: the parts of the score, for a reason a person reads.
public struct SimilarityMatch: Sendable, Equatable {
    public var index: Int
    /// Weighted total, 0…1.
    public var score: Double
    /// Cosine of the TF-IDF vectors of name, goal and description, 0…1.
    public var text: Double
    public var sharedThemes: [String]
    public var sharedTargetGroups: [String]
    public var sharedPlaces: [String]
    public var bothWholeRegion: Bool
    public var sharedOrganisations: [UUID]
}

/// How much each kind of evidence counts. The text carries most: two records of one
/// intervention are written by different people, but describe the same thing. Shared
/// partners come next: related work in the same place for the same people is common,
/// the same organisations behind it much less so. Chosen on the labelled development
/// sets (docs/BENCHMARKS.md).
public struct SimilarityWeights: Sendable {
    public var text = 0.6
    public var targetGroups = 0.1
    public var themes = 0.1
    public var places = 0.05
    public var organisations = 0.15
    public init() {}
}

/// Similarity of initiatives from their Dutch text (TF-IDF over stems), themes, target
/// groups, places and partners. Candidates come from an inverted index over each
/// initiative's most distinctive terms, so finding similar initiatives costs what the
/// candidates cost, not the size of the landscape; `exactTop` is the all-pairs reference.
public struct SimilarityIndex: Sendable {
    public let entries: [InitiativeEntry]
    public let weights: SimilarityWeights
    /// Per entry: term ids and weights, L2-normalised, sorted by term id.
    private let vectors: [[(term: Int32, weight: Float)]]
    /// Term id → entries that contain it with that weight.
    private let postings: [[(entry: Int32, weight: Float)]]
    private let places: [Set<String>]
    private let organisations: [Set<UUID>]
    /// Per entry: its target groups, themes, places and partners as sorted small integers,
    /// so that the structured part of the score costs a few merges, not set operations.
    private let profileIDs: [StructuredProfile]
    /// "Same people in the same place" buckets (target group × municipality), so that
    /// records written in different words but for the same group and place still meet.
    private let buckets: [String: [Int32]]
    private let entryBuckets: [[String]]
    /// "Same people, same themes" buckets (the whole target-group set and theme set), so
    /// that what the structured part of the score rewards is found even with little text.
    private let profiles: [String: [Int32]]
    private let entryProfiles: [String]
    /// Organisation → the entries it takes part in: shared partners weigh in the score.
    private let byOrganisation: [UUID: [Int32]]
    /// How many of each entry's heaviest terms look for candidates.
    public var probeTerms = 12
    /// How many candidates, ranked by their partial text score and shared buckets, get
    /// the full comparison: bounds the cost of a query in a large, uniform landscape.
    public var maxCandidates = 600
    /// How much of the text floor the unindexed prefix of the report may bound: a shorter
    /// prefix indexes more, a longer one verifies more candidates (measured: docs/BENCHMARKS.md).
    public var prefixShare: Float = 0.4
    /// Terms in more than this share of the landscape are too common to find candidates with.
    public var commonTermShare = 0.2

    public init(entries: [InitiativeEntry], regionMunicipalities: Set<String>, weights: SimilarityWeights = SimilarityWeights()) {
        self.entries = entries
        self.weights = weights
        // The name counts twice: it is the most deliberate summary of what an initiative is.
        let texts = TermVectors(entries.map { e in
            [e.fields.name, e.fields.name, e.fields.goal ?? "", e.fields.description ?? ""].joined(separator: " ")
        })
        vectors = texts.vectors
        var postings = [[(entry: Int32, weight: Float)]](repeating: [], count: texts.termCount)
        for (i, v) in vectors.enumerated() {
            for t in v { postings[Int(t.term)].append((Int32(i), t.weight)) }
        }
        self.postings = postings
        places = entries.map { $0.fields.wholeRegion ? regionMunicipalities : Set($0.fields.municipalityCodes) }
        organisations = entries.map { Set($0.fields.participants.map(\.organisationID)) }
        var interned: [String: Int32] = [:]
        func ids<S: Sequence>(_ keys: S) -> [Int32] where S.Element == String {
            Array(Set(keys.map { key in
                if let id = interned[key] { return id }
                let id = Int32(interned.count); interned[key] = id; return id
            })).sorted()
        }
        profileIDs = zip(entries, zip(places, organisations)).map { e, more in
            StructuredProfile(groups: ids(e.fields.targetGroups.map { "g:" + $0 }), themes: ids(e.fields.strategicThemes.map { "t:" + $0 }),
                              places: ids(more.0.map { "p:" + $0 }), organisations: ids(more.1.map { "o:" + $0.uuidString }))
        }
        var buckets: [String: [Int32]] = [:]
        entryBuckets = entries.enumerated().map { i, e in
            let keys = e.fields.targetGroups.flatMap { group in e.fields.municipalityCodes.map { "\(group)|\($0)" } }
            for key in keys { buckets[key, default: []].append(Int32(i)) }
            return keys
        }
        self.buckets = buckets
        var profiles: [String: [Int32]] = [:]
        entryProfiles = entries.enumerated().map { i, e in
            let key = e.fields.targetGroups.sorted().joined(separator: ",") + "|" + e.fields.strategicThemes.sorted().joined(separator: ",")
            if !e.fields.targetGroups.isEmpty { profiles[key, default: []].append(Int32(i)) }
            return key
        }
        self.profiles = profiles
        var byOrganisation: [UUID: [Int32]] = [:]
        for (i, organisations) in organisations.enumerated() { for o in organisations { byOrganisation[o, default: []].append(Int32(i)) } }
        self.byOrganisation = byOrganisation
    }

    /// The full comparison of entries `i` and `j`.
    public func compare(_ i: Int, _ j: Int) -> SimilarityMatch {
        let a = entries[i].fields, b = entries[j].fields
        let text = Double(TermVectors.cosine(vectors[i], vectors[j]))
        return SimilarityMatch(index: j, score: weights.text * text + structuralScore(i, j), text: text,
                               sharedThemes: a.strategicThemes.filter(b.strategicThemes.contains),
                               sharedTargetGroups: a.targetGroups.filter(b.targetGroups.contains),
                               sharedPlaces: places[i].intersection(places[j]).sorted(), bothWholeRegion: a.wholeRegion && b.wholeRegion,
                               sharedOrganisations: organisations[i].intersection(organisations[j]).sorted { $0.uuidString < $1.uuidString })
    }

    /// The weighted Jaccard overlaps of target groups, themes, places and partners: the
    /// score without its text part.
    func structuralScore(_ i: Int, _ j: Int) -> Double {
        structuralScore(i, j, unlessBelow: -.infinity)!
    }

    /// The same, or `nil` as soon as it is clear the score stays below `needed`: each part
    /// is added only while the parts still to come could make the difference, and places,
    /// the longest lists (a whole region is hundreds), come last.
    func structuralScore(_ i: Int, _ j: Int, unlessBelow needed: Double) -> Double? {
        let people = weights.themes * StructuredProfile.jaccard(profileIDs[i].themes, profileIDs[j].themes)
            + weights.targetGroups * StructuredProfile.jaccard(profileIDs[i].groups, profileIDs[j].groups)
        guard people + weights.organisations + weights.places >= needed else { return nil }
        let partners = people + weights.organisations * StructuredProfile.jaccard(profileIDs[i].organisations, profileIDs[j].organisations)
        guard partners + weights.places >= needed else { return nil }
        return partners + weights.places * StructuredProfile.jaccard(profileIDs[i].places, profileIDs[j].places)
    }

    /// The `limit` entries most like entry `i`, from the candidates that share one of its
    /// distinctive terms (words that most of the landscape uses find nothing).
    public func similar(to i: Int, limit: Int = 5) -> [SimilarityMatch] {
        Self.top(candidates(of: i).map { compare(i, $0) }, limit: limit)
    }

    /// The same, comparing with every other entry: the reference for tests and benchmarks.
    public func exactTop(to i: Int, limit: Int = 5) -> [SimilarityMatch] {
        Self.top(entries.indices.filter { $0 != i }.map { compare(i, $0) }, limit: limit)
    }

    static func top(_ matches: [SimilarityMatch], limit: Int) -> [SimilarityMatch] {
        Array(matches.filter { $0.score > 0 }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.prefix(limit))
    }

    func candidates(of i: Int) -> [Int] {
        // Estimate each candidate's score from what is cheap to know: the text weight of
        // the shared probe terms, a share per shared target-group × municipality bucket and
        // per shared partner, and the structured weight of an identical target-group and
        // theme profile.
        var partial: [Int32: Double] = [:]
        let common = Int(Double(entries.count) * commonTermShare) + 2
        for t in vectors[i].sorted(by: { $0.weight > $1.weight }).prefix(probeTerms) where postings[Int(t.term)].count <= common {
            for p in postings[Int(t.term)] where Int(p.entry) != i { partial[p.entry, default: 0] += weights.text * Double(t.weight * p.weight) }
        }
        for key in entryBuckets[i] {
            guard let members = buckets[key], members.count <= common else { continue }
            for j in members where Int(j) != i { partial[j, default: 0] += weights.places / 2 }
        }
        if let members = profiles[entryProfiles[i]], members.count <= common {
            for j in members where Int(j) != i { partial[j, default: 0] += weights.targetGroups + weights.themes }
        }
        for organisation in organisations[i] {
            guard let members = byOrganisation[organisation], members.count <= common else { continue }
            for j in members where Int(j) != i { partial[j, default: 0] += weights.organisations / 2 }
        }
        guard partial.count > maxCandidates else { return partial.keys.map { Int($0) } }
        return partial.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxCandidates).map { Int($0.key) }
    }

    /// The text overlap a likely duplicate needs when its pair shares no partner and not
    /// the whole target-group and theme profile: the structured part is then at most
    /// identical groups with the closest non-identical themes (or the other way round),
    /// plus the places, so the text must make up the rest of the threshold.
    var textFloorWithoutSharedProfile: Double {
        func closestBelowOne(_ largest: Int) -> Double { largest <= 1 ? 0 : Double(largest - 1) / Double(largest) }
        let groups = closestBelowOne(profileIDs.lazy.map(\.groups.count).max() ?? 0)
        let themes = closestBelowOne(profileIDs.lazy.map(\.themes.count).max() ?? 0)
        let structure = max(weights.targetGroups + weights.themes * themes, weights.targetGroups * groups + weights.themes) + weights.places
        return max(SimilarityMatch.duplicateTextFloor, (SimilarityMatch.duplicateThreshold - structure) / weights.text)
    }

    /// The groups entry `i` is close to: each partner's entries and its profile bucket.
    private func closeGroups(of i: Int) -> [[Int32]] {
        var groups = organisations[i].compactMap { byOrganisation[$0] }
        if let profile = profiles[entryProfiles[i]] { groups.append(profile) }
        return groups
    }

    /// Every likely duplicate pair, each once (i < j), best first: the overlap report.
    ///
    /// Exact, not sampled, in two parts that together cover every pair:
    /// - Pairs that share a partner or have identical target groups and themes can be
    ///   duplicates with little text overlap (down to `duplicateTextFloor`); they are few,
    ///   and are compared within those groups.
    /// - All other pairs need more text overlap, as their structured part is bounded
    ///   (`textFloorWithoutSharedProfile`). All-Pairs prefix filtering (Bayardo, Ma &
    ///   Srikant, 2007) finds every pair with at least that cosine while comparing only
    ///   pairs that share a term rare enough to matter: each entry indexes only the terms
    ///   after its most common ones, where "most common" stops before those terms alone
    ///   could reach the floor.
    public func likelyDuplicates() -> [(Int, Int, SimilarityMatch)] {
        let floor = Float(textFloorWithoutSharedProfile), lowestFloor = Float(SimilarityMatch.duplicateTextFloor)
        let maxWeight = postings.map { $0.reduce(Float(0)) { max($0, $1.weight) } }
        // Each entry's most common terms stay out of the index while what they could add
        // to any cosine stays under a share of the floor: bounded by the largest weight each
        // term has anywhere, and by their length (Cauchy–Schwarz; every vector has length 1).
        var indexed = [[(entry: Int32, weight: Float)]](repeating: [], count: postings.count)
        var bounds = [Float](repeating: 0, count: entries.count)
        var prefixes = [[(term: Int32, weight: Float)]](repeating: [], count: entries.count)
        for i in entries.indices {
            var byWeight: Float = 0, squares: Float = 0, indexing = false
            for t in vectors[i].sorted(by: { (postings[Int($0.term)].count, $1.term) > (postings[Int($1.term)].count, $0.term) }) {
                if !indexing {
                    let nextByWeight = byWeight + t.weight * maxWeight[Int(t.term)], nextSquares = squares + t.weight * t.weight
                    if min(nextByWeight, nextSquares.squareRoot()) < floor * prefixShare {
                        byWeight = nextByWeight; squares = nextSquares
                        prefixes[i].append(t)
                        continue
                    }
                    indexing = true
                }
                indexed[Int(t.term)].append((Int32(i), t.weight))
            }
            bounds[i] = min(byWeight, squares.squareRoot())
        }
        // Each entry meets the earlier entries that share an indexed term (posting lists are
        // in entry order). The shared indexed part plus the candidate's few prefix terms
        // (looked up in this entry's weights) is the whole cosine; pairs reaching the text
        // floor and, with the structured part, the threshold get the full comparison.
        // Entries are spread over the cores, each with its own accumulators; the posting
        // lists are flattened into one array, as this loop is the report's cost.
        var start = [Int](repeating: 0, count: indexed.count + 1)
        for (t, list) in indexed.enumerated() { start[t + 1] = start[t] + list.count }
        let postingEntry = indexed.flatMap { $0.map(\.entry) }, postingWeight = indexed.flatMap { $0.map(\.weight) }
        var prefixStart = [Int](repeating: 0, count: prefixes.count + 1)
        for (j, prefix) in prefixes.enumerated() { prefixStart[j + 1] = prefixStart[j] + prefix.count }
        let prefixTerm = prefixes.flatMap { $0.map { Int($0.term) } }, prefixWeight = prefixes.flatMap { $0.map(\.weight) }
        let prefixBound = bounds, offsets = start, prefixOffsets = prefixStart
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, entries.count / 1_000 + 1))
        let found = PairCollector()
        // Summation order differs from `compare`'s; it decides at the floor itself.
        let tolerance: Float = 1e-4
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var overlap = [Float](repeating: 0, count: entries.count)
            var weightOf = [Float](repeating: 0, count: postings.count)
            var touched: [Int32] = [], pairs: [(Int, Int, SimilarityMatch)] = [], close: [(Int, Int, SimilarityMatch)] = []
            var metBy = [Int32](repeating: -1, count: entries.count)
            postingEntry.withUnsafeBufferPointer { postingEntry in
            postingWeight.withUnsafeBufferPointer { postingWeight in
            overlap.withUnsafeMutableBufferPointer { overlap in
            weightOf.withUnsafeMutableBufferPointer { weightOf in
                for i in stride(from: worker, to: entries.count, by: workers) {
                    for t in vectors[i] {
                        weightOf[Int(t.term)] = t.weight
                        for k in offsets[Int(t.term)]..<offsets[Int(t.term) + 1] {
                            let j = Int(postingEntry[k])
                            if j >= i { break }
                            if overlap[j] == 0 { touched.append(Int32(j)) }
                            overlap[j] += t.weight * postingWeight[k]
                        }
                    }
                    for j in touched.lazy.map(Int.init) {
                        if overlap[j] + prefixBound[j] >= floor - tolerance {
                            var text = overlap[j]
                            for k in prefixOffsets[j]..<prefixOffsets[j + 1] { text += prefixWeight[k] * weightOf[prefixTerm[k]] }
                            let needed = SimilarityMatch.duplicateThreshold - Double(tolerance) - weights.text * Double(text)
                            if text >= floor - tolerance, let structure = structuralScore(j, i, unlessBelow: needed), structure >= needed {
                                let m = compare(j, i)
                                if m.isLikelyDuplicate { pairs.append((j, i, m)) }
                            }
                        }
                        overlap[j] = 0
                    }
                    touched.removeAll(keepingCapacity: true)
                    // The earlier entries sharing a partner or the whole target-group and
                    // theme profile, with whatever text overlap their structure still needs.
                    for group in closeGroups(of: i) {
                        for j in group.lazy.map(Int.init) {
                            if j >= i { break }
                            if metBy[j] == Int32(i) { continue }
                            metBy[j] = Int32(i)
                            let structure = structuralScore(j, i)
                            let needed = max(lowestFloor, Float((SimilarityMatch.duplicateThreshold - structure) / weights.text))
                            guard needed < floor else { continue } // then the prefix filter above found it
                            var text: Float = 0
                            for t in vectors[j] { text += t.weight * weightOf[Int(t.term)] }
                            if text >= needed - tolerance {
                                let m = compare(j, i)
                                if m.isLikelyDuplicate { close.append((j, i, m)) }
                            }
                        }
                    }
                    for t in vectors[i] { weightOf[Int(t.term)] = 0 }
                }
            }
            }
            }
            }
            // A close pair with enough text is found by both parts: keep it once.
            let seen = Set(pairs.lazy.map { Int64($0.0) << 32 | Int64($0.1) })
            found.add(pairs + close.filter { !seen.contains(Int64($0.0) << 32 | Int64($0.1)) })
        }
        return found.pairs.sorted { $0.2.score != $1.2.score ? $0.2.score > $1.2.score : ($0.0, $0.1) < ($1.0, $1.1) }
    }
}

/// An entry's structured fields as sorted, distinct small integers.
struct StructuredProfile: Sendable {
    var groups: [Int32]
    var themes: [Int32]
    var places: [Int32]
    var organisations: [Int32]

    /// |a ∩ b| / |a ∪ b| of two sorted, distinct lists; 0 when both are empty.
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}

/// Gathers the pairs each worker of the overlap report found.
private final class PairCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[(Int, Int, SimilarityMatch)]] = []
    func add(_ pairs: [(Int, Int, SimilarityMatch)]) { lock.withLock { parts.append(pairs) } }
    var pairs: [(Int, Int, SimilarityMatch)] { lock.withLock { Array(parts.joined()) } }
}

extension SimilarityMatch {
    /// Score from which a pair is a likely duplicate, and the text overlap it needs too:
    /// the same target group in the same place does not make two interventions one.
    /// Both chosen on the labelled development sets in the tests, leaning to recall: a
    /// coordinator dismisses a false alarm in one click, a missed duplicate stays unseen
    /// (docs/BENCHMARKS.md).
    public static let duplicateThreshold = 0.36
    public static let duplicateTextFloor = 0.15

    public var isLikelyDuplicate: Bool { score >= Self.duplicateThreshold && text >= Self.duplicateTextFloor }

    /// "zelfde doelgroep zij-instromers, beide in Amersfoort, 62% tekstovereenkomst".
    public func reason(label: (_ kind: String, _ key: String) -> String) -> String {
        var parts: [String] = []
        if !sharedTargetGroups.isEmpty {
            parts.append("zelfde doelgroep " + sharedTargetGroups.map { label("group", $0).lowercased() }.joined(separator: " en "))
        }
        if bothWholeRegion {
            parts.append("beide in de hele regio")
        } else if !sharedPlaces.isEmpty {
            let names = sharedPlaces.prefix(3).map { label("place", $0) }
            let more = sharedPlaces.count - names.count
            parts.append("beide in " + (more > 0 ? names + ["\(more) andere \(more == 1 ? "gemeente" : "gemeenten")"] : names).dutchList)
        }
        if !sharedThemes.isEmpty { parts.append("thema " + sharedThemes.map { label("theme", $0).lowercased() }.joined(separator: " en ")) }
        if !sharedOrganisations.isEmpty { parts.append(sharedOrganisations.count == 1 ? "een gedeelde partner" : "\(sharedOrganisations.count) gedeelde partners") }
        parts.append(Self.textReason(text))
        return parts.joined(separator: ", ")
    }

    /// "62% tekstovereenkomst": a text cosine as every similarity reason words it.
    public static func textReason(_ text: Double) -> String { "\(Int((text * 100).rounded()))% tekstovereenkomst" }
}
