import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("CSV export re-imports in the same format")
struct CSVImportTests {
    func post(_ app: Application, _ path: String, _ csv: String, as email: String = "coordinator@example.org") async throws -> TestingHTTPResponse {
        var headers = TestUsers.basic(email)
        headers.contentType = .csv
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: csv))
    }

    @Test("Export → edit one row, add one → import updates and adds, with history")
    func roundTrip() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let csv = try await app.testing().sendRequest(.GET, "/initiatieven.csv").body.string
            // Unchanged, the export imports as a no-op.
            let same = try decode(ImportSummary.self, try await post(app, "/api/v1/initiatives/import", csv))
            #expect(same.created == 0 && same.updated == 34)
            #expect(try await RecordChange.query(on: app.db).filter(\.$action == .import).filter(\.$author != Seeder.author).count() == 0)

            var rows = try CSV.decode(csv)
            let nameColumn = try #require(rows[0].firstIndex(of: "name")), kindColumn = try #require(rows[0].firstIndex(of: "kind"))
            let row = try #require(rows.firstIndex { $0[nameColumn] == "Leerafdelingen" })
            rows[row][kindColumn] = "programme"
            var added = [String](repeating: "", count: rows[0].count)
            added[nameColumn] = "Leerlab Gooi"
            added[try #require(rows[0].firstIndex(of: "municipalityCodes"))] = "GM0402|GM1942"
            rows.append(added)
            let result = try decode(ImportSummary.self, try await post(app, "/api/v1/initiatives/import", CSV.encode(header: rows[0], rows: Array(rows.dropFirst()))))
            #expect(result.created == 1 && result.updated == 34)
            let changed = try #require(try await Initiative.query(on: app.db).filter(\.$name == "Leerafdelingen").first())
            #expect(changed.kind == "programme")
            let new = try #require(try await Initiative.query(on: app.db).filter(\.$name == "Leerlab Gooi").first())
            #expect(Set(new.municipalityCodes) == ["GM0402", "GM1942"])
            let history = try await RecordChange.query(on: app.db).filter(\.$entityID == changed.id!).filter(\.$author != Seeder.author).all()
            #expect(history.map(\.action) == [.import] && history[0].changes.map(\.field) == ["kind"])
        }
    }

    @Test("A file with a bad row imports nothing and names the line")
    func badRowsImportNothing() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let before = try await app.counts()
            let csv = "name,kind,municipalityCodes\r\nGoed initiatief,lab,GM0344\r\n,lab,\r\nDerde,raket,GM0000\r\n"
            let res = try await post(app, "/api/v1/initiatives/import", csv)
            #expect(res.status == .unprocessableEntity)
            let problem = try decode(ProblemBody.self, res)
            let fields = (problem.errors ?? []).map(\.field)
            #expect(fields.contains("regel 3 · name") && fields.contains("regel 4 · kind") && fields.contains("regel 4 · municipalityCodes"))
            #expect(try await app.counts() == before)

            let unknownColumn = try await post(app, "/api/v1/organisations/import", "naam,soort\r\nX,zorg\r\n")
            #expect(unknownColumn.status == .unprocessableEntity)
            #expect(unknownColumn.body.string.contains("Onbekende kolommen"))
            let broken = try await post(app, "/api/v1/organisations/import", "name\r\n\"niet gesloten\r\n")
            #expect(broken.status == .badRequest)
            #expect(try await app.counts() == before)
        }
    }

    @Test("Organisations round-trip through CSV; editors may not import")
    func organisations() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await TestUsers.editor(app, organisation: "Abrona")
            let csv = try await app.testing().sendRequest(.GET, "/organisaties.csv").body.string
            let res = try decode(ImportSummary.self, try await post(app, "/api/v1/organisations/import", csv))
            #expect(res.created == 0 && res.updated == 39)
            #expect(try await post(app, "/api/v1/organisations/import", csv, as: "editor@example.org").status == .forbidden)
        }
    }
}
