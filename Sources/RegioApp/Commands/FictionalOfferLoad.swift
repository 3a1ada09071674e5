import Fluent
import Foundation
import RegioCore
import Vapor

/// Fictional providers, modules and routes added to the default region, for
/// `regio loaddata --modules … --routes …` and `regio bench offer`. They go in as CSV in
/// the export's format through the same `OfferImporter` as `/aanbod/importeren`, so the
/// load data is checked like real input. Every name says "Fictief"/"Fictieve".
struct FictionalOfferLoad {
    let app: Application
    let console: any Console
    /// The region after the providers were added.
    private(set) var snapshot: RegionSnapshot
    let generator: FictionalOffer
    let skills: [String]
    let roles: [RoleRecord]

    /// Adds `providers` fictional providers; no real organisation is said to offer fictional modules.
    init(app: Application, console: any Console, providers: Int = 200) async throws {
        self.app = app
        self.console = console
        guard let region = try await app.regionSnapshots.snapshot(slug: app.defaultRegionSlug, on: app.db) else { throw CommandFailure("Regio niet gevonden.") }
        let made = (0..<providers).map { Organisation(id: UUID(), regionID: region.regionID, fields: OrganisationFields(name: "Fictieve aanbieder \($0 + 1)")) }
        try await made.create(on: app.db)
        try await HistoryWriter.bumpRevision(region.regionID, on: app.db)
        await app.regionSnapshots.invalidate(app.defaultRegionSlug)
        let snapshot = try await app.regionSnapshots.snapshot(slug: app.defaultRegionSlug, on: app.db)!
        self.snapshot = snapshot
        skills = try await SkillRecord.query(on: app.db).filter(\.$region.$id == snapshot.regionID).all().map(\.key)
        roles = try await RoleRecord.query(on: app.db).filter(\.$region.$id == snapshot.regionID).all()
        generator = FictionalOffer(skills: skills, roles: roles.map(\.role), municipalityCodes: snapshot.municipalities.map(\.code),
                                   organisations: made.compactMap(\.id), targetGroups: Array(snapshot.vocabulary.targetGroups))
    }

    /// The modules and routes as the two CSV files of the export.
    func csv(modules: Int, routes: Int) -> (modules: String, routes: String) {
        let moduleIDs = (0..<modules).map { _ in UUID() }
        return (CSV.encode(header: ModuleCSV.header, rows: moduleIDs.enumerated().map { ModuleCSV.row(id: $1, generator.module($0)) }),
                CSV.encode(header: LearningRouteCSV.header, rows: (0..<routes).map { LearningRouteCSV.row(id: UUID(), generator.route($0, moduleIDs: moduleIDs)) }))
    }

    /// The importer, with a progress line every 10,000 rows and at the end.
    func importer(_ what: String) -> OfferImporter {
        let console = self.console
        return OfferImporter(db: app.db, snapshot: snapshot, author: .system("regio (fictieve gegevens)"),
                             progress: { done, total in if done % 10_000 < OfferImporter.batchSize || done == total { console.print("\(what): \(done)/\(total)") } })
    }

    /// Imports both files all-or-nothing and fails unless every row went in.
    func importAll(_ files: (modules: String, routes: String), modules: Int, routes: Int) async throws {
        try Self.requireComplete(try await importer("Modules importeren").run(.modules, .csv(files.modules), mode: .allOrNothing), modules, "Module-import")
        try Self.requireComplete(try await importer("Leerroutes importeren").run(.routes, .csv(files.routes), mode: .allOrNothing), routes, "Route-import")
    }

    static func requireComplete(_ report: ImportReport, _ expected: Int, _ what: String) throws {
        guard report.created == expected, report.errors.isEmpty else { throw CommandFailure("\(what) mislukt: \(report.errors.prefix(3))") }
    }

    /// The region as it is after the import.
    mutating func reload() async throws -> RegionSnapshot {
        await app.regionSnapshots.invalidate(app.defaultRegionSlug)
        snapshot = try await app.regionSnapshots.snapshot(slug: app.defaultRegionSlug, on: app.db)!
        return snapshot
    }
}
