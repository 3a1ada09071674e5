import Foundation

/// TF-IDF vectors of Dutch texts: the text part of every similarity on the platform
/// (initiatives in `SimilarityIndex`, barriers in `BarrierSimilarity`), kept in one place
/// so that both read Dutch alike.
///
/// A text's terms are its stems, the parts of its compounds (`CompoundSplitter`, with the
/// words of all texts as dictionary) and the concepts of both (`CareThesaurus`). Weights
/// are (1 + log tf) · log((n + 1) / (df + 0.5)), L2-normalised, so the cosine of two
/// vectors is their dot product.
struct TermVectors {
    /// Per text: term ids and weights, L2-normalised, sorted by term id.
    let vectors: [[(term: Int32, weight: Float)]]
    /// How many distinct terms the texts have; term ids run from 0 to this.
    let termCount: Int

    init(_ texts: [String]) {
        var analyzer = DutchText.Analyzer()
        let analysed = texts.map { analyzer.terms($0) }
        var splitter = CompoundSplitter(words: Set(analysed.lazy.flatMap(\.words)))
        var termIDs: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        let counts: [[Int32: Int]] = analysed.map { terms in
            // The words themselves, the parts of compounds, and the concepts of both.
            let parts = terms.words.flatMap { splitter.parts(of: $0) }
            var tf: [Int32: Int] = [:]
            for term in terms.stems + parts + CareThesaurus.concepts(of: terms.stems) + CareThesaurus.concepts(of: parts) {
                let id: Int32
                if let known = termIDs[term] { id = known } else {
                    id = Int32(termIDs.count); termIDs[term] = id; documentFrequency.append(0)
                }
                tf[id, default: 0] += 1
            }
            for id in tf.keys { documentFrequency[Int(id)] += 1 }
            return tf
        }
        let n = Double(max(texts.count, 1))
        vectors = counts.map { tf in
            var v = tf.map { id, count -> (term: Int32, weight: Float) in
                let idf = log((n + 1) / (Double(documentFrequency[Int(id)]) + 0.5))
                return (id, Float((1 + log(Double(count))) * idf))
            }
            let norm = sqrt(v.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { v = v.map { ($0.term, $0.weight / norm) } }
            v.sort { $0.term < $1.term }
            return v
        }
        termCount = termIDs.count
    }

    /// The cosine of two vectors of the same `TermVectors` (a merge over sorted term ids),
    /// capped at 1 against rounding.
    static func cosine(_ a: [(term: Int32, weight: Float)], _ b: [(term: Int32, weight: Float)]) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < a.count && j < b.count {
            if a[i].term == b[j].term { sum += a[i].weight * b[j].weight; i += 1; j += 1 }
            else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return min(sum, 1)
    }
}
