import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Import and export of the offer: modules, routes, skills; dry run, all or nothing, valid only")
struct OfferImportTests {
    static func post(_ app: Application, _ path: String, _ body: String, json: Bool = false, as email: String = "coordinator@example.org") async throws -> TestingHTTPResponse {
        var headers = TestUsers.basic(email)
        headers.contentType = json ? .json : .csv
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// 100 fictional modules; rows 17, 50 and 88 (lines 18, 51 and 89) each have one mistake.
    static func hundredModules(provider: UUID, fixed: Bool = false) -> String {
        let rows = (1...100).map { n -> [String] in
            var hours = "16", skills = "handhygiene:2|observeren-en-signaleren:2", form = "klassikaal"
            if !fixed && n == 17 { hours = "veel" }
            if !fixed && n == 50 { skills = "vliegen:2" }
            if !fixed && n == 88 { form = "per post" }
            return ["", "Fictieve module \(n)", provider.uuidString, "", skills, hours, form, "GM0344", "95", "nee", "certificaat", "", "", "open"]
        }
        return CSV.encode(header: ModuleCSV.header, rows: rows)
    }

    @Test("100 rows with 3 bad: the dry run names each bad row and field in Dutch; the import writes nothing until all are valid, or only the valid ones when asked")
    func threeBadRowsAmongHundred() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let provider = try await app.organisationID(named: "Altrecht")
            let csv = Self.hundredModules(provider: provider)

            let dry = try await Self.post(app, "/api/v1/modules/import?mode=proef", csv)
            #expect(dry.status == .ok)
            let report = try decode(ImportReport.self, dry)
            #expect(report.rows == 100 && report.valid == 97 && report.created == 97 && !report.written)
            #expect(report.errors.map(\.row) == [18, 51, 89])
            #expect(report.errors.map(\.field) == ["hours", "skills[0]", "form"])
            #expect(report.errors[0].message.contains("Studiebelasting moet een heel aantal uren zijn"))
            #expect(report.errors[1].message == "Onbekende vaardigheid ‘vliegen’.")
            #expect(report.errors[2].message.contains("per post"))
            #expect(try await ModuleRecord.query(on: app.db).count() == 0)

            for path in ["/api/v1/modules/import", "/api/v1/modules/import?mode=alles"] {
                let refused = try await Self.post(app, path, csv)
                #expect(refused.status == .unprocessableEntity)
                #expect(try decode(ImportReport.self, refused).errors.count == 3)
                #expect(try await ModuleRecord.query(on: app.db).count() == 0, "all or nothing: nothing written")
            }

            let validOnly = try decode(ImportReport.self, try await Self.post(app, "/api/v1/modules/import?mode=alleen-geldige", csv))
            #expect(validOnly.written && validOnly.created == 97 && validOnly.errors.count == 3)
            #expect(try await ModuleRecord.query(on: app.db).count() == 97)
            let history = try await RecordChange.query(on: app.db).filter(\.$entity == "module").filter(\.$action == .import).count()
            #expect(history == 97, "every imported record has its history")

            // The export imports again unchanged; a changed title updates that one module.
            let exported = try await app.testing().sendRequest(.GET, "/modules.csv").body.string
            let again = try decode(ImportReport.self, try await Self.post(app, "/api/v1/modules/import", exported))
            #expect(again.unchanged == 97 && again.created == 0 && again.updated == 0 && !again.written)
            let edited = exported.replacingOccurrences(of: "Fictieve module 42,", with: "Fictieve module 42 (herzien),")
            let update = try decode(ImportReport.self, try await Self.post(app, "/api/v1/modules/import", edited))
            #expect(update.updated == 1 && update.unchanged == 96)
            #expect(try await ModuleRecord.query(on: app.db).filter(\.$title == "Fictieve module 42 (herzien)").count() == 1)
        }
    }

    @Test("Routes and skills travel as JSON too; bad ids, unknown modules, deleted records and duplicate names are row errors")
    func jsonAndReferences() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let provider = try await app.organisationID(named: "Altrecht")
            let module = try decode(ModuleAPIController.ModuleDTO.self, try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers,
                                                                                                          body: ModuleTests.body(provider: provider)))
            let routes = #"[{"title":"Fictieve route","roleKey":"helpende-zorg-en-welzijn","steps":[{"moduleId":"\#(module.id.uuidString)"},{"workplace":"Meewerken","hours":40,"skills":[{"skill":"huishoudelijke-taken","level":2}]}]},"#
                + #"{"title":"Kapotte route","steps":[{"moduleId":"\#(UUID().uuidString)"}]},"#
                + #"{"id":"geen-id","title":"Route met rare id"},"#
                + #"{"title":42}]"#
            let report = try decode(ImportReport.self, try await Self.post(app, "/api/v1/learning-routes/import?mode=alleen-geldige", routes, json: true))
            #expect(report.created == 1 && report.written)
            #expect(report.errors.map(\.row) == [2, 3, 4] && report.errors.map(\.field) == ["steps[0]", "id", "title"])

            let json = try await app.testing().sendRequest(.GET, "/leerroutes.json")
            #expect(json.headers.contentType == .json)
            let back = try decode(ImportReport.self, try await Self.post(app, "/api/v1/learning-routes/import", json.body.string, json: true))
            #expect(back.unchanged == 1 && back.errors.isEmpty)
            let csvBack = try decode(ImportReport.self, try await Self.post(app, "/api/v1/learning-routes/import", try await app.testing().sendRequest(.GET, "/leerroutes.csv").body.string))
            #expect(csvBack.unchanged == 1 && csvBack.errors.isEmpty, "the steps column keeps workplace skills")

            // A deleted module cannot be brought back by an import row naming it.
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/modules/\(module.id.uuidString)", headers: headers).status == .noContent)
            let modulesJSON = #"[{"id":"\#(module.id.uuidString)","title":"Terug?","skills":[{"skill":"handhygiene","level":2}],"hours":8,"form":"online"}]"#
            let deleted = try decode(ImportReport.self, try await Self.post(app, "/api/v1/modules/import", modulesJSON, json: true))
            #expect(deleted.errors.first?.field == "id" && deleted.errors.first?.message == ImportRefusal.deleted)

            let skills = "key,label,category,description,escoUri\r\nfictieve-vaardigheid,Fictieve vaardigheid,hygiene-en-veiligheid,,\r\n"
                + "handhygiene,Handhygiëne,hygiene-en-veiligheid,Nieuwe beschrijving,\r\nDit Mag Niet,Iets,onbekend,,ftp://x\r\nnog-een,Fictieve vaardigheid,hygiene-en-veiligheid,,\r\n"
            let dry = try decode(ImportReport.self, try await Self.post(app, "/api/v1/skills/import?mode=proef", skills))
            #expect(dry.errors.map(\.row) == [4, 4, 4, 5] && Set(dry.errors.map(\.field)) == ["key", "category", "escoUri", "label"])
            let skillReport = try decode(ImportReport.self, try await Self.post(app, "/api/v1/skills/import?mode=alleen-geldige", skills))
            #expect(skillReport.created == 1 && skillReport.written)
            #expect(try await SkillRecord.query(on: app.db).filter(\.$key == "fictieve-vaardigheid").count() == 1)

            let editor = try await TestUsers.editor(app, organisation: "Altrecht")
            _ = editor
            #expect(try await Self.post(app, "/api/v1/modules/import?mode=proef", "title\r\nX\r\n", as: "editor@example.org").status == .forbidden)
            #expect(try await Self.post(app, "/api/v1/modules/import?mode=raar", "title\r\nX\r\n").status == .badRequest)
        }
    }

    @Test("In the browser: a dry run lists the mistakes; the same file then imports the valid rows without choosing it again")
    func importPage() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let provider = try await app.organisationID(named: "Altrecht")
            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            #expect(try await browser.get("/aanbod/importeren").status == .ok)
            let dry = try await browser.upload("/aanbod/importeren", [("kind", "modules"), ("mode", "proef")], file: ("modules.csv", Self.hundredModules(provider: provider)))
            #expect(dry.status == .ok)
            let page = dry.body.string
            #expect(page.contains("Proefimport: 3 regels kloppen nog niet") && page.contains("Onbekende vaardigheid ‘vliegen’."))
            #expect(page.contains("<td>18</td><td>hours</td>") && page.contains("name=\"data\""))
            #expect(try await ModuleRecord.query(on: app.db).count() == 0)
            let carried = try #require(page.range(of: "name=\"data\" value=\"").map { page[$0.upperBound...] }.flatMap { rest in rest.firstIndex(of: "\"").map { String(rest[..<$0]) } })
            let text = carried.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#13;", with: "\r")
            let real = try await browser.upload("/aanbod/importeren", [("kind", "modules"), ("mode", "alleen-geldige"), ("data", text)], file: nil)
            #expect(real.status == .ok && real.body.string.contains("Geldige regels geïmporteerd"))
            #expect(try await ModuleRecord.query(on: app.db).count() == 97)
            let catalogue = try await browser.get("/aanbod?q=fictieve+module+42")
            #expect(catalogue.body.string.contains("Fictieve module 42") && catalogue.body.string.contains("1 resultaat"))
        }
    }
}
