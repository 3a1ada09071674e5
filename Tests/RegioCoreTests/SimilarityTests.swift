import Foundation
@testable import RegioCore
import Testing

@Suite("Similarity of initiatives")
struct SimilarityTests {
    static let threshold = SimilarityMatch.duplicateThreshold

    /// The evaluation set as one landscape: every initiative of every pair, so that term
    /// weights come from a realistic mix.
    static func landscape(_ set: [EvalPair] = similarityEvaluationSet) -> (SimilarityIndex, [(Int, Int, EvalLabel)]) {
        var organisationIDs: [String: UUID] = [:]
        func entry(_ e: EvalInitiative) -> InitiativeEntry {
            var f = InitiativeFields(name: e.name)
            f.goal = e.goal.isEmpty ? nil : e.goal
            f.description = e.description.isEmpty ? nil : e.description
            f.strategicThemes = e.themes; f.targetGroups = e.targetGroups; f.municipalityCodes = e.municipalities
            f.participants = e.organisations.map { name in
                let id = organisationIDs[name] ?? UUID()
                organisationIDs[name] = id
                return Participant(organisationID: id, role: .partner)
            }
            return InitiativeEntry(id: UUID(), fields: f, updatedAt: Date(timeIntervalSince1970: 0), organisationNames: e.organisations)
        }
        var entries: [InitiativeEntry] = [], pairs: [(Int, Int, EvalLabel)] = []
        for p in set {
            entries.append(entry(p.a)); entries.append(entry(p.b))
            pairs.append((entries.count - 2, entries.count - 1, p.label))
        }
        return (SimilarityIndex(entries: entries, regionMunicipalities: []), pairs)
    }

    /// Precision and recall of `isLikelyDuplicate` on one labelled set.
    static func measure(_ set: [EvalPair], name: String) -> (precision: Double, recall: Double) {
        let (index, pairs) = landscape(set)
        var truePositive = 0, falsePositive = 0, falseNegative = 0
        for (i, j, label) in pairs {
            switch (index.compare(i, j).isLikelyDuplicate, label == .duplicate) {
            case (true, true): truePositive += 1
            case (true, false): falsePositive += 1
            case (false, true): falseNegative += 1
            default: break
            }
        }
        let precision = Double(truePositive) / Double(max(truePositive + falsePositive, 1))
        let recall = Double(truePositive) / Double(max(truePositive + falseNegative, 1))
        print("similarity evaluation (\(name)): pairs=\(pairs.count) threshold=\(threshold) textFloor=\(SimilarityMatch.duplicateTextFloor) tp=\(truePositive) fp=\(falsePositive) fn=\(falseNegative) precision=\(String(format: "%.3f", precision)) recall=\(String(format: "%.3f", recall))")
        return (precision, recall)
    }

    @Test("Precision and recall of 'likely duplicate' on the labelled set stay at 0.8 or more")
    func evaluation() {
        #expect(similarityEvaluationSet.count >= 60)
        let (index, pairs) = Self.landscape()
        for t in stride(from: 0.35, through: 0.6, by: 0.05) {
            let flagged = pairs.map { (index.compare($0.0, $0.1).score >= t, $0.2 == .duplicate) }
            let tp = flagged.filter { $0.0 && $0.1 }.count, fp = flagged.filter { $0.0 && !$0.1 }.count, fn = flagged.filter { !$0.0 && $0.1 }.count
            print("similarity sweep: threshold=\(String(format: "%.2f", t)) precision=\(String(format: "%.3f", Double(tp) / Double(max(tp + fp, 1)))) recall=\(String(format: "%.3f", Double(tp) / Double(max(tp + fn, 1))))")
        }
        let (precision, recall) = Self.measure(similarityEvaluationSet, name: "tuning set")
        #expect(precision >= 0.8)
        #expect(recall >= 0.8)
    }

    @Test("The second development set keeps its precision and recall (regression guard)")
    func secondSetEvaluation() {
        #expect(similaritySecondSet.count >= 60)
        #expect(Set(similaritySecondSet.map(\.label)) == [.duplicate, .related, .unrelated])
        let (precision, recall) = Self.measure(similaritySecondSet, name: "second set")
        // Its hard paraphrases keep precision below the first set's; these floors are the
        // levels reached when the rule was chosen (0.68 and 0.85).
        #expect(precision >= 0.65)
        #expect(recall >= 0.8)
    }

