import Fluent
import Foundation
import RegioCore
import Vapor

/// Export and import of the offer: modules, routes and skills as CSV and JSON in one
/// format each, so that an export imports again unchanged. Exports follow the
/// catalogue's filters; imports check every row first (`ImportMode`).
struct OfferTransferController: RouteCollection {
    /// An offer file may be large: 100,000 modules are about 40 MB of CSV.
    static let maxUpload: ByteCount = "100mb"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("modules.csv") { try await Self.export(.modules, csv: true, $0) }
        routes.get("modules.json") { try await Self.export(.modules, csv: false, $0) }
        routes.get("leerroutes.csv") { try await Self.export(.routes, csv: true, $0) }
        routes.get("leerroutes.json") { try await Self.export(.routes, csv: false, $0) }
        routes.get("vaardigheden.csv") { try await Self.export(.skills, csv: true, $0) }
        routes.get("vaardigheden.json") { try await Self.export(.skills, csv: false, $0) }
        routes.get("aanbod", "importeren", use: form)
        routes.on(.POST, "aanbod", "importeren", body: .collect(maxSize: Self.maxUpload), use: submit).allowingUploads(upTo: Self.maxUpload)
    }

    // MARK: Export

    /// The records the catalogue's filters select (skills: the skills page's filters), in
    /// the import format.
    static func export(_ kind: OfferKind, csv: Bool, _ req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let filename = "\(kind.rawValue)-\(snapshot.slug).\(csv ? "csv" : "json")"
        switch kind {
        case .skills:
            let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
            let skills = try SkillsController.SkillFilter(req, taxonomy: taxonomy).apply(taxonomy.skills)
            return csv ? CSVResponse.make(CSV.encode(header: SkillCSV.header, rows: skills.map(SkillCSV.row)), filename: filename)
                : download(try JSONResponse.make(skills.map(SkillInput.init)), filename: filename)
        case .modules, .routes:
            let (_, page, _) = try await CatalogueController.search(req, paginate: false)
            let wanted: CatalogueEntry.Kind = kind == .modules ? .module : .route
            let ids = page.items.filter { $0.kind == wanted }.map(\.id)
            if kind == .modules {
                let records = try await ordered(ModuleRecord.self, ids, on: req.db)
                return csv ? CSVResponse.make(CSV.encode(header: ModuleCSV.header, rows: records.map { ModuleCSV.row(id: $0.0, $0.1.fields) }), filename: filename)
                    : download(try JSONResponse.make(records.map { Exported(id: $0.0, item: ModuleInput($0.1.fields)) }), filename: filename)
            }
            let records = try await ordered(LearningRouteRecord.self, ids, on: req.db)
            return csv ? CSVResponse.make(CSV.encode(header: LearningRouteCSV.header, rows: records.map { LearningRouteCSV.row(id: $0.0, $0.1.fields) }), filename: filename)
                : download(try JSONResponse.make(records.map { Exported(id: $0.0, item: LearningRouteInput($0.1.fields)) }), filename: filename)
        }
    }

    /// Records by id, in the order of `ids`, read in chunks.
    private static func ordered<M: Model>(_ type: M.Type, _ ids: [UUID], on db: any Database) async throws -> [(UUID, M)] where M.IDValue == UUID {
        var byID: [UUID: M] = [:]
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            let chunk = Array(ids[start..<min(start + 1_000, ids.count)])
            for m in try await M.query(on: db).filter(\._$id ~~ chunk).all() { if let id = m.id { byID[id] = m } }
        }
        return ids.compactMap { id in byID[id].map { (id, $0) } }
    }

    private static func download(_ response: Response, filename: String) -> Response {
        response.headers.contentDisposition = .init(.attachment, filename: filename)
        return response
    }

    /// An exported record: its id beside the fields the import takes.
    struct Exported<Item: Encodable>: Encodable {
        var id: UUID
        var item: Item

        func encode(to encoder: any Encoder) throws {
            try item.encode(to: encoder)
            var container = encoder.container(keyedBy: IDKey.self)
            try container.encode(id, forKey: .id)
        }

        private enum IDKey: String, CodingKey { case id }
    }

    // MARK: Import (HTML)

    func form(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let snapshot = try await req.snapshot()
        try Self.authorise(try req.requireSignedIn(), snapshot: snapshot)
        return OfferTransferViews.form(kind: .modules, mode: .dryRun, context: try await req.pageContext()).response()
    }

    struct ImportForm: Content {
        var kind: String?
        var mode: String?
        var file: File?
        /// The file's text carried over from a dry run, so it need not be chosen again.
        var data: String?
    }

    func submit(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        try Self.authorise(user, snapshot: snapshot)
        guard let form = try? req.content.decode(ImportForm.self) else {
            throw Problem(status: .badRequest, title: "Onleesbaar formulier", detail: "Verstuur het formulier vanaf de importpagina.")
        }
        guard let kind = form.kind.flatMap(OfferKind.init(rawValue:)), let mode = form.mode.flatMap(ImportMode.init(rawValue:)) else {
            throw Problem(status: .badRequest, title: "Onvolledig formulier", detail: "Kies wat je importeert en hoe.")
        }
        var text = form.data ?? ""
        if let file = form.file, file.data.readableBytes > 0 {
            text = file.data.getString(at: file.data.readerIndex, length: file.data.readableBytes) ?? ""
        }
        guard !text.isEmpty else {
            return OfferTransferViews.form(kind: kind, mode: mode, error: "Kies een CSV- of JSON-bestand om te importeren.", context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        }
        let source: OfferImportSource = text.drop { $0.isWhitespace }.first == "[" ? .json(Data(text.utf8)) : .csv(text)
        let report = try await OfferImporter(db: req.db, snapshot: snapshot, author: user.author).run(kind, source, mode: mode)
        if report.written { await req.regionChanged() }
        return OfferTransferViews.report(report, kind: kind, carried: text.utf8.count <= OfferTransferViews.maxCarried ? text : nil, context: try await req.pageContext())
            .response(status: report.mode == .allOrNothing && !report.errors.isEmpty ? .unprocessableEntity : .ok)
    }

    /// Imports change the region's whole offer: the coordinator's task.
    static func authorise(_ user: SignedInUser, snapshot: RegionSnapshot) throws {
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan het leeraanbod importeren.")
        }
    }
}

/// `POST /api/v1/{modules,learning-routes,skills}/import?mode=…` with a CSV or JSON body.
struct OfferImportAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        for (path, kind) in [("modules", OfferKind.modules), ("learning-routes", .routes), ("skills", .skills)] {
            routes.on(.POST, PathComponent(stringLiteral: path), "import", body: .collect(maxSize: OfferTransferController.maxUpload)) { req in
                try await Self.run(kind, req)
            }
        }
    }

    static func run(_ kind: OfferKind, _ req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        try OfferTransferController.authorise(user, snapshot: snapshot)
        let raw = QueryString.decode(req.url.query)["mode"]?.last ?? ImportMode.allOrNothing.rawValue
        guard let mode = ImportMode(rawValue: raw) else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht",
                          detail: "Onbekende mode ‘\(raw.prefix(30))’; kies proef, alles of alleen-geldige.")
        }
        let report = try await OfferImporter(db: req.db, snapshot: snapshot, author: user.author).run(kind, try req.offerImportSource(), mode: mode)
        if report.written { await req.regionChanged() }
        return try JSONResponse.make(report, status: mode == .allOrNothing && !report.errors.isEmpty ? .unprocessableEntity : .ok)
    }
}
