import Fluent
import Foundation
import Plot
import RegioCore
import Vapor

/// The regional overlap report: `/overlap` (page), `/overlap.csv`, `/api/v1/overlap`,
/// and the coordinator's verdicts on flagged pairs.
struct OverlapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("overlap", use: page)
        routes.get("overlap.csv", use: csv)
        routes.post("overlap", "oordeel", use: judge)
        routes.post("overlap", "oordeel", "intrekken", use: withdraw)
    }

    static func report(_ req: Request) async throws -> (RegionSnapshot, OverlapReport) {
        let snapshot = try await req.snapshot()
        let judgements = try await OverlapJudgement.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        return (snapshot, OverlapReport.make(snapshot, judgements: judgements))
    }

    func page(req: Request) async throws -> Response {
        let (snapshot, report) = try await Self.report(req)
        let context = try await req.pageContext()
        let canJudge = context.user.map { Permissions.isRegionWide($0, regionID: snapshot.regionID) } ?? false
        return OverlapViews.page(report, snapshot: snapshot, canJudge: canJudge, context: context).response()
    }

    func csv(req: Request) async throws -> Response {
        let (snapshot, report) = try await Self.report(req)
        var rows: [[String]] = []
        for (n, cluster) in report.clusters.enumerated() {
            for p in cluster.pairs { rows.append([String(n + 1), p.a.id.uuidString, p.a.fields.name, p.b.id.uuidString, p.b.fields.name, String(p.score), p.reason, ""]) }
        }
        for p in report.judged { rows.append(["", p.a.id.uuidString, p.a.fields.name, p.b.id.uuidString, p.b.fields.name, String(p.score), p.reason, p.verdict?.rawValue ?? ""]) }
        return CSVResponse.make(CSV.encode(header: ["cluster", "idA", "nameA", "idB", "nameB", "score", "reason", "verdict"], rows: rows), filename: "overlap-\(snapshot.slug).csv")
    }

    /// The pair and verdict of a form, checked.
    private func pair(_ req: Request) async throws -> (SignedInUser, RegionSnapshot, UUID, UUID, FormBody) {
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio beoordeelt het overlaprapport.")
        }
        let form = try FormBody(req)
        let known = Set(snapshot.landscape.entries.map(\.id))
        guard let a = form.string("a").flatMap(UUID.init(uuidString:)), let b = form.string("b").flatMap(UUID.init(uuidString:)),
              a != b, known.contains(a), known.contains(b) else {
            throw Problem(status: .badRequest, title: "Ongeldig paar", detail: "Dit paar initiatieven bestaat niet (meer).")
        }
        return (user, snapshot, a, b, form)
    }

    func judge(req: Request) async throws -> Response {
        let (user, snapshot, a, b, form) = try await pair(req)
        guard let verdict = form.string("verdict").flatMap(OverlapJudgement.Verdict.init(rawValue:)) else {
            throw Problem(status: .badRequest, title: "Ongeldig oordeel", detail: "Kies ‘geen dubbeling’ of ‘verbonden’.")
        }
        let (x, y) = OverlapJudgement.ordered((a, b))
        try await req.db.transaction { tx in
            try await OverlapJudgement.query(on: tx).filter(\.$initiativeA == x).filter(\.$initiativeB == y).delete()
            try await OverlapJudgement(regionID: snapshot.regionID, pair: (x, y), verdict: verdict, author: user.author.label).create(on: tx)
        }
        req.setFlash(Flash(message: "Vastgelegd: \(verdict.dutchLabel.lowercased())."))
        return req.redirect(to: "/overlap", redirectType: .normal)
    }

    func withdraw(req: Request) async throws -> Response {
        let (_, _, a, b, _) = try await pair(req)
        let (x, y) = OverlapJudgement.ordered((a, b))
        try await OverlapJudgement.query(on: req.db).filter(\.$initiativeA == x).filter(\.$initiativeB == y).delete()
        req.setFlash(Flash(message: "Het oordeel is ingetrokken; het paar staat weer open."))
        return req.redirect(to: "/overlap", redirectType: .normal)
    }
}

