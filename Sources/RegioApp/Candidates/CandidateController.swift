import Fluent
import Foundation
import RegioCore
import Vapor

/// The candidate's side, without an account: the intake (`/kandidaat`), the results, and
/// a saved profile the candidate can view, change, export, share and erase.
///
/// Nothing personal travels in a URL (paths are logged): answers go in POST bodies, and
/// a saved profile is found through a cookie holding the candidate's secret code.
struct CandidateController: RouteCollection {
    static let cookieName = "regio-kandidaat"
    /// Room for a long pasted text: the check then says it is too long, instead of a bare 413.
    static let maxIntake: ByteCount = "4mb"

    func boot(routes: any RoutesBuilder) throws {
        let candidate = routes.grouped("kandidaat")
        candidate.get(use: intake)
        candidate.on(.POST, body: .collect(maxSize: Self.maxIntake), use: check).allowingUploads(upTo: Self.maxIntake)
        candidate.post("aanpassen", use: adjust)
        candidate.post("bewaren", use: save)
        candidate.get("terug", use: returnForm)
        candidate.post("terug", use: returnWithCode)
        candidate.post("afmelden", use: signOff)
        let own = candidate.grouped("mijn-profiel")
        own.get(use: profile)
        own.on(.POST, body: .collect(maxSize: Self.maxIntake), use: update).allowingUploads(upTo: Self.maxIntake)
        own.get("bewerken", use: editForm)
        own.post("delen", use: share)
        own.post("delen", "stoppen", use: stopSharing)
        own.get("verwijderen", use: confirmErase)
        own.post("verwijderen", use: erase)
        candidate.get("mijn-profiel.json", use: export)
    }

    // MARK: Intake and results

    func intake(req: Request) async throws -> Response {
        try await form(req, input: CandidateInput(), failure: nil, status: .ok, editing: false)
    }

    func check(req: Request) async throws -> Response {
        let input = CandidateIntake.input(from: try FormBody(req))
        let (catalogue, vocabulary) = try await req.matchingCatalogue()
        switch CandidateProfile.validate(input, vocabulary: vocabulary) {
        case .failure(let failure):
            return try await form(req, input: input, failure: failure, status: .unprocessableEntity, editing: false)
        case .success(let profile):
            let result = MatchEngine.match(profile, in: catalogue, today: LandscapeController.today)
            return try await results(req, profile: profile, result: result, catalogue: catalogue, consentError: nil)
        }
    }

    /// "Pas je antwoorden aan" on the results page: the form again, filled in.
    func adjust(req: Request) async throws -> Response {
        let input = CandidateIntake.carriedInput(try FormBody(req)) ?? CandidateInput()
        return try await form(req, input: input, failure: nil, status: .ok, editing: false)
    }

    // MARK: Saving with consent

    func save(req: Request) async throws -> Response {
        let body = try FormBody(req)
        guard let input = CandidateIntake.carriedInput(body) else {
            throw Problem(status: .badRequest, title: "Antwoorden ontbreken", detail: "Vul de vragen eerst in op de pagina ‘Wat past bij mij?’.")
        }
        let (catalogue, vocabulary) = try await req.matchingCatalogue()
        let profile: CandidateProfile
        switch CandidateProfile.validate(input, vocabulary: vocabulary) {
        case .success(let checked): profile = checked
        case .failure(let failure):
            // The offer changed since the results were shown (a skill or place was removed).
            return try await form(req, input: input, failure: failure, status: .unprocessableEntity, editing: false)
        }
        let result = MatchEngine.match(profile, in: catalogue, today: LandscapeController.today)
        guard body.bool("consent") else {
            return try await results(req, profile: profile, result: result, catalogue: catalogue,
                                     consentError: "Zet een vinkje bij ‘Ik geef toestemming’ als je je profiel wilt bewaren.", status: .unprocessableEntity)
        }
        let (_, code) = try await CandidateStore(req: req, regionID: try await req.snapshot().regionID).save(profile, result: result)
        let response = CandidateViews.saved(code: code, context: try await req.pageContext()).response()
        setCookie(response, code: code, req: req)
        return Self.private(response)
    }

