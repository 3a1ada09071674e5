import Plot
import RegioCore
import Vapor

/// The CSV import of a list page: a form for coordinators and the page that lists
/// what is wrong with a file (nothing is imported then).
enum ImportViews {
    static let maxUpload: ByteCount = "20mb"

    static func form(action: String, what: String, csrf: String) -> Node<HTML.BodyContext> {
        .details(.class("import-panel"),
            .summary(.text("\(what) importeren uit CSV")),
            .form(.method(.post), .action(action), .enctype(.multipartData), .class("record-form"),
                  Layout.csrfField(csrf),
                  .p(.class("hint"), .text("Gebruik het formaat van ‘Exporteer CSV’. Regels met een bestaande id worden bijgewerkt, andere toegevoegd. Klopt één regel niet, dan wordt niets geïmporteerd.")),
                  .div(.class("field"), .label(.for("csv-\(action)"), "CSV-bestand"),
                       .input(.type(.file), .name("file"), .id("csv-\(action)"), .attribute(named: "accept", value: ".csv,text/csv"), .required(true))),
                  .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Importeren"))))
    }

    static func failure(_ failure: ValidationFailure, backURL: String, context: PageContext) -> Response {
        Layout.page(title: "Import niet gelukt", context: context, body: .div(.class("wrap narrow"),
            .h1("Import niet gelukt"),
            .div(.class("error-summary"), .id("foutmeldingen"), .attribute(named: "tabindex", value: "-1"), .attribute(named: "role", value: "alert"),
                 .h2(.text("Er is niets geïmporteerd: \(Components.count(failure.errors.count, "regel klopt", "regels kloppen")) nog niet.")),
                 .ul(.forEach(failure.errors.prefix(200)) { e in .li(.strong(.text(e.field)), .text(": \(e.message)")) })),
            .p(.a(.class("button"), .href(backURL), "Terug"))
        ), script: "/js/focus-errors.js").response(status: .unprocessableEntity)
    }

    /// Registers `POST path/import` (HTML) with a larger body limit for the file.
    static func route<S: RecordStore>(_ routes: any RoutesBuilder, _ path: PathComponent, _ store: S.Type, backURL: String) {
        routes.on(.POST, path, "import", body: .collect(maxSize: maxUpload)) { (req: Request) async throws -> Response in
            let user = try req.requireSignedIn()
            do {
                let summary = try await RecordRoutes.importUpload(req, S.self, user: user)
                req.setFlash(Flash(message: "Import gelukt: \(summary.dutch)"))
                return req.redirect(to: backURL, redirectType: .normal)
            } catch let failure as ValidationFailure {
                return ImportViews.failure(failure, backURL: backURL, context: try await req.pageContext())
            }
        }.allowingUploads(upTo: maxUpload)
    }
}
