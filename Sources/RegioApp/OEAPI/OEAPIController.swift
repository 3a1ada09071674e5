import Foundation
import RegioCore
import Vapor

/// `/oeapi/v6`: the region's learning offer as the Open Education API (OEAPI) 6.0, public
/// and read-only. Organisations are the region's organisations, programmes its learning
/// routes, courses its modules (with an offering per intake), learning outcomes the skills
/// of its taxonomy. `docs/ARCHITECTURE.md` ("Open Education API") explains the choices.
struct OEAPIController: RouteCollection {
    typealias Handler = @Sendable (Request, OEAPIParameters, Set<String>) async throws -> any Encodable

    /// One operation of the specification that this implementation serves.
    struct Endpoint: Sendable {
        /// The path as the specification writes it.
        var path: String
        /// The values the specification allows for `expand` here (others are a 400).
        var allowedExpands: [String] = []
        /// Those of them this implementation fills in (the service object lists them).
        var expands: [String] = []
        var handle: Handler
    }

    static let endpoints: [Endpoint] = [
        Endpoint(path: "/") { req, _, _ in service(req) },
        Endpoint(path: "/organisations") { req, p, _ in
            let paging = try p.paging()
            let m = try await mapping(req)
            return m.catalogue.organisations.map(m.organisation).sortedByName()
                .filtered(by: "organisationType", in: p) { [$0.organisationType] }.page(p, paging)
        },
        Endpoint(path: "/organisations/{organisationId}", allowedExpands: ["parent", "children"]) { req, _, _ in
            let m = try await mapping(req)
            return m.organisation(try organisation(req, m))
        },
        Endpoint(path: "/organisations/{organisationId}/programmes") { req, p, _ in
            let m = try await mapping(req)
            return try programmes(m.catalogue.routes(of: try organisation(req, m).requireID()), m, p)
        },
        Endpoint(path: "/organisations/{organisationId}/courses") { req, p, _ in
            let m = try await mapping(req)
            return try courses(m.catalogue.modules(providedBy: try organisation(req, m).requireID()), m, p)
        },
        Endpoint(path: "/organisations/{organisationId}/course-offerings") { req, p, _ in
            let m = try await mapping(req)
            return try courseOfferings(m.catalogue.modules(providedBy: try organisation(req, m).requireID()), m, p, modeFilter: false)
        },
        Endpoint(path: "/organisations/{organisationId}/programme-offerings") { req, p, _ in
            let m = try await mapping(req)
            return try programmeOfferings(m.catalogue.routes(of: try organisation(req, m).requireID()), m, p)
        },
        Endpoint(path: "/programmes") { req, p, _ in
            let m = try await mapping(req)
            return try programmes(m.catalogue.routes, m, p)
        },
        Endpoint(path: "/programmes/{programmeId}", allowedExpands: ["parent", "children", "coordinators", "instructors", "organisation"]) { req, p, _ in
            _ = try p.bool("returnTimelineOverrides") // there are none to return
            let m = try await mapping(req)
            return m.programme(try route(req, m))
        },
        Endpoint(path: "/programmes/{programmeId}/programme-offerings") { req, p, _ in
            let m = try await mapping(req)
            return try programmeOfferings([try route(req, m)], m, p)
        },
        Endpoint(path: "/programmes/{programmeId}/courses") { req, p, _ in
            let m = try await mapping(req)
            return try courses(m.catalogue.modules(of: try route(req, m)), m, p, byName: false)
        },
        Endpoint(path: "/courses") { req, p, _ in
            let m = try await mapping(req)
            return try courses(m.catalogue.modules, m, p)
        },
        Endpoint(path: "/courses/{courseId}", allowedExpands: ["programmes", "coordinators", "instructors", "organisation"],
                 expands: ["organisation", "programmes"]) { req, p, expand in
            _ = try p.bool("returnTimelineOverrides") // there are none to return
            let m = try await mapping(req)
            return m.course(try module(req, m), expand: expand)
        },
        Endpoint(path: "/courses/{courseId}/course-offerings") { req, p, _ in
            let m = try await mapping(req)
            return try courseOfferings([try module(req, m)], m, p, modeFilter: true)
        },
        Endpoint(path: "/course-offerings/{courseOfferingId}", allowedExpands: ["course", "programme_offering", "academic_session"],
                 expands: ["course"]) { req, _, expand in
            let m = try await mapping(req)
            guard let offering = m.courseOffering(try OEAPIParameters.uuid(req, "courseOfferingId"), expand: expand) else {
                throw Problem.notFound("Dit aanbod van een module")
            }
            return offering
        },
        Endpoint(path: "/programme-offerings/{programmeOfferingId}",
                 allowedExpands: ["academic_session", "course", "course_offering", "learning_component", "organisation", "programme",
                                  "programme_offering", "test_component"],
                 expands: ["programme"]) { req, _, expand in
            let m = try await mapping(req)
            let id = try OEAPIParameters.uuid(req, "programmeOfferingId")
            guard let route = m.catalogue.routes.first(where: { $0.id.map { OEAPICodes.programmeOfferingID(route: $0) } == id }) else {
                throw Problem.notFound("Dit aanbod van een leerroute")
            }
            return m.programmeOffering(route, expand: expand)
        },
        Endpoint(path: "/learning-outcomes") { req, p, _ in
            let paging = try p.paging()
            // `since` and `until` are listed for this collection too, but concern offerings: checked, not applied.
            _ = try p.moment("since"); _ = try p.moment("until")
            let m = try await mapping(req)
            // "Ordered chronologically": as the taxonomy was added, in its own order.
            let skills = m.catalogue.skills.enumerated().sorted {
                ($0.element.createdAt ?? .distantPast, $0.offset) < ($1.element.createdAt ?? .distantPast, $1.offset)
            }
            return skills.map { m.learningOutcome($0.element) }.page(p, paging)
        },
        Endpoint(path: "/learning-outcomes/{learningOutcomeId}", allowedExpands: ["organisation", "parents", "children"]) { req, _, _ in
            let m = try await mapping(req)
            let id = try OEAPIParameters.uuid(req, "learningOutcomeId")
            guard let skill = m.catalogue.skills.first(where: { $0.id == id }) else { throw Problem.notFound("Deze vaardigheid") }
            return m.learningOutcome(skill)
        },
    ]