    // MARK: The saved profile

    func profile(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        let (catalogue, _) = try await req.matchingCatalogue()
        let result = MatchEngine.match(record.profile, in: catalogue, today: LandscapeController.today)
        let shares = try await CandidateStore(req: req, regionID: record.$region.id).shares(of: try record.requireID())
        let snapshot = try await req.snapshot()
        return Self.private(CandidateViews.savedProfile(record, result: result, shares: shares, catalogue: catalogue, snapshot: snapshot,
                                                        taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot),
                                                        message: req.query[String.self, at: "bericht"].flatMap(CandidateViews.Message.init(rawValue:)),
                                                        context: try await req.pageContext()).response())
    }

    func editForm(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        return try await form(req, input: CandidateIntake.input(from: record.profile), failure: nil, status: .ok, editing: true)
    }

    func update(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        let input = CandidateIntake.input(from: try FormBody(req))
        let (catalogue, vocabulary) = try await req.matchingCatalogue()
        switch CandidateProfile.validate(input, vocabulary: vocabulary) {
        case .failure(let failure):
            return try await form(req, input: input, failure: failure, status: .unprocessableEntity, editing: true)
        case .success(let profile):
            let result = MatchEngine.match(profile, in: catalogue, today: LandscapeController.today)
            try await CandidateStore(req: req, regionID: record.$region.id).update(record, profile: profile, result: result)
            return req.redirect(to: "/kandidaat/mijn-profiel?bericht=\(CandidateViews.Message.updated.rawValue)", redirectType: .normal)
        }
    }

    func share(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        let organisationID = try await organisation(req)
        try await CandidateStore(req: req, regionID: record.$region.id).share(try record.requireID(), with: organisationID)
        return req.redirect(to: "/kandidaat/mijn-profiel?bericht=\(CandidateViews.Message.shared.rawValue)#delen", redirectType: .normal)
    }

    func stopSharing(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        let organisationID = try await organisation(req)
        try await CandidateStore(req: req, regionID: record.$region.id).stopSharing(try record.requireID(), with: organisationID)
        return req.redirect(to: "/kandidaat/mijn-profiel?bericht=\(CandidateViews.Message.unshared.rawValue)#delen", redirectType: .normal)
    }

    func export(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else {
            throw Problem(status: .notFound, title: "Geen bewaard profiel", detail: "Op dit apparaat is geen bewaard profiel. Vul je code in op /kandidaat/terug.")
        }
        let shares = try await CandidateStore(req: req, regionID: record.$region.id).shares(of: try record.requireID())
        let snapshot = try await req.snapshot()
        let export = CandidateExport(record, shares: shares, snapshot: snapshot)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let response = Response(status: .ok, body: .init(data: try encoder.encode(export)))
        response.headers.contentType = .json
        response.headers.contentDisposition = .init(.attachment, filename: "mijn-profiel-lerende-regio.json")
        return Self.private(response)
    }

    func confirmErase(req: Request) async throws -> Response {
        guard try await savedRecord(req) != nil else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        return Self.private(CandidateViews.confirmErase(context: try await req.pageContext()).response())
    }

    func erase(req: Request) async throws -> Response {
        guard let record = try await savedRecord(req) else { return req.redirect(to: "/kandidaat/terug", redirectType: .normal) }
        try await CandidateStore(req: req, regionID: record.$region.id).erase(record)
        let response = CandidateViews.erased(context: try await req.pageContext()).response()
        clearCookie(response, req: req)
        return Self.private(response)
    }

    // MARK: Coming back on another device

    func returnForm(req: Request) async throws -> Response {
        CandidateViews.returnForm(error: nil, context: try await req.pageContext()).response()
    }

    func returnWithCode(req: Request) async throws -> Response {
        let code = try FormBody(req).string("code") ?? ""
        let store = CandidateStore(req: req, regionID: try await req.snapshot().regionID)
        guard !code.isEmpty, try await store.find(codeHash: CandidateRecord.hash(code)) != nil else {
            let message = code.isEmpty ? "Vul je code in." : "Deze code kennen we niet. Kijk of je hem goed hebt overgenomen: 26 letters en cijfers."
            return CandidateViews.returnForm(error: message, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
        let response = req.redirect(to: "/kandidaat/mijn-profiel", redirectType: .normal)
        setCookie(response, code: code, req: req)
        return response
    }

    /// Forgets the profile on this device (a shared computer); the profile itself stays.
    func signOff(req: Request) async throws -> Response {
        let response = req.redirect(to: "/kandidaat", redirectType: .normal)
        clearCookie(response, req: req)
        return response
    }

    // MARK: Helpers

    private func form(_ req: Request, input: CandidateInput, failure: ValidationFailure?, status: HTTPResponseStatus, editing: Bool) async throws -> Response {
        let snapshot = try await req.snapshot()
        let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
        let hasSaved = try await savedRecord(req) != nil
        return Self.private(CandidateViews.intake(input: input, errors: FormErrors(failure: failure), snapshot: snapshot, taxonomy: taxonomy,
                                                  municipalities: try await nationalMunicipalities(req), editing: editing, hasSaved: hasSaved,
                                                  context: try await req.pageContext()).response(status: status))
    }

    private func results(_ req: Request, profile: CandidateProfile, result: MatchResult, catalogue: MatchingCatalogue,
                         consentError: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let snapshot = try await req.snapshot()
        return Self.private(CandidateViews.results(profile: profile, result: result, catalogue: catalogue, snapshot: snapshot,
                                                   consentError: consentError, context: try await req.pageContext()).response(status: status))
    }

    /// The saved profile this device holds the code of, in the request's region.
    private func savedRecord(_ req: Request) async throws -> CandidateRecord? {
        guard let code = req.cookies[Self.cookieName]?.string, !code.isEmpty else { return nil }
        return try await CandidateStore(req: req, regionID: try await req.snapshot().regionID).find(codeHash: CandidateRecord.hash(code))
    }

    private func organisation(_ req: Request) async throws -> UUID {
        let raw = try FormBody(req).string("organisationId") ?? ""
        let snapshot = try await req.snapshot()
        guard let id = UUID(uuidString: raw), snapshot.organisation(id) != nil else {
            throw Problem(status: .unprocessableEntity, title: "Onbekende organisatie", detail: "Kies een organisatie uit de lijst.")
        }
        return id
    }

    /// Every Dutch municipality, the region's own first: candidates may live elsewhere.
    private func nationalMunicipalities(_ req: Request) async throws -> [(code: String, name: String)] {
        try await req.application.matchingCatalogues.municipalityChoices(req.application.paths)
    }

    private func setCookie(_ response: Response, code: String, req: Request) {
        response.cookies[Self.cookieName] = HTTPCookies.Value(string: code, expires: Date().addingTimeInterval(60 * 60 * 24 * 365),
                                                             maxAge: 60 * 60 * 24 * 365, path: "/kandidaat",
                                                             isSecure: req.application.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    private func clearCookie(_ response: Response, req: Request) {
        response.cookies[Self.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/kandidaat",
                                                             isSecure: req.application.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// Pages with personal answers stay out of shared caches and the browser's disk cache.
    static func `private`(_ response: Response) -> Response {
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// Everything stored about a candidate, as they can download it.
struct CandidateExport: Content {
    struct Share: Content { var organisation: String; var since: Date? }
    var about: String
    var profile: CandidateProfile
    var consentVersion: Int
    var consentGiven: Date?
    var created: Date?
    var updated: Date?
    var sharedWith: [Share]

    init(_ record: CandidateRecord, shares: [CandidateShare], snapshot: RegionSnapshot) {
        about = "Alles wat Lerende Regio \(snapshot.name) over jou bewaart. Afgeleide cijfers (beroep dat het best past, gemeente, ontbrekende vaardigheden) worden alleen geteld, nooit los getoond."
        profile = record.profile
        consentVersion = record.consentVersion
        consentGiven = record.consentAt
        created = record.createdAt
        updated = record.updatedAt
        sharedWith = shares.map { Share(organisation: snapshot.organisation($0.organisationID)?.name ?? "Onbekende organisatie", since: $0.createdAt) }
    }
}
