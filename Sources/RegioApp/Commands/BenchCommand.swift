import Foundation
import RegioCore
import Vapor

/// `regio bench similarity [--initiatives 50000]`: builds the similarity index over
/// fictional initiatives spread over the whole country (no database) and measures the overlap report, "similar" for
/// single initiatives (p50/p99) and the recall of the index's top 5 against all pairs.
/// Run on a release build; prints a progress line per step.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "similarity, offer of matching")
        var what: String
        @Option(name: "modules", help: "offer: aantal fictieve modules (standaard 100000)")
        var modules: Int?
        @Option(name: "routes", help: "offer: aantal fictieve leerroutes (standaard 20000)")
        var routes: Int?
        @Option(name: "searches", help: "offer: aantal zoekvragen (standaard 500)")
        var searches: Int?
        @Option(name: "candidates", help: "matching: aantal fictieve kandidaten in de batch (standaard 10000)")
        var candidates: Int?
        @Option(name: "initiatives", help: "Aantal fictieve initiatieven (standaard 50000)")
        var initiatives: Int?
        @Option(name: "samples", help: "Aantal initiatieven voor de metingen per initiatief (standaard 300)")
        var samples: Int?
        @Option(name: "probe-terms", help: "Zoektermen per initiatief voor kandidaten (standaard die van de index)")
        var probeTerms: Int?
        @Option(name: "max-candidates", help: "Kandidaten die volledig vergeleken worden (standaard die van de index)")
        var maxCandidates: Int?
        @Option(name: "prefix-share", help: "Deel van de tekstdrempel dat het niet-geïndexeerde begin mag dragen (standaard die van de index)")
        var prefixShare: Double?
    }

    var help: String { "Meet op fictieve gegevens: regio bench similarity --initiatives 50000, of regio bench offer --modules 100000 --routes 20000" }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.what == "offer" {
            let modules = signature.modules ?? 100_000, routes = signature.routes ?? 20_000, searches = signature.searches ?? 500
            guard (1...OfferImportSource.maxRows).contains(modules), (0...OfferImportSource.maxRows).contains(routes), (1...100_000).contains(searches) else {
                throw CommandFailure("Kies 1 tot \(OfferImportSource.maxRows) modules, 0 tot \(OfferImportSource.maxRows) leerroutes en 1 tot 100.000 zoekvragen.")
            }
            return try await OfferBench(modules: modules, routes: routes, searches: searches, console: context.console).run()
        }
        if signature.what == "matching" {
            let modules = signature.modules ?? 100_000, routes = signature.routes ?? 20_000, candidates = signature.candidates ?? 10_000
            guard (1...1_000_000).contains(modules), (1...200_000).contains(routes), (1...1_000_000).contains(candidates) else {
                throw CommandFailure("Kies 1 tot 1.000.000 modules, 1 tot 200.000 leerroutes en 1 tot 1.000.000 kandidaten.")
            }
            return try await MatchingBench(modules: modules, routes: routes, candidates: candidates, paths: context.application.paths, console: context.console).run()
        }
        guard signature.what == "similarity" else { throw CommandFailure("Onbekende meting ‘\(signature.what)’; kies: similarity, offer of matching") }
        let n = signature.initiatives ?? 50_000, samples = min(signature.samples ?? 300, n)
        guard n >= 2 else { throw CommandFailure("Kies ten minste 2 initiatieven.") }
        let console = context.console
        let seed = try SeedFile.load(path: context.application.paths.seedFile)
        // A national landscape: initiatives spread over all 342 municipalities.
        let places = try GeoData.centroids(path: context.application.paths.nationalCentroids).keys.sorted()
        let vocabulary = LandscapeVocabulary(strategicThemes: Set(seed.strategic_themes.map(\.key)), knowledgeThemes: Set(seed.knowledge_themes.map(Slug.make)),
                                             targetGroups: Set(seed.target_groups.map(Slug.make)), careDomains: Set(seed.care_domains.map(Slug.make)),
                                             municipalityCodes: Set(places))
        let generator = FictionalLandscape(vocabulary: vocabulary)
        // About one organisation per ten initiatives, as in the seed region.
        let organisations = (0..<max(50, n / 10)).map { _ in UUID() }
        var entries: [InitiativeEntry] = []
        entries.reserveCapacity(n)
        for i in 0..<n {
            entries.append(InitiativeEntry(id: UUID(), fields: generator.initiative(i, organisations: organisations), updatedAt: Date()))
            if (i + 1) % 10_000 == 0 || i + 1 == n { console.print("Genereren: \(i + 1)/\(n)") }
        }
        func time<T>(_ body: () -> T) -> (T, Double) {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = body()
            return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        var (index, buildMs) = time { SimilarityIndex(entries: entries, regionMunicipalities: Set(places)) }
        if let probeTerms = signature.probeTerms { index.probeTerms = probeTerms }
        if let maxCandidates = signature.maxCandidates { index.maxCandidates = maxCandidates }
        if let prefixShare = signature.prefixShare { index.prefixShare = Float(prefixShare) }
        console.print("Index gebouwd: \(Int(buildMs)) ms")
        let (pairs, reportMs) = time { index.likelyDuplicates() }
        console.print("Overlaprapport: \(pairs.count) paren in \(Int(reportMs)) ms")
        // Recall counts a returned match as right when it scores at least the exact fifth
        // best (ties are equally right); the strict count wants the very same initiatives.
        var latencies: [Double] = [], found = 0, strictFound = 0, total = 0
        let step = max(1, n / samples)
        for (k, i) in stride(from: 0, to: n, by: step).prefix(samples).enumerated() {
            let (fast, ms) = time { index.similar(to: i, limit: 5) }
            latencies.append(ms)
            let exact = index.exactTop(to: i, limit: 5)
            let cutoff = (exact.last?.score ?? 0) - 1e-9
            found += min(fast.filter { $0.score >= cutoff }.count, exact.count)
            strictFound += Set(exact.map(\.index)).intersection(fast.map(\.index)).count
            total += exact.count
            if (k + 1) % 50 == 0 { console.print("Vergelijkbaar: \(k + 1)/\(samples)") }
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        console.print(String(format: "initiatives=%d build_ms=%.0f report_ms=%.0f report_pairs=%d similar_p50_ms=%.2f similar_p99_ms=%.2f top5_recall=%.3f top5_recall_strict=%.3f",
                             n, buildMs, reportMs, pairs.count, percentile(0.5), percentile(0.99), Double(found) / Double(max(total, 1)),
                             Double(strictFound) / Double(max(total, 1))))
    }
}
