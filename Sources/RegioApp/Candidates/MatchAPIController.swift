import Foundation
import RegioCore
import Vapor

/// `POST /api/v1/matches`: a candidate profile in, the matches out. Nothing is stored
/// and nothing of the profile is logged; no account needed.
struct MatchAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").on(.POST, "matches", body: .collect(maxSize: CandidateController.maxIntake), use: match)
    }

    func match(req: Request) async throws -> Response {
        let input = try req.decodeJSON(CandidateInput.self)
        let (catalogue, vocabulary) = try await req.matchingCatalogue()
        let limit = try req.query[String.self, at: "limit"].map { raw -> Int in
            guard let n = Int(raw), (1...50).contains(n) else {
                throw Problem(status: .badRequest, title: "Ongeldige limit", detail: "limit moet een heel getal zijn van 1 tot en met 50.")
            }
            return n
        } ?? 10
        switch CandidateProfile.validate(input, vocabulary: vocabulary) {
        case .failure(let failure):
            throw failure
        case .success(let profile):
            let result = MatchEngine.match(profile, in: catalogue, limit: limit, today: LandscapeController.today)
            let response = try await MatchDTO(result).encodeResponse(status: .ok, for: req)
            return CandidateController.private(response)
        }
    }
}

/// The matching result as JSON; field names follow the API's other resources.
struct MatchDTO: Content {
    struct Skill: Content {
        var skill: String, label: String, requiredLevel: Int, ownLevel: Int?, met: Bool
        init(_ s: SkillStatus) { skill = s.skill; label = s.label; requiredLevel = s.required.rawValue; ownLevel = s.had?.rawValue; met = s.met }
    }
    struct Module: Content {
        var id: UUID, title: String, hours: Int, closes: [String]
        init(_ m: GapModule) { id = m.id; title = m.title; hours = m.hours; closes = m.closes }
    }
    struct Cover: Content {
        var modules: [Module], hours: Int, uncovered: [String]
        init(_ c: GapCover) { modules = c.modules.map(Module.init); hours = c.hours; uncovered = c.uncovered }
    }
    struct Place: Content {
        var id: UUID, organisationId: UUID, organisationName: String?, municipalityCode: String, municipalityName: String, kind: String, distanceKm: Int
        init(_ p: NearbyPlace) {
            id = p.id; organisationId = p.organisationID; organisationName = p.organisationName; municipalityCode = p.municipalityCode
            municipalityName = p.municipalityName; kind = p.kind.rawValue; distanceKm = p.distanceKm
        }
    }
    struct Onward: Content {
        var roleKey: String, label: String, additional: [Skill], cover: Cover, explanation: String
        init(_ o: OnwardPath) { roleKey = o.roleKey; label = o.label; additional = o.additional.map(Skill.init); cover = Cover(o.cover); explanation = o.explanation }
    }
    struct RoleFit: Content {
        var roleKey: String, label: String, score: Int, covered: Int, required: Int, skills: [Skill], cover: Cover, placesNearby: [Place], onward: [Onward], explanation: String
        init(_ r: RoleMatch) {
            roleKey = r.roleKey; label = r.label; score = r.score; covered = r.covered; required = r.required; skills = r.skills.map(Skill.init)
            cover = Cover(r.cover); placesNearby = r.placesNearby.map(Place.init); onward = r.onward.map(Onward.init); explanation = r.explanation
        }
    }
    struct Fit: Content {
        var coverage: Int, travel: Int, hours: Int, intake: Int, targetGroup: Int, wish: Int, needs: Int
        init(_ f: RouteFit) { coverage = f.coverage; travel = f.travel; hours = f.hours; intake = f.intake; targetGroup = f.targetGroup; wish = f.wish; needs = f.needs }
    }
    struct Route: Content {
        var id: UUID, title: String, roleKey: String, roleLabel: String, score: Int, fit: Fit, covered: Int, required: Int, missing: [Skill]
        var totalHours: Int, durationWeeks: Int?, hoursPerWeek: Int?, distanceKm: Int?, nearestMunicipality: String?, nextIntake: String?
        var excluded: Bool, reasons: [String], explanation: String
        init(_ m: RouteMatch) {
            id = m.id; title = m.title; roleKey = m.roleKey; roleLabel = m.roleLabel; score = m.score; fit = Fit(m.fit); covered = m.covered
            required = m.required; missing = m.missing.map(Skill.init); totalHours = m.totalHours; durationWeeks = m.durationWeeks
            hoursPerWeek = m.hoursPerWeek; distanceKm = m.distanceKm; nearestMunicipality = m.nearestMunicipality; nextIntake = m.nextIntake?.iso
            excluded = m.isExcluded; reasons = m.reasons; explanation = m.explanation
        }
    }

    var summary: String
    var fitsNothingStandard: Bool
    var roles: [RoleFit]
    var routes: [Route]
    var excluded: [Route]
    var excludedCount: Int
    var nearest: [Route]

    init(_ r: MatchResult) {
        summary = r.summary; fitsNothingStandard = r.fitsNothingStandard; roles = r.roles.map(RoleFit.init)
        routes = r.routes.map(Route.init); excluded = r.excluded.map(Route.init); excludedCount = r.excludedCount; nearest = r.nearest.map(Route.init)
    }
}
