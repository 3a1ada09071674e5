import Fluent
import Foundation
import Vapor

/// `regio seed`: migrate and load the region's facts if they are not there yet.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Laadt de gegevens van de regio en de vaardighedentaxonomie (eenmalig; wat er al staat blijft ongemoeid)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let loaded = try await Seeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db, slug: app.defaultRegionSlug)
        // The skills taxonomy too, as `serve` does on first start: after `regio seed` several
        // instances can start at once and find nothing left to load (they would race).
        try await TaxonomySeeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db)
        context.console.print(loaded ? "Regio geladen." : "De regio stond er al; niets veranderd.")
    }
}

/// `regio export --format json [--output file]`: the whole region as JSON.
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "format", help: "json (standaard)")
        var format: String?
        @Option(name: "output", short: "o", help: "Bestand; standaard de standaarduitvoer")
        var output: String?
        @Option(name: "region", help: "Regio (standaard utrechtzorg)")
        var region: String?
    }
    var help: String { "Exporteert de hele regio als JSON." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard (signature.format ?? "json") == "json" else { throw CommandFailure("Onbekend formaat ‘\(signature.format ?? "")’; alleen json wordt ondersteund.") }
        let app = context.application
        try await app.autoMigrate()
        let region = signature.region ?? app.defaultRegionSlug
        if let output = signature.output {
            try await RegionTransfer.write(regionSlug: region, to: output, on: app.db, console: context.console)
        } else {
            // No progress lines here: standard output is the JSON itself.
            FileHandle.standardOutput.write(try RegionTransfer.encode(try await RegionExport.make(regionSlug: region, on: app.db)))
        }
    }
}

/// `regio import FILE`: reads an export into a database that does not have the region yet.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Een JSON-bestand van regio export")
        var file: String
    }
    var help: String { "Importeert een regio uit een JSON-export (in een database zonder die regio)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let data = FileManager.default.contents(atPath: signature.file) else { throw CommandFailure("Bestand ‘\(signature.file)’ niet gevonden.") }
        let export = try RegionTransfer.decode(data)
        let console = context.console
        do {
            try await export.load(into: app.db) { step, done, total in console.print("Importeren: \(done)/\(total) \(step)") }
        } catch let problem as Problem {
            throw CommandFailure(problem.detail)
        }
        console.success("Geïmporteerd: \(export.region.name) — \(export.organisations.count) organisaties, \(export.initiatives.count) initiatieven.")
    }
}

enum RegionTransfer {
    /// Writes the region's export to a file with a progress line per step; shared by
    /// `regio export --output` and `regio backup --format json`. Written to a temporary
    /// file and renamed, so the file is never half an export.
    static func write(regionSlug: String, to output: String, on db: any Database, console: any Console) async throws {
        let export = try await RegionExport.make(regionSlug: regionSlug, on: db) { step, done, total in
            console.print("Exporteren: \(done)/\(total) \(step)")
        }
        try encode(export).write(to: URL(fileURLWithPath: output), options: .atomic)
        console.print("Geschreven: \(output) (\(export.organisations.count) organisaties, \(export.initiatives.count) initiatieven, \(export.history.count) wijzigingen)")
    }

    static func encode(_ export: RegionExport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            // Full precision, so that an import restores the same instants.
            var c = encoder.singleValueContainer()
            try c.encode(date.timeIntervalSince1970)
        }
        return try encoder.encode(export)
    }

    static func decode(_ data: Data) throws -> RegionExport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            Date(timeIntervalSince1970: try decoder.singleValueContainer().decode(Double.self))
        }
        do {
            return try decoder.decode(RegionExport.self, from: data)
        } catch {
            throw CommandFailure("Dit bestand is geen geldige export van Lerende Regio: \(error)")
        }
    }
}
