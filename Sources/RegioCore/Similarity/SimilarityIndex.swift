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
/// intervention are written by different people, but describe the same thing. Same
/// target group is the strongest structured signal ("the same for the same people").
public struct SimilarityWeights: Sendable {
    public var text = 0.55
    public var targetGroups = 0.2
    public var themes = 0.1
    public var places = 0.1
    public var organisations = 0.05
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
    /// "Same people in the same place" buckets (target group × municipality), so that
    /// records written in different words but for the same group and place still meet.
    private let buckets: [String: [Int32]]
    private let entryBuckets: [[String]]
    /// How many of each entry's heaviest terms look for candidates.
    public var probeTerms = 12
    /// How many candidates, ranked by their partial text score and shared buckets, get
    /// the full comparison: bounds the cost of a query in a large, uniform landscape.
    public var maxCandidates = 300
    /// Terms in more than this share of the landscape are too common to find candidates with.
    public var commonTermShare = 0.2

    public init(entries: [InitiativeEntry], regionMunicipalities: Set<String>, weights: SimilarityWeights = SimilarityWeights()) {
        self.entries = entries
        self.weights = weights
        var analyzer = DutchText.Analyzer()
        var termIDs: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        let counts: [[Int32: Int]] = entries.map { e in
            let f = e.fields
            // The name counts twice: it is the most deliberate summary of what an initiative is.
            let text = [f.name, f.name, f.goal ?? "", f.description ?? ""].joined(separator: " ")
            var tf: [Int32: Int] = [:]
            for stem in analyzer.terms(text).stems {
                let id: Int32
                if let known = termIDs[stem] { id = known } else {
                    id = Int32(termIDs.count); termIDs[stem] = id; documentFrequency.append(0)
                }
                tf[id, default: 0] += 1
            }
            for id in tf.keys { documentFrequency[Int(id)] += 1 }
            return tf
        }
        let n = Double(max(entries.count, 1))
        var postings = [[(entry: Int32, weight: Float)]](repeating: [], count: termIDs.count)
        vectors = counts.enumerated().map { i, tf in
            var v = tf.map { id, count -> (term: Int32, weight: Float) in
                let idf = log((n + 1) / (Double(documentFrequency[Int(id)]) + 0.5))
                return (id, Float((1 + log(Double(count))) * idf))
            }
            let norm = sqrt(v.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { v = v.map { ($0.term, $0.weight / norm) } }
            v.sort { $0.term < $1.term }
            for t in v { postings[Int(t.term)].append((Int32(i), t.weight)) }
            return v
        }
        self.postings = postings
        places = entries.map { $0.fields.wholeRegion ? regionMunicipalities : Set($0.fields.municipalityCodes) }
        organisations = entries.map { Set($0.fields.participants.map(\.organisationID)) }
        var buckets: [String: [Int32]] = [:]
        entryBuckets = entries.enumerated().map { i, e in
            let keys = e.fields.targetGroups.flatMap { group in e.fields.municipalityCodes.map { "\(group)|\($0)" } }
            for key in keys { buckets[key, default: []].append(Int32(i)) }
            return keys
        }
        self.buckets = buckets
    }

    /// The full comparison of entries `i` and `j`.
    public func compare(_ i: Int, _ j: Int) -> SimilarityMatch {
        let a = entries[i].fields, b = entries[j].fields
        let text = Double(cosine(vectors[i], vectors[j]))
        let themes = a.strategicThemes.filter(b.strategicThemes.contains)
        let groups = a.targetGroups.filter(b.targetGroups.contains)
        let sharedPlaces = places[i].intersection(places[j])
        let partners = organisations[i].intersection(organisations[j])
        func jaccard(_ shared: Int, _ x: Int, _ y: Int) -> Double { x + y - shared == 0 ? 0 : Double(shared) / Double(x + y - shared) }
        let placeScore = places[i].isEmpty || places[j].isEmpty ? 0 : jaccard(sharedPlaces.count, places[i].count, places[j].count)
        let score = weights.text * text
            + weights.themes * jaccard(themes.count, a.strategicThemes.count, b.strategicThemes.count)
            + weights.targetGroups * jaccard(groups.count, a.targetGroups.count, b.targetGroups.count)
            + weights.places * placeScore
            + weights.organisations * jaccard(partners.count, organisations[i].count, organisations[j].count)
        return SimilarityMatch(index: j, score: score, text: text, sharedThemes: themes, sharedTargetGroups: groups,
                               sharedPlaces: sharedPlaces.sorted(), bothWholeRegion: a.wholeRegion && b.wholeRegion,
                               sharedOrganisations: partners.sorted { $0.uuidString < $1.uuidString })
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
        // Accumulate a partial score per candidate: the text weight of the shared probe
        // terms, plus a fixed share per shared target-group × municipality bucket.
        var partial: [Int32: Float] = [:]
        let common = Int(Double(entries.count) * commonTermShare) + 2
        for t in vectors[i].sorted(by: { $0.weight > $1.weight }).prefix(probeTerms) where postings[Int(t.term)].count <= common {
            for p in postings[Int(t.term)] where Int(p.entry) != i { partial[p.entry, default: 0] += t.weight * p.weight }
        }
        for key in entryBuckets[i] {
            guard let members = buckets[key], members.count <= common else { continue }
            for j in members where Int(j) != i { partial[j, default: 0] += 0.1 }
        }
        guard partial.count > maxCandidates else { return partial.keys.map { Int($0) } }
        return partial.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxCandidates).map { Int($0.key) }
    }

    /// Pairs scoring at least `threshold`, each once (i < j), best first: the overlap report.
    public func pairs(atLeast threshold: Double) -> [(Int, Int, SimilarityMatch)] {
        var result: [(Int, Int, SimilarityMatch)] = []
        for i in entries.indices {
            for j in candidates(of: i) where j > i {
                let m = compare(i, j)
                if m.score >= threshold { result.append((i, j, m)) }
            }
        }
        return result.sorted { $0.2.score != $1.2.score ? $0.2.score > $1.2.score : ($0.0, $0.1) < ($1.0, $1.1) }
    }

    private func cosine(_ a: [(term: Int32, weight: Float)], _ b: [(term: Int32, weight: Float)]) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < a.count && j < b.count {
            if a[i].term == b[j].term { sum += a[i].weight * b[j].weight; i += 1; j += 1 }
            else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return min(sum, 1)
    }
}

extension SimilarityMatch {
    /// Score from which a pair is a likely duplicate, and the text overlap it needs too:
    /// the same target group in the same place does not make two interventions one.
    /// Both chosen on the labelled set in the tests (docs/BENCHMARKS.md).
    public static let duplicateThreshold = 0.45
    public static let duplicateTextFloor = 0.2

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
            parts.append("beide in " + names.joined(separator: ", ") + (sharedPlaces.count > 3 ? " en \(sharedPlaces.count - 3) andere gemeenten" : ""))
        }
        if !sharedThemes.isEmpty { parts.append("thema " + sharedThemes.map { label("theme", $0).lowercased() }.joined(separator: " en ")) }
        if !sharedOrganisations.isEmpty { parts.append(sharedOrganisations.count == 1 ? "een gedeelde partner" : "\(sharedOrganisations.count) gedeelde partners") }
        parts.append("\(Int((text * 100).rounded()))% tekstovereenkomst")
        return parts.joined(separator: ", ")
    }
}
