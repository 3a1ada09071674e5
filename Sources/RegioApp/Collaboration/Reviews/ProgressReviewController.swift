import Fluent
import Foundation
import RegioCore
import Vapor

/// `/volgspot`: the history of one subject's reviews (chart, comparison, list) and its CSV,
/// one review, the form, edit, delete, restore, history.
struct ProgressReviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reviews = routes.grouped("volgspot")
        reviews.get(use: history)
        routes.get("volgspot.csv", use: csv)
        reviews.get("nieuw", use: newForm)
        reviews.post("nieuw", use: create)
        reviews.get(":id", use: show)
        reviews.get(":id", "bewerken", use: editForm)
        reviews.post(":id", "bewerken", use: update)
        RecordRoutes.lifecycle(reviews, ProgressReviewStore.self, path: "/volgspot", listURL: "/volgspot", restored: "De Volgspot is hersteld.")
    }

    /// `?coalitie=`: a coalition the visitor may see, or none (the agenda).
    private func subject(_ req: Request) async throws -> CoalitionRecord? {
        guard let raw = QueryString.decode(req.url.query)["coalitie"]?.last, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else { throw Problem.notFound(CoalitionStore.what) }
        return try await CoalitionStore(req: req).find(id)
    }

    private func subjects(_ req: Request) async throws -> [(id: UUID?, name: String)] {
        [(nil, "De actieagenda van de regio")] + (try await CoalitionStore(req: req).list().map { ($0.id, $0.name) })
    }

    func history(req: Request) async throws -> Response {
        let coalition = try await subject(req)
        let reviews = try await ProgressReviewStore(req: req).list(coalition: coalition?.id)
        let q = QueryString.decode(req.url.query)
        var compare: (ProgressReviewRecord, ProgressReviewRecord)?
        if let from = q["van"]?.last.flatMap(UUID.init(uuidString:)), let to = q["met"]?.last.flatMap(UUID.init(uuidString:)) {
            guard let a = reviews.first(where: { $0.id == from }), let b = reviews.first(where: { $0.id == to }) else {
                throw Problem(status: .badRequest, title: "Ongeldige vergelijking", detail: "Kies twee Volgspots van dezelfde coalitie of van de actieagenda.")
            }
            // Earlier first, whichever way round they were chosen.
            compare = a.review.date <= b.review.date ? (a, b) : (b, a)
        }
        let canAdd = try await ProgressReviewStore(req: req).mayReview(req.signedIn, coalition: coalition?.id)
        return ProgressReviewViews.history(reviews, subject: .init(coalition: coalition, subjects: try await subjects(req)), compare: compare,
                                           canAdd: canAdd, context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let coalition = try await subject(req)
        let reviews = try await ProgressReviewStore(req: req).list(coalition: coalition?.id)
        let header = ["id", "date", "coalitionId", "coalitionName"] + ReviewDimension.allCases.map(\.rawValue) + ["average", "narrative", "evidenceLinks", "published"]
        let rows = reviews.map { m -> [String] in
            let r = m.review
            return [m.id?.uuidString ?? "", r.date.iso, m.coalitionID?.uuidString ?? "", coalition?.name ?? ""] + ReviewDimension.allCases.map { String(r.score($0)) }
                + [String(format: "%.2f", r.average), r.narrative, r.evidenceLinks.joined(separator: "|"), m.published ? "ja" : "nee"]
        }
        return CSVResponse.make(CSV.encode(header: header, rows: rows), filename: "volgspot-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: ProgressReviewStore.what)
        let store = ProgressReviewStore(req: req)
        let model = try await store.find(id, withDeleted: req.signedIn != nil)
        let names = try await CollaborationNames.load(req)
        return ProgressReviewViews.detail(model, title: ReviewSnapshot.title(model.fields, names: names),
                                          coalition: model.coalitionID.map { ($0, names.coalition($0)) },
                                          canEdit: try await store.mayReview(req.signedIn, coalition: model.coalitionID), context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let coalition = try await subject(req)
        let user = try req.requireSignedIn()
        try await ProgressReviewStore(req: req).authorise(user, coalition: coalition?.id)
        var review = ProgressReviewInput()
        review.date = LandscapeController.today.iso
        return try await render(req, id: nil, input: ReviewInput(coalitionId: coalition?.id?.uuidString, published: nil, review: review), failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De Volgspot is vastgelegd.", to: { "/volgspot/\($0.uuidString)" },
                                         save: { try await ProgressReviewStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: ProgressReviewStore.what)
        let store = ProgressReviewStore(req: req)
        let model = try await store.find(id)
        try await store.authorise(try req.requireSignedIn(), coalition: model.coalitionID)
        return try await render(req, id: id, input: ReviewInput(coalitionId: model.coalitionID?.uuidString, published: model.published ? "ja" : nil,
                                                                review: ProgressReviewInput(model.review)), failure: nil)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: ProgressReviewStore.what)
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "/volgspot/\($0.uuidString)" },
                                         save: { try await ProgressReviewStore(req: req).update(id, with: input, user: user); return id },
                                         invalid: { try await render(req, id: id, input: input, failure: $0) })
    }

    private func render(_ req: Request, id: UUID?, input: ReviewInput, failure: ValidationFailure?) async throws -> Response {
        let user = try req.requireSignedIn()
        let regionID = try await req.snapshot().regionID
        let isCoordinator = CollaborationAccess.isCoordinator(user, regionID: regionID)
        // Members choose among their own coalitions; the coordinator among all and the agenda.
        var subjects = try await subjects(req)
        if !isCoordinator {
            let mine = try await CoalitionStore(req: req).list().filter { CollaborationAccess.mayEditCoalition(user, regionID: regionID, $0.coalition) }.compactMap(\.id)
            subjects = subjects.filter { $0.id.map(mine.contains) ?? false }
        }
        return ProgressReviewViews.form(.init(id: id, input: input, errors: FormErrors(failure: failure), subjects: subjects, mayPublish: isCoordinator),
                                        context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> ReviewInput {
        var r = ProgressReviewInput()
        r.date = form.string("date"); r.narrative = form.string("narrative")
        r.scores = Dictionary(ReviewDimension.allCases.compactMap { d in form.string("scores.\(d.rawValue)").map { (d.rawValue, $0) } }, uniquingKeysWith: { a, _ in a })
        r.evidenceLinks = (form.string("evidenceLinks") ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ReviewInput(coalitionId: form.string("coalitionId"), published: form.string("published"), review: r)
    }
}
