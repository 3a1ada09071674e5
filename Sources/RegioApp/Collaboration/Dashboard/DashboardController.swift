import Foundation
import RegioCore
import Vapor

/// The region's dashboard for boards, funders and municipalities (`/dashboard`): the
/// region's figures, the landscape per theme, coalitions and the action agenda, recent
/// progress, the latest Volgspot and the funding cliffs, on one printable page; the same
/// as one CSV (`/dashboard.csv`) and as JSON (`/dashboard.json`). The public sees what
/// is published, signed-in users of the region everything.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("dashboard", use: page)
        routes.get("dashboard.csv", use: csv)
        routes.get("dashboard.json", use: json)
    }

    func page(req: Request) async throws -> Response {
        let report = try await DashboardReport.load(req)
        let html = DashboardViews.page(report, address: Self.address(req), context: try await req.pageContext())
        return Self.privateIfPersonal(html.response(), report)
    }

    func csv(req: Request) async throws -> Response {
        let report = try await DashboardReport.load(req)
        let body = CSV.encode(header: DashboardExport.header, rows: DashboardExport.csvRows(report))
        return Self.privateIfPersonal(CSVResponse.make(body, filename: "dashboard-\(report.snapshot.slug)-\(report.today.iso).csv"), report)
    }

    func json(req: Request) async throws -> Response {
        let report = try await DashboardReport.load(req)
        return Self.privateIfPersonal(try JSONResponse.make(DashboardExport.dto(report)), report)
    }

    /// A view with unpublished work is for the signed-in user only: no shared cache may keep it.
    static func privateIfPersonal(_ response: Response, _ report: DashboardReport) -> Response {
        if report.includesUnpublished { response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store") }
        return response
    }

    /// The page's web address as the visitor reached it, printed on paper so a reader can find it again.
    static func address(_ req: Request) -> String {
        let host = req.headers.first(name: .host) ?? ""
        let scheme = Environment.get("REGIO_SECURE_COOKIES") == "1" ? "https" : "http"
        let query = req.url.query.map { "?" + $0 } ?? ""
        return host.isEmpty ? "/dashboard" + query : "\(scheme)://\(host)/dashboard" + query
    }
}
