import Foundation
import RegioCore

/// The region's likely duplicates: pairs above the threshold, grouped into clusters of
/// initiatives that are all connected by such pairs.
struct OverlapReport: Sendable {
    static var threshold: Double { SimilarityMatch.duplicateThreshold }

    struct Pair: Sendable { var a: InitiativeEntry; var b: InitiativeEntry; var score: Int; var reason: String; var verdict: OverlapJudgement.Verdict?; var judgedBy: String? }
    struct Cluster: Sendable { var initiatives: [InitiativeEntry]; var pairs: [Pair]; var organisations: [String]; var places: [String] }

    var clusters: [Cluster]
    var judged: [Pair]

    static func make(_ snapshot: RegionSnapshot, judgements: [OverlapJudgement]) -> OverlapReport {
        let index = snapshot.similarity
        var verdicts: [String: OverlapJudgement] = [:]
        for j in judgements { verdicts[j.initiativeA.uuidString + j.initiativeB.uuidString] = j }
        var open: [(Int, Int, Pair)] = [], judged: [Pair] = []
        for (i, j, m) in index.likelyDuplicates() {
            let (a, b) = OverlapJudgement.ordered((index.entries[i].id, index.entries[j].id))
            let verdict = verdicts[a.uuidString + b.uuidString]
            let pair = Pair(a: index.entries[i], b: index.entries[j], score: Int((m.score * 100).rounded()), reason: Slug.sentenceCase(m.reason(label: snapshot.reasonLabel)),
                            verdict: verdict?.verdict, judgedBy: verdict.map { "\($0.author), \(Components.dateTime($0.createdAt))" })
            if verdict == nil { open.append((i, j, pair)) } else { judged.append(pair) }
        }
        // Union-find over the open pairs.
        var parent = Array(index.entries.indices)
        func root(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        for (i, j, _) in open { parent[root(i)] = root(j) }
        var groups: [Int: [(Int, Int, Pair)]] = [:]
        for p in open { groups[root(p.0), default: []].append(p) }
        let clusters = groups.values.map { pairs -> Cluster in
            let members = Set(pairs.flatMap { [$0.0, $0.1] }).sorted()
            let entries = members.map { index.entries[$0] }
            let orgs = Set(entries.flatMap { $0.organisationNames }).sorted()
            let places = Set(entries.flatMap { $0.fields.wholeRegion ? ["Hele regio"] : $0.fields.municipalityCodes.map(snapshot.municipalityName) }).sorted()
            return Cluster(initiatives: entries, pairs: pairs.map(\.2).sorted { $0.score > $1.score }, organisations: orgs, places: places)
        }.sorted { ($0.pairs.first?.score ?? 0, $0.initiatives.count) > ($1.pairs.first?.score ?? 0, $1.initiatives.count) }
        return OverlapReport(clusters: clusters, judged: judged)
    }
}
