import Fluent
import Foundation
import RegioCore
import Vapor

/// `regio bench offer --modules 100000 --routes 20000`: on a fresh SQLite file (or the
/// PostgreSQL database of `DATABASE_URL`, which it fills), generates fictional providers,
/// modules and routes as CSV in the export's format, imports them through the same
/// importer as the web page and the API, and measures the import, the catalogue build and
/// catalogue searches: in memory (the search itself) and as `GET /aanbod` pages.
struct OfferBench {
    var modules: Int
    var routes: Int
    var searches: Int
    let console: any Console

    func run() async throws {
        let path = NSTemporaryDirectory() + "regio-bench-offer-\(UUID().uuidString).sqlite"
        let app = try await Application.make(.development)
        app.logger.logLevel = .error
        defer { DatabaseSetup.removeSQLiteFiles(at: path) }
        do {
            try await measure(app, sqlitePath: path)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    private func measure(_ app: Application, sqlitePath: String) async throws {
        try await configure(app, sqlitePath: sqlitePath)
        app.logger.logLevel = .error
        try await prepareDatabase(app)
        let database = (Environment.get("DATABASE_URL") ?? "").isEmpty ? "SQLite (\(sqlitePath))" : "PostgreSQL (DATABASE_URL)"
        console.print("Database: \(database)")
        var load = try await FictionalOfferLoad(app: app, console: console)
        let (skills, roles) = (load.skills, load.roles)
        let files = load.csv(modules: modules, routes: routes)
        console.print(String(format: "Gegenereerd: %d modules (%.1f MB CSV), %d leerroutes (%.1f MB CSV)",
                             modules, Double(files.modules.utf8.count) / 1e6, routes, Double(files.routes.utf8.count) / 1e6))

        // The dry run reads and checks every row and writes nothing: the import's cost without the writing.
        let (_, checkSeconds) = try await Self.seconds { try await load.importer("Modules controleren").run(.modules, .csv(files.modules), mode: .dryRun) }
        let (moduleReport, moduleSeconds) = try await Self.seconds { try await load.importer("Modules importeren").run(.modules, .csv(files.modules), mode: .allOrNothing) }
        try FictionalOfferLoad.requireComplete(moduleReport, modules, "Module-import")
        let (routeReport, routeSeconds) = try await Self.seconds { try await load.importer("Leerroutes importeren").run(.routes, .csv(files.routes), mode: .allOrNothing) }
        try FictionalOfferLoad.requireComplete(routeReport, routes, "Route-import")

        let snapshot = try await load.reload()
        let current = snapshot
        let (catalogue, buildSeconds) = try await Self.seconds { try await app.offerCatalogues.catalogue(for: current, on: app.db) }
        console.print(String(format: "Catalogus gebouwd: %d items in %.2f s", catalogue.entries.count, buildSeconds))

        let queries = Self.queries(count: searches, skills: skills, roles: roles.map(\.key), places: snapshot.municipalities.map(\.code),
                                   groups: Array(snapshot.vocabulary.targetGroups).sorted())
        var core: [Double] = []
        for q in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = catalogue.search(q)
            core.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        // Pages through the app's own responder (routing, middleware, rendering), without a socket.
        try await app.asyncBoot()
        var pages: [Double] = []
        var quiet = Logger(label: "regio.bench")
        quiet.logLevel = .error
        for (n, q) in queries.enumerated() {
            let url = "/aanbod" + (q.parameters.isEmpty ? "" : "?" + QueryString.encode(q.parameters))
            let start = DispatchTime.now().uptimeNanoseconds
            let request = Request(application: app, method: .GET, url: URI(string: url), logger: quiet, on: app.eventLoopGroup.next())
            let response = try await app.responder.current.respond(to: request).get()
            pages.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            guard response.status == .ok else { throw CommandFailure("\(url) gaf \(response.status.code)") }
            if (n + 1) % 100 == 0 { console.print("Zoeken: \(n + 1)/\(queries.count)") }
        }
        console.print(String(format: "modules=%d routes=%d module_dry_run_s=%.1f module_import_s=%.1f route_import_s=%.1f catalogue_build_s=%.2f search_p50_ms=%.2f search_p99_ms=%.2f page_p50_ms=%.1f page_p99_ms=%.1f",
                             modules, routes, checkSeconds, moduleSeconds, routeSeconds, buildSeconds, Self.percentile(core, 0.5), Self.percentile(core, 0.99),
                             Self.percentile(pages, 0.5), Self.percentile(pages, 0.99)))
    }

    /// A mix of what users ask: words (whole and half-typed), one or two facets, other
    /// sorts, later pages.
    static func queries(count: Int, skills: [String], roles: [String], places: [String], groups: [String]) -> [CatalogueQuery] {
        var random = SeededRandom(seed: 7)
        let words = ["tillen", "medica", "dementie", "wondzorg", "hygiëne", "communicatie", "fictieve training", "palliatieve", "rapport", "begeleiden"]
        return (0..<count).map { n in
            var q = CatalogueQuery()
            if n % 2 == 0 { q.text = words[Int.random(in: 0..<words.count, using: &random)] }
            switch n % 5 {
            case 0: q.chosen[.skill] = [skills[Int.random(in: 0..<skills.count, using: &random)]]
            case 1: q.chosen[.role] = [roles[Int.random(in: 0..<roles.count, using: &random)]]
            case 2: q.chosen[.municipality] = [places[Int.random(in: 0..<places.count, using: &random)]]; q.chosen[.form] = ["klassikaal"]
            case 3: if !groups.isEmpty { q.chosen[.targetGroup] = [groups[Int.random(in: 0..<groups.count, using: &random)]] }
            default: q.chosen[.cost] = ["gratis"]; q.chosen[.hours] = ["9-40"]
            }
            if n % 7 == 0 { q.sort = .cost }
            if n % 11 == 0 { q.page = 3 }
            return q
        }
    }

    static func seconds<T>(_ body: () async throws -> T) async throws -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try await body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}