    @Test("The blind test set, written without seeing the rule, is measured and reported")
    func blindTestSet() {
        #expect(similarityTestSet.count >= 60)
        #expect(Set(similarityTestSet.map(\.label)) == [.duplicate, .related, .unrelated])
        let (precision, recall) = Self.measure(similarityTestSet, name: "blind test set")
        // First measured at 0.762 and 0.800 (docs/BENCHMARKS.md). These floors sit just
        // below, so a change that makes the rule generalise worse fails here even when the
        // development sets still pass; they are no claim that the target 0.9 is met.
        #expect(precision >= 0.7)
        #expect(recall >= 0.75)
    }

    @Test("The index's top 5 matches the exact all-pairs top 5")
    func candidatesFindWhatAllPairsFinds() {
        let (index, _) = Self.landscape()
        var found = 0, total = 0
        for i in index.entries.indices {
            let exact = Set(index.exactTop(to: i, limit: 5).filter { $0.score >= 0.2 }.map(\.index))
            let fast = Set(index.similar(to: i, limit: 5).map(\.index))
            found += exact.intersection(fast).count
            total += exact.count
        }
        let recall = Double(found) / Double(max(total, 1))
        print("similarity candidate recall vs exact top-5: \(String(format: "%.3f", recall)) (\(found)/\(total))")
        #expect(recall >= 0.95)
    }

    @Test("The overlap report finds exactly the likely duplicates that comparing all pairs finds")
    func reportIsExact() {
        let places = (1...20).map { String(format: "GM%04d", $0) }
        let vocabulary = LandscapeVocabulary(strategicThemes: ["a", "b", "c"], knowledgeThemes: [], targetGroups: ["g1", "g2", "g3", "g4", "g5"],
                                             careDomains: [], municipalityCodes: Set(places))
        let generator = FictionalLandscape(vocabulary: vocabulary)
        let organisations = (0..<40).map { _ in UUID() }
        let entries = (0..<800).map { InitiativeEntry(id: UUID(), fields: generator.initiative($0, organisations: organisations), updatedAt: Date()) }
        let index = SimilarityIndex(entries: entries, regionMunicipalities: Set(places))
        var expected: Set<[Int]> = []
        for i in entries.indices { for j in (i + 1)..<entries.count where index.compare(i, j).isLikelyDuplicate { expected.insert([i, j]) } }
        let found = index.likelyDuplicates()
        #expect(expected.count > 40, "the generator writes second records of earlier initiatives")
        #expect(Set(found.map { [$0.0, $0.1] }) == expected)
        #expect(found.count == expected.count)
    }

    @Test("Empty landscape, one initiative and initiatives without text do not crash")
    func edgeCases() {
        #expect(SimilarityIndex(entries: [], regionMunicipalities: []).likelyDuplicates().isEmpty)
        let one = SimilarityIndex(entries: [InitiativeEntry(id: UUID(), fields: InitiativeFields(name: "Alleen"), updatedAt: Date())], regionMunicipalities: [])
        #expect(one.similar(to: 0).isEmpty && one.likelyDuplicates().isEmpty)
        let blank = SimilarityIndex(entries: [InitiativeEntry(id: UUID(), fields: InitiativeFields(name: "de het een"), updatedAt: Date()),
                                              InitiativeEntry(id: UUID(), fields: InitiativeFields(name: "en of"), updatedAt: Date())], regionMunicipalities: [])
        #expect(blank.compare(0, 1).text == 0)
    }

    @Test("The reason names the shared target group, place and text overlap in Dutch")
    func reason() {
        let m = SimilarityMatch(index: 1, score: 0.7, text: 0.62, sharedThemes: [], sharedTargetGroups: ["zij-instromers"], sharedPlaces: ["GM0307"],
                                bothWholeRegion: false, sharedOrganisations: [])
        let text = m.reason { kind, key in kind == "group" ? "Zij-instromers" : key == "GM0307" ? "Amersfoort" : key }
        #expect(text == "zelfde doelgroep zij-instromers, beide in Amersfoort, 62% tekstovereenkomst")
        var places = m
        places.sharedPlaces = ["GM0307", "GM0342"]
        #expect(places.reason { _, key in key == "GM0307" ? "Amersfoort" : "Soest" }.contains("beide in Amersfoort en Soest,"))
        places.sharedPlaces = ["a", "b", "c", "d"]
        #expect(places.reason { _, key in key.uppercased() }.contains("beide in A, B, C en 1 andere gemeente,"))
    }
}
