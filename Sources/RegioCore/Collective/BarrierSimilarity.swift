import Foundation

/// A registered barrier that looks like the one being written, and why.
public struct BarrierMatch: Equatable, Sendable {
    public let barrierID: UUID
    /// Text overlap of title and description, 0…1: what the ranking goes by.
    public let score: Double
    /// The same category as the barrier being written (when that is known).
    public let sameCategory: Bool
    /// How many of the organisations given also met this barrier.
    public let sharedOrganisations: Int
    /// "al opgelost binnen de regels, zelfde soort (financiering), 48% tekstovereenkomst".
    public let reason: String
}

/// Suggests registered barriers like the one a user is writing, so that a barrier solved
/// before is found before it is registered twice.
///
/// The text is compared as initiatives are (`TermVectors`: TF-IDF over Dutch stems,
/// compound parts and care concepts), the title counted twice like an initiative's name.
/// The score is the text alone: a category is one of five and would lift unrelated
/// barriers of the same kind above the same barrier filed under another; category,
/// shared organisations and whether it was solved go into the reason instead.
/// A region registers hundreds of barriers, not thousands, so every query builds the
/// vectors afresh over all of them and the text typed, and compares with each.
public enum BarrierSimilarity {
    /// Less text overlap than this is one common word shared, not a similar barrier.
    public static let minimumScore = 0.1

    /// The `limit` barriers most like `title` and `description`, best first (ties in the
    /// order given). `excluding` leaves out the barrier being edited; `category` and
    /// `organisationIDs`, when known, only add to the reason.
    public static func similar(title: String, description: String, category: BarrierCategory? = nil, organisationIDs: [UUID] = [],
                               among barriers: [Barrier], excluding: UUID? = nil, limit: Int = 5) -> [BarrierMatch] {
        let others = barriers.filter { $0.id != excluding }
        func text(_ title: String, _ description: String) -> String { [title, title, description].joined(separator: " ") }
        let vectors = TermVectors(others.map { text($0.fields.title, $0.fields.description) } + [text(title, description)]).vectors
        let query = vectors[others.count], mine = Set(organisationIDs)
        var scored: [(index: Int, score: Double)] = []
        for i in others.indices {
            let score = Double(TermVectors.cosine(query, vectors[i]))
            if score >= minimumScore { scored.append((i, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.prefix(limit).map { index, score in
            let fields = others[index].fields
            let sameCategory = fields.category == category
            let shared = fields.organisationIDs.count(where: mine.contains)
            var parts: [String] = []
            if fields.status.isSolved { parts.append("al " + fields.status.dutchLabel.lowercased()) }
            if sameCategory { parts.append("zelfde soort (\(fields.category.dutchLabel.lowercased()))") }
            if shared > 0 { parts.append(shared == 1 ? "1 gedeelde organisatie" : "\(shared) gedeelde organisaties") }
            parts.append(SimilarityMatch.textReason(score))
            return BarrierMatch(barrierID: others[index].id, score: score, sameCategory: sameCategory, sharedOrganisations: shared,
                                reason: parts.joined(separator: ", "))
        }
    }
}