enum OverlapViews {
    static func page(_ report: OverlapReport, snapshot: RegionSnapshot, canJudge: Bool, context: PageContext) -> HTML {
        func pairForm(_ p: OverlapReport.Pair, action: String, verdict: String?, label: String, style: String) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(action), .class("inline-form"), Layout.csrfField(context.csrfToken),
                  .input(.type(.hidden), .name("a"), .value(p.a.id.uuidString)), .input(.type(.hidden), .name("b"), .value(p.b.id.uuidString)),
                  .unwrap(verdict) { .input(.type(.hidden), .name("verdict"), .value($0)) },
                  .button(.type(.submit), .class("button \(style) button-small"), .text(label)))
        }
        func link(_ e: InitiativeEntry) -> Node<HTML.BodyContext> { .a(.href("/initiatieven/\(e.id.uuidString)"), .text(e.fields.name)) }
        return Layout.page(title: "Overlap", context: context, body: .div(.class("wrap narrow"),
            .div(.class("page-head"),
                 .div(.h1("Overlap in het landschap"),
                      .p(.class("lead"), .text("Initiatieven die waarschijnlijk hetzelfde doen voor dezelfde mensen op dezelfde plek: \(Components.count(report.clusters.count, "groep", "groepen")) om te bekijken."))),
                 .div(.class("actions"),
                      .a(.class("button button-secondary button-small"), .href("/hiaten"), "Hiaten"),
                      .a(.class("button button-secondary button-small"), .href("/borging"), "Borging"),
                      .a(.class("button button-secondary button-small"), .href("/overlap.csv"), .attribute(named: "download", value: ""), "Exporteer CSV"))),
            report.clusters.isEmpty
                ? .div(.class("empty-state"), .h2("Geen waarschijnlijke dubbelingen"),
                       .p(.text(snapshot.landscape.entries.count < 2 ? "Er zijn nog te weinig initiatieven om te vergelijken." :
                                "Geen paar initiatieven lijkt genoeg op elkaar. Vul doel, beschrijving en doelgroepen aan voor een scherpere vergelijking.")))
                : .ol(.class("cards"), .forEach(report.clusters) { cluster in
                    .li(.class("card"),
                        .h2(.text(Components.count(cluster.initiatives.count, "initiatief", "initiatieven") + " lijken op elkaar")),
                        .ul(.forEach(cluster.initiatives) { .li(link($0)) }),
                        .element(named: "dl", nodes: [.class("card-facts"),
                            .div(.dt("Organisaties"), .dd(.valueOrMissing(cluster.organisations.isEmpty ? nil : cluster.organisations.joined(separator: ", ")))),
                            .div(.dt("Werkgebied"), .dd(.valueOrMissing(cluster.places.isEmpty ? nil : cluster.places.joined(separator: ", "))))]),
                        .ul(.class("similar-list"), .forEach(cluster.pairs) { p in
                            .li(.text("\(p.a.fields.name) ↔ \(p.b.fields.name) "), Components.badge("\(p.score)%", style: "kind"),
                                .p(.class("similar-reason"), .text(p.reason)),
                                .if(canJudge, .div(.class("actions"),
                                    pairForm(p, action: "/overlap/oordeel", verdict: OverlapJudgement.Verdict.notDuplicate.rawValue, label: "Geen dubbeling", style: "button-secondary"),
                                    pairForm(p, action: "/overlap/oordeel", verdict: OverlapJudgement.Verdict.connected.rawValue, label: "Verbonden", style: "button-secondary"))))
                        }))
                }),
            .if(!report.judged.isEmpty, .section(.class("panel"), .aria("Beoordeelde paren"),
                .h2("Beoordeeld"),
                .ul(.class("similar-list"), .forEach(report.judged) { p in
                    .li(.text("\(p.a.fields.name) ↔ \(p.b.fields.name): "), .strong(.text(p.verdict?.dutchLabel ?? "")),
                        .p(.class("similar-reason"), .text("Door \(p.judgedBy ?? "")")),
                        .if(canJudge, pairForm(p, action: "/overlap/oordeel/intrekken", verdict: nil, label: "Oordeel intrekken", style: "button-link")))
                })))
        ))
    }
}