    /// Methods other than GET (and HEAD, which Vapor answers from GET) get 405 on these paths.
    static let otherMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE, .OPTIONS, .TRACE, .RAW(value: "QUERY")]

    func boot(routes: any RoutesBuilder) throws {
        let v6 = routes.grouped("oeapi", "v6").grouped(OEAPIMiddleware())
        v6.get("openapi.json", use: Self.specification)
        for endpoint in Self.endpoints {
            let path = Self.pathComponents(endpoint.path)
            v6.on(.GET, path) { req in
                let parameters = OEAPIParameters(req)
                try parameters.checkGeneral()
                let expand = try parameters.expand(allowed: endpoint.allowedExpands)
                let value = try await endpoint.handle(req, parameters, expand)
                return try JSONResponse.make(AnyEncodable(value)).withETag(for: req)
            }
            for method in Self.otherMethods { v6.on(method, path) { _ in OEAPIMiddleware.methodNotAllowed() } }
        }
        for method in [.GET] + Self.otherMethods {
            v6.on(method, "**") { _ -> Response in
                throw Problem(status: .notFound, title: "Niet gevonden", detail: "Dit adres bestaat niet in de Open Onderwijs API van dit platform; zie \(Self.prefix)/.")
            }
        }
    }

    static let prefix = "/oeapi/v6"

    /// "/courses/{courseId}" → courses, :courseId.
    static func pathComponents(_ path: String) -> [PathComponent] {
        path.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .constant(String(part))
        }
    }

    // MARK: - Service

    /// Where the service owner can be reached: `REGIO_CONTACT_EMAIL`. The specification
    /// requires an address; without configuration a reserved example address stands in,
    /// and the log says so.
    static let placeholderContact = "beheer@example.org"

    static func service(_ req: Request) -> OEAPI.Service {
        let contact = Environment.get("REGIO_CONTACT_EMAIL").flatMap { $0.isEmpty ? nil : $0 }
        if contact == nil { req.logger.warning("REGIO_CONTACT_EMAIL ontbreekt: de OEAPI-service noemt \(placeholderContact) als contact") }
        // Path templates are not URI references; their braces are written percent-encoded.
        func reference(_ path: String) -> String {
            path.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
        }
        return OEAPI.Service(
            contactEmail: contact ?? placeholderContact,
            specification: MapController.baseURL(req) + prefix + "/openapi.json",
            supportedOperations: endpoints.map { OEAPI.Service.Operation(verbs: ["GET"], path: reference($0.path)) },
            supportedExpands: endpoints.filter { !$0.expands.isEmpty }.map { OEAPI.Service.Expands(expandableObjects: $0.expands, path: reference($0.path)) })
    }

    /// The OEAPI 6.0 specification this implementation follows (`Resources/oeapi/`).
    @Sendable static func specification(req: Request) async throws -> Response {
        guard let data = FileManager.default.contents(atPath: req.application.paths.oeapiSpecification) else {
            throw Problem.notFound("De OEAPI-specificatie")
        }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data)).withETag(for: req)
    }

    // MARK: - Lookups

    static func mapping(_ req: Request) async throws -> OEAPIMapping { OEAPIMapping(catalogue: try await OEAPICatalogue.load(req)) }

    static func organisation(_ req: Request, _ m: OEAPIMapping) throws -> Organisation {
        let id = try OEAPIParameters.uuid(req, "organisationId")
        guard let found = m.catalogue.organisationByID[id] else { throw Problem.notFound("Deze organisatie") }
        return found
    }

    static func route(_ req: Request, _ m: OEAPIMapping) throws -> LearningRouteRecord {
        let id = try OEAPIParameters.uuid(req, "programmeId")
        guard let found = m.catalogue.routes.first(where: { $0.id == id }) else { throw Problem.notFound("Deze leerroute") }
        return found
    }

    static func module(_ req: Request, _ m: OEAPIMapping) throws -> ModuleRecord {
        let id = try OEAPIParameters.uuid(req, "courseId")
        guard let found = m.catalogue.moduleByID[id] else { throw Problem.notFound("Deze module") }
        return found
    }

    // MARK: - Collections

    /// Teaching languages, levels, qualifications, fields of study, modes of study and
    /// expected results are not recorded for the offer: filters on them match nothing.
    static func notRecorded(_: Any) -> [String] { [] }

    // Each collection checks its parameters first, then looks up what it lists (`source`),
    // so a malformed request is a 400 whether or not the resource exists.

    /// Courses by name (or in `source`'s order, for a route's courses).
    static func courses(_ source: @autoclosure () throws -> [ModuleRecord], _ m: OEAPIMapping, _ p: OEAPIParameters,
                        byName: Bool = true) throws -> OEAPI.Page<OEAPI.Course> {
        let paging = try p.paging()
        _ = try p.languageTag("teachingLanguage")
        let courses = try source().map { m.course($0) }
        return (byName ? courses.sortedByName() : courses)
            .filtered(by: "teachingLanguage", in: p, notRecorded)
            .filtered(by: "level", in: p, notRecorded)
            .filtered(by: "modeOfDelivery", in: p) { $0.modesOfDelivery ?? [] }
            .page(p, paging)
    }

    static func programmes(_ source: @autoclosure () throws -> [LearningRouteRecord], _ m: OEAPIMapping, _ p: OEAPIParameters) throws -> OEAPI.Page<OEAPI.Programme> {
        let paging = try p.paging()
        _ = try p.languageTag("teachingLanguage")
        return try source().map(m.programme).sortedByName()
            .filtered(by: "teachingLanguage", in: p, notRecorded)
            .filtered(by: "programmeType", in: p) { [$0.programmeType] }
            .filtered(by: "qualificationAwarded", in: p, notRecorded)
            .filtered(by: "levelOfQualification", in: p, notRecorded)
            .filtered(by: "fieldsOfStudy", in: p, notRecorded)
            .page(p, paging)
    }

    /// Offerings one can start from `since` (default: today) until `until`, in date order.
    /// `modeFilter`: whether the path has a `modeOfDelivery` parameter.
    static func courseOfferings(_ source: @autoclosure () throws -> [ModuleRecord], _ m: OEAPIMapping, _ p: OEAPIParameters,
                                modeFilter: Bool) throws -> OEAPI.Page<OEAPI.CourseOffering> {
        let paging = try p.paging()
        _ = try p.languageTag("teachingLanguage"); _ = try p.bool("resultExpected")
        let since = try p.moment("since") ?? RFC3339.start(of: m.catalogue.today), until = try p.moment("until")
        let open = try source().flatMap { m.courseOfferings($0) }.filter { $0.intake.startsWithin(since: since, until: until) }
        let nameRank = Dictionary(open.map(\.offering).sortedByName().enumerated().map { ($1.courseOfferingId, $0) }, uniquingKeysWith: { a, _ in a })
        var offerings = open
            .sorted { ($0.intake.firstDay.ordinal, nameRank[$0.offering.courseOfferingId] ?? 0) < ($1.intake.firstDay.ordinal, nameRank[$1.offering.courseOfferingId] ?? 0) }
            .map(\.offering)
            .filtered(by: "teachingLanguage", in: p, notRecorded)
            .filtered(by: "state", in: p) { $0.state.map { [$0] } ?? [] }
            .filtered(by: "resultExpected", in: p, notRecorded)
        if modeFilter { offerings = offerings.filtered(by: "modeOfDelivery", in: p) { $0.modesOfDelivery ?? [] } }
        return offerings.page(p, paging)
    }

    /// A route's one offering has no dates, so `since` and `until` (checked) leave it in.
    static func programmeOfferings(_ source: @autoclosure () throws -> [LearningRouteRecord], _ m: OEAPIMapping,
                                   _ p: OEAPIParameters) throws -> OEAPI.Page<OEAPI.ProgrammeOffering> {
        let paging = try p.paging()
        _ = try p.languageTag("teachingLanguage"); _ = try p.bool("resultExpected")
        _ = try p.moment("since"); _ = try p.moment("until")
        return try source().map { m.programmeOffering($0) }.sortedByName()
            .filtered(by: "teachingLanguage", in: p, notRecorded)
            .filtered(by: "state", in: p) { [$0.state] }
            .filtered(by: "modeOfStudy", in: p, notRecorded)
            .filtered(by: "resultExpected", in: p, notRecorded)
            .page(p, paging)
    }
}

extension AppPaths {
    /// The OEAPI 6.0 specification shipped with the platform.
    var oeapiSpecification: String { resources + "oeapi/oeapi-6.0.json" }
}
