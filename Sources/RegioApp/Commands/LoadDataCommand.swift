import Fluent
import Foundation
import RegioCore
import Vapor

/// `regio loaddata --initiatives 10000 --organisations 500 [--modules 5000 --routes 1000]`:
/// adds fictional records to the default region for demos and load tests, with a progress
/// line. Never use it on a database with real data: every name starts with "Fictief".
struct LoadDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "initiatives", help: "Aantal fictieve initiatieven (standaard 10000)")
        var initiatives: Int?
        @Option(name: "organisations", help: "Aantal fictieve organisaties (standaard 500)")
        var organisations: Int?
        @Option(name: "modules", help: "Aantal fictieve modules, van 200 fictieve aanbieders (standaard 0)")
        var modules: Int?
        @Option(name: "routes", help: "Aantal fictieve leerroutes over die modules (standaard 0)")
        var routes: Int?
    }
    var help: String { "Voegt fictieve organisaties en initiatieven toe (demo en belastingtests)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareDatabase(app)
        let initiatives = signature.initiatives ?? 10_000, organisations = signature.organisations ?? 500
        let modules = signature.modules ?? 0, routes = signature.routes ?? 0
        guard (0...1_000_000).contains(initiatives), (1...100_000).contains(organisations) else {
            throw CommandFailure("Kies 0 tot 1.000.000 initiatieven en 1 tot 100.000 organisaties.")
        }
        guard (0...1_000_000).contains(modules), (0...1_000_000).contains(routes), routes == 0 || modules >= 2 else {
            throw CommandFailure("Kies 0 tot 1.000.000 modules en leerroutes; leerroutes hebben minstens 2 modules nodig.")
        }
        guard let region = try await Region.query(on: app.db).filter(\.$slug == app.defaultRegionSlug).first() else {
            throw CommandFailure("Regio niet gevonden.")
        }
        let snapshot = try await RegionSnapshot.load(region: region, on: app.db)
        let regionID = snapshot.regionID
        let generator = FictionalLandscape(vocabulary: snapshot.vocabulary)
        let console = context.console
        let started = Date()
        func progress(_ what: String, _ done: Int, _ total: Int) {
            let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
            console.print("\(what): \(done)/\(total) (\(Int(rate))/s)")
        }

        var orgIDs: [UUID] = []
        for start in stride(from: 0, to: organisations, by: 250) {
            let batch = (start..<min(start + 250, organisations)).map { Organisation(id: UUID(), regionID: regionID, fields: generator.organisation($0)) }
            try await batch.create(on: app.db)
            orgIDs += batch.compactMap(\.id)
            progress("Organisaties", orgIDs.count, organisations)
        }
        var made = 0
        let owners = orgIDs
        for start in stride(from: 0, to: initiatives, by: 500) {
            let range = start..<min(start + 500, initiatives)
            try await app.db.transaction { tx in
                let fields = range.map { generator.initiative($0, organisations: owners) }
                let models = fields.map { Initiative(id: UUID(), regionID: regionID, fields: $0) }
                try await models.create(on: tx)
                let participations = zip(models, fields).flatMap { model, f in
                    f.participants.enumerated().map { InitiativeParticipation(initiativeID: model.id!, organisationID: $1.organisationID, role: $1.role, position: $0) }
                }
                if !participations.isEmpty { try await participations.create(on: tx) }
                let changes = models.map { RecordChange(regionID: regionID, entity: HistoryEntity.initiative.rawValue, entityID: $0.id!, action: .import,
                                                        authorID: nil, author: "regio loaddata (fictief)", at: Date(), changes: []) }
                try await changes.create(on: tx)
            }
            made = range.upperBound
            progress("Initiatieven", made, initiatives)
        }
        try await HistoryWriter.bumpRevision(regionID, on: app.db)
        if modules > 0 {
            await app.regionSnapshots.invalidate(app.defaultRegionSlug)
            let offer = try await FictionalOfferLoad(app: app, console: console)
            try await offer.importAll(offer.csv(modules: modules, routes: routes), modules: modules, routes: routes)
        }
        console.success("Klaar: \(orgIDs.count) fictieve organisaties, \(made) fictieve initiatieven, \(modules) fictieve modules en \(routes) fictieve leerroutes toegevoegd.")
    }
}
