import Foundation
import RegioCore
import Vapor

/// `regio bench matching --modules 100000 --routes 20000 --candidates 10000`: in memory,
/// without a database. Builds the matching catalogue over the region's real taxonomy, all
/// 342 municipality centroids and fictional providers, modules and routes, then matches
/// fictional candidates one by one (p50/p99) and as a batch on every core.
struct MatchingBench {
    var modules: Int
    var routes: Int
    var candidates: Int
    let paths: AppPaths
    let console: any Console

    func run() async throws {
        let taxonomy = try TaxonomyFile.load(path: paths.taxonomyFile).taxonomy()
        let centroids = try GeoData.centroids(path: paths.nationalCentroids)
            .map { MunicipalityCentroid(code: $0.key, name: $0.value.name, latitude: $0.value.lat, longitude: $0.value.lon) }
            .sorted { $0.code < $1.code }
        let codes = centroids.map(\.code)
        var random = SeededRandom(seed: 11)
        var organisations: [UUID: MatchingOrganisation] = [:]
        for n in 0..<500 { organisations[UUID()] = MatchingOrganisation(name: "Fictieve aanbieder \(n + 1)", municipalityCode: codes[Int.random(in: 0..<codes.count, using: &random)]) }
        let generator = FictionalOffer(skills: taxonomy.skills.map(\.key), roles: taxonomy.roles, municipalityCodes: codes,
                                       organisations: organisations.keys.sorted { $0.uuidString < $1.uuidString }, targetGroups: ["zij-instromers", "zittend-personeel", "vrijwilligers"])
        let moduleIDs = (0..<modules).map { _ in UUID() }
        var moduleFields: [UUID: ModuleFields] = [:]
        for (n, id) in moduleIDs.enumerated() { moduleFields[id] = generator.module(n) }
        var routeFields: [UUID: LearningRouteFields] = [:]
        for n in 0..<routes { routeFields[UUID()] = generator.route(n, moduleIDs: moduleIDs) }
        console.print("Gegenereerd: \(modules) modules, \(routes) leerroutes, \(organisations.count) aanbieders, \(centroids.count) gemeenten")

        let (catalogue, buildSeconds) = try await OfferBench.seconds {
            MatchingCatalogue(taxonomy: taxonomy, modules: moduleFields, routes: routeFields, municipalities: centroids, organisations: organisations)
        }
        console.print(String(format: "Catalogus gebouwd in %.2f s", buildSeconds))

        let profiles = (0..<candidates).map { Self.candidate($0, skills: taxonomy.skills.map(\.key), codes: codes) }
        var latencies: [Double] = []
        for profile in profiles.prefix(500) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = MatchEngine.match(profile, in: catalogue)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let (matched, batchSeconds) = try await OfferBench.seconds {
            await withTaskGroup(of: Int.self) { group in
                for core in 0..<cores {
                    group.addTask {
                        var found = 0
                        for i in stride(from: core, to: profiles.count, by: cores) { found += MatchEngine.match(profiles[i], in: catalogue).routes.count }
                        return found
                    }
                }
                return await group.reduce(0, +)
            }
        }
        console.print(String(format: "modules=%d routes=%d catalogue_build_s=%.2f match_p50_ms=%.2f match_p99_ms=%.2f batch_candidates=%d batch_s=%.1f cores=%d routes_returned=%d",
                             modules, routes, buildSeconds, OfferBench.percentile(latencies, 0.5), OfferBench.percentile(latencies, 0.99),
                             candidates, batchSeconds, cores, matched))
    }

    /// A fictional candidate: a few skills at levels 1–3, 8 to 36 hours, a home anywhere, 10 to 50 km.
    static func candidate(_ n: Int, skills: [String], codes: [String]) -> CandidateProfile {
        var random = SeededRandom(seed: UInt64(n) &+ 1_000)
        var had: [SkillRequirement] = [], seen = Set<String>()
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            let key = skills[Int.random(in: 0..<skills.count, using: &random)]
            if seen.insert(key).inserted { had.append(SkillRequirement(skill: key, level: SkillLevel(rawValue: Int.random(in: 1...3, using: &random))!)) }
        }
        return CandidateProfile(situation: CandidateSituation.allCases[n % CandidateSituation.allCases.count], skills: had,
                                hoursPerWeek: [8, 16, 24, 32, 36][n % 5], municipalityCode: codes[Int.random(in: 0..<codes.count, using: &random)],
                                maxTravelKm: [10, 25, 50][n % 3])
    }
}
