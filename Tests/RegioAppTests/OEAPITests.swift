import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Calls `/oeapi/v6` and checks every answer against the OEAPI 6.0 specification shipped
/// in `Resources/oeapi/` (read through the app's resources path).
struct OEAPIClient {
    let app: Application
    let spec: JSONSchemaValidator

    init(_ app: Application) throws {
        self.app = app
        spec = try JSONSchemaValidator(contentsOf: app.paths.oeapiSpecification)
    }

    /// GETs `url` (below `/oeapi/v6`), expects `status`, and checks the body against the
    /// specification's schema for `path` (as the specification writes it), GET and that status.
    @discardableResult
    func get(_ url: String, path: String, status: HTTPStatus = .ok, headers: HTTPHeaders = [:],
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestingHTTPResponse {
        let res = try await app.testing().sendRequest(.GET, "/oeapi/v6" + url, headers: headers)
        #expect(res.status == status, "\(url): \(res.body.string)", sourceLocation: sourceLocation)
        let mediaType = status == .ok ? "application/json" : "application/problem+json"
        #expect(res.headers.first(name: .contentType)?.hasPrefix(mediaType) == true, "\(url)", sourceLocation: sourceLocation)
        let schema = try #require(spec.responseSchema(path: path, status: String(status.code), mediaType: mediaType), sourceLocation: sourceLocation)
        check(res, against: schema, url, sourceLocation: sourceLocation)
        return res
    }

    func check(_ res: TestingHTTPResponse, against schema: JSONValue, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let errors = spec.errors(try JSONValue.parse(Data(res.body.readableBytesView)), schema)
            #expect(errors.isEmpty, "\(what): \(errors.joined(separator: "; "))", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(what): geen JSON: \(res.body.string)", sourceLocation: sourceLocation)
        }
    }

    /// A 4xx answer: the specification's problem+json, with a Dutch detail.
    @discardableResult
    func problem(_ url: String, path: String, status: HTTPStatus, method: HTTPMethod = .GET, headers: HTTPHeaders = [:],
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        let res = try await app.testing().sendRequest(method, "/oeapi/v6" + url, headers: headers)
        #expect(res.status == status, "\(method) \(url): \(res.body.string)", sourceLocation: sourceLocation)
        #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true, "\(url)", sourceLocation: sourceLocation)
        let schema = spec.responseSchema(path: path, status: String(status.code), mediaType: "application/problem+json")
            ?? .object(["$ref": .string("#/components/schemas/Problem")])
        check(res, against: schema, url, sourceLocation: sourceLocation)
        return try JSONValue.parse(Data(res.body.readableBytesView))
    }
}

func decodeOEAPI<T: Decodable>(_ type: T.Type, _ res: TestingHTTPResponse) throws -> T {
    try JSONDecoder().decode(type, from: res.body)
}

@Suite("OEAPI schema validator")
struct OEAPIValidatorTests {
    @Test("The validator passes a conforming course and catches what breaks the schema, so the endpoint checks can fail")
    func rejectsWrongBodies() async throws {
        let app = try await Application.make(.testing)
        let spec = try JSONSchemaValidator(contentsOf: AppPaths.detect(app).oeapiSpecification)
        try await app.asyncShutdown()
        let course = try #require(spec.responseSchema(path: "/courses/{courseId}", status: "200", mediaType: "application/json"))
        func body(_ json: String) throws -> JSONValue { try JSONValue.parse(Data(json.utf8)) }
        let id = "2ed6657d-e927-568b-95e1-2665a8aea6a2"
        let good = #"{"courseId":"\#(id)","primaryCode":{"codeType":"uuid","code":"\#(id)"},"name":[{"language":"nl-NL","value":"Basiszorg"}]"#
        #expect(spec.errors(try body(good + "}"), course).isEmpty)
        #expect(spec.errors(try body(good + #","studyLoad":[{"studyLoadUnit":"hour","value":40}],"level":null}"#), course).isEmpty)

        let wrong: [(String, String)] = [
            (#"{"courseId":"\#(id)","primaryCode":{"codeType":"uuid","code":"x"}}"#, "verplicht veld ‘name’"),
            (#"{"courseId":"geen-uuid","primaryCode":{"codeType":"uuid","code":"x"},"name":[{"language":"nl-NL","value":"A"}]}"#, "geen uuid"),
            (#"{"courseId":"\#(id)","primaryCode":{"codeType":"uuid","code":"x"},"name":[]}"#, "minder dan 1"),
            (#"{"courseId":"\#(id)","primaryCode":{"codeType":"uuid","code":"x","extra":1},"name":[{"language":"nl-NL","value":"A"}]}"#, "niets is hier toegestaan"),
            (#"{"courseId":"\#(id)","primaryCode":{"codeType":"uuid","code":"x"},"name":[{"language":"Dutch","value":"A"}]}"#, "past niet op"),
            (good + #","level":5}"#, "oneOf"),
            (good + #","firstStartDate":"1 februari 2027"}"#, "geen date-time"),
            (good + #","studyLoad":[{"studyLoadUnit":"hour","value":"veertig"}]}"#, "verwacht number"),
        ]
        for (json, expected) in wrong {
            let errors = spec.errors(try body(json), course)
            #expect(errors.contains { $0.contains(expected) }, "\(json) → \(errors)")
        }
        let page = try #require(spec.responseSchema(path: "/courses", status: "200", mediaType: "application/json"))
        #expect(spec.errors(try body(#"{"pageSize":10,"pageNumber":1,"hasPreviousPage":false,"items":[]}"#), page).contains { $0.contains("hasNextPage") })
        let problem = try #require(spec.responseSchema(path: "/courses", status: "400", mediaType: "application/problem+json"))
        #expect(!spec.errors(try body(#"{"type":"about:blank","title":"Ongeldig verzoek"}"#), problem).isEmpty)
    }
}

@Suite("OEAPI 6.0 read API")
struct OEAPITests {
    /// Modules A (two dates, one past), B (continuous intake, funded), C (deleted later), and a route over them.
    struct Offer {
        var a: UUID, b: UUID, c: UUID, route: UUID
        var altrecht: UUID, abrona: UUID, removed: UUID
    }

    static func makeOffer(_ app: Application) async throws -> Offer {
        try await TestUsers.coordinator(app)
        let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
        let altrecht = try await app.organisationID(named: "Altrecht"), abrona = try await app.organisationID(named: "Abrona")
        func create(_ path: String, _ json: String) async throws -> UUID {
            let res = try await app.testing().sendRequest(.POST, "/api/v1/" + path, headers: headers, body: ByteBuffer(string: json))
            #expect(res.status == .created, "\(res.body.string)")
            struct Created: Decodable { var id: UUID }
            return try decode(Created.self, res).id
        }
        let a = try await create("modules", #"{"title":"Fictieve module zorgen met aandacht","providerId":"\#(altrecht.uuidString)","description":"Basiszorg in de praktijk, met aandacht voor de cliënt.","skills":[{"skill":"persoonlijke-verzorging","level":2},{"skill":"handhygiene","level":3}],"hours":40,"form":"klassikaal","municipalityCodes":["GM0344"],"cost":"450","credential":"microcredential","intakeDates":["2030-02-01","2020-09-01"],"languageLevel":"B1"}"#)
        let b = try await create("modules", #"{"title":"Fictieve module online samenwerken","providerId":"\#(abrona.uuidString)","skills":[{"skill":"samenwerken-in-een-team","level":2}],"hours":16,"form":"online","cost":"300","funded":true}"#)
        let c = try await create("modules", #"{"title":"Fictieve module die verdwijnt","providerId":"\#(altrecht.uuidString)","skills":[{"skill":"handhygiene","level":1}],"hours":4,"form":"online","intakeDates":["2030-03-01"]}"#)
        let route = try await create("learning-routes", #"{"title":"Fictieve leerroute naar Helpende","roleKey":"helpende-zorg-en-welzijn","steps":[{"moduleId":"\#(a.uuidString)"},{"moduleId":"\#(c.uuidString)"},{"moduleId":"\#(b.uuidString)"},{"workplace":"Meewerken op de afdeling","hours":40,"skills":[{"skill":"observeren-en-signaleren","level":2}]}],"targetGroups":["zij-instromers"],"hoursPerWeek":24,"durationWeeks":30,"employerIds":["\#(abrona.uuidString)"],"intakeRequirements":"Een motivatiegesprek."}"#)

        // Deleted records are gone from the API: a module (soft delete) and an organisation (through the API).
        let deleted = try #require(try await ModuleRecord.find(c, on: app.db))
        try await deleted.delete(on: app.db)
        let removed = try await app.organisationID(named: "Triamfloat")
        #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/organisations/\(removed.uuidString)", headers: headers).status == .noContent)
        return Offer(a: a, b: b, c: c, route: route, altrecht: altrecht, abrona: abrona, removed: removed)
    }

    @Test("Service, organisations and learning outcomes conform to the specification, paged as it says, without deleted records")
    func serviceOrganisationsOutcomes() async throws {
        try await withApp { app in
            let offer = try await Self.makeOffer(app)
            let api = try OEAPIClient(app)

            let service = try decodeOEAPI(OEAPI.Service.self, try await api.get("/", path: "/"))
            #expect(service.supportedOperations.contains(.init(verbs: ["GET"], path: "/courses/%7BcourseId%7D")))
            #expect(service.specification.hasSuffix("/oeapi/v6/openapi.json") && service.contactEmail.contains("@"))
            #expect(service.supportedExpands.contains(.init(expandableObjects: ["organisation", "programmes"], path: "/courses/%7BcourseId%7D")))
            let specification = try await app.testing().sendRequest(.GET, "/oeapi/v6/openapi.json")
            #expect(specification.status == .ok && specification.body.string.contains("\"Open Education API\""))

            let live = try await Organisation.query(on: app.db).count() // soft-deleted ones left out
            let first = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations", path: "/organisations"))
            #expect(first.pageSize == 10 && first.pageNumber == 1 && !first.hasPreviousPage && first.hasNextPage && first.totalPages == (live + 9) / 10)
            #expect(first.items.count == 10 && first.items.map { $0.name[0].value } == first.items.map { $0.name[0].value }.sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending })
            let all = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations?pageSize=250", path: "/organisations"))
            #expect(all.items.count == live && !all.hasNextPage && !all.items.contains { $0.organisationId == OEAPI.id(offer.removed) })
            let past = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations?pageNumber=99", path: "/organisations"))
            #expect(past.items.isEmpty && past.hasPreviousPage && !past.hasNextPage)
            let found = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations?q=ALTRECHT&organisationType=root", path: "/organisations"))
            #expect(found.items.map(\.organisationId) == [OEAPI.id(offer.altrecht)])
            let byCode = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations?primaryCode=\(offer.altrecht.uuidString)", path: "/organisations"))
            #expect(byCode.items.map(\.organisationId) == [OEAPI.id(offer.altrecht)])
            let none = try decodeOEAPI(OEAPI.Page<OEAPI.Organisation>.self, try await api.get("/organisations?organisationType=faculty", path: "/organisations"))
            #expect(none.items.isEmpty && none.totalPages == 0)

            // A website the register accepts but a URI may not hold as written: sent as a valid URI.
            let website = try await app.testing().sendRequest(.PATCH, "/api/v1/organisations/\(offer.altrecht.uuidString)",
                                                              headers: .json(TestUsers.basic("coordinator@example.org")),
                                                              body: ByteBuffer(string: #"{"website":"https://www.example.org/zorg-ë{2027}"}"#))
            #expect(website.status == .ok)
            let altrecht = try decodeOEAPI(OEAPI.Organisation.self, try await api.get("/organisations/\(OEAPI.id(offer.altrecht))", path: "/organisations/{organisationId}"))
            #expect(altrecht.link == "https://www.example.org/zorg-%C3%AB%7B2027%7D")
            #expect(altrecht.name == [.dutch("Altrecht")] && altrecht.organisationType == "root" && altrecht.primaryCode == .uuid(offer.altrecht))
            #expect(altrecht.ext?.organisationKind == "zorg" && altrecht.ext?.municipalityCode == "GM0344")
            try await api.problem("/organisations/\(OEAPI.id(offer.removed))", path: "/organisations/{organisationId}", status: .notFound)

            let skills = try await SkillRecord.query(on: app.db).count()
            let outcomes = try decodeOEAPI(OEAPI.Page<OEAPI.LearningOutcome>.self, try await api.get("/learning-outcomes?pageSize=20", path: "/learning-outcomes"))
            #expect(outcomes.items.count == 20 && outcomes.totalPages == (skills + 19) / 20)
            let lastPage = try decodeOEAPI(OEAPI.Page<OEAPI.LearningOutcome>.self,
                                           try await api.get("/learning-outcomes?pageSize=20&pageNumber=\(outcomes.totalPages)", path: "/learning-outcomes"))
            #expect(!lastPage.hasNextPage && lastPage.hasPreviousPage && lastPage.items.count == skills - 20 * (outcomes.totalPages - 1))
            let hygiene = try #require(try await SkillRecord.query(on: app.db).filter(\.$key == "handhygiene").first())
            let outcome = try decodeOEAPI(OEAPI.LearningOutcome.self,
                                          try await api.get("/learning-outcomes/\(OEAPI.id(try hygiene.requireID()))", path: "/learning-outcomes/{learningOutcomeId}"))
            #expect(outcome.primaryCode == .init(codeType: "identifier", code: "handhygiene") && outcome.name == [.dutch(hygiene.label)])
            #expect(!outcome.ext.category.label.isEmpty)
            let searched = try decodeOEAPI(OEAPI.Page<OEAPI.LearningOutcome>.self, try await api.get("/learning-outcomes?q=\(hygiene.label.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", path: "/learning-outcomes"))
            #expect(searched.items.map(\.learningOutcomeId).contains(OEAPI.id(try hygiene.requireID())))
        }
    }

    @Test("Courses, programmes and their offerings conform to the specification and say what the records say")
    func offer() async throws {
        try await withApp { app in
            let offer = try await Self.makeOffer(app)
            let api = try OEAPIClient(app)
            let a = OEAPI.id(offer.a), b = OEAPI.id(offer.b), route = OEAPI.id(offer.route)

            let courses = try decodeOEAPI(OEAPI.Page<OEAPI.Course>.self, try await api.get("/courses", path: "/courses"))
            #expect(courses.items.map(\.courseId) == [b, a]) // by name: "… online …" before "… zorgen …"; the deleted one is gone
            let course = try decodeOEAPI(OEAPI.Course.self, try await api.get("/courses/\(a)?expand=organisation,programmes", path: "/courses/{courseId}"))
            #expect(course.name == [.dutch("Fictieve module zorgen met aandacht")] && course.studyLoad == [.init(studyLoadUnit: "hour", value: 40)])
            #expect(course.modesOfDelivery == ["presential"] && course.organisationId == OEAPI.id(offer.altrecht) && course.programmeIds == [route])
            #expect(course.firstStartDate == "2020-09-01T00:00:00+02:00" && course.admissionRequirements == [.dutch("Nederlands op niveau B1 (ERK)")])
            #expect(course.learningOutcomeIds?.count == 2 && course.ext?.skillLevels?.map(\.level) == [2, 3] && course.ext?.credential == "microcredential")
            #expect(course.organisation?.name == [.dutch("Altrecht")] && course.programmes?.map(\.programmeId) == [route])
            #expect(course.link?.hasSuffix("/modules/\(a)") == true)
            let plain = try decodeOEAPI(OEAPI.Course.self, try await api.get("/courses/\(b)", path: "/courses/{courseId}"))
            #expect(plain.organisation == nil && plain.programmes == nil && plain.firstStartDate == nil && plain.modesOfDelivery == ["online"])
            let online = try decodeOEAPI(OEAPI.Page<OEAPI.Course>.self, try await api.get("/courses?modeOfDelivery=online&q=SAMENWERKEN", path: "/courses"))
            #expect(online.items.map(\.courseId) == [b])
            let nl = try decodeOEAPI(OEAPI.Page<OEAPI.Course>.self, try await api.get("/courses?teachingLanguage=nl&level=bachelor", path: "/courses"))
            #expect(nl.items.isEmpty) // teaching language and level are not recorded for modules

            // Offerings: by default only those one can still start; since= shows past intakes too.
            let upcoming = try decodeOEAPI(OEAPI.Page<OEAPI.CourseOffering>.self, try await api.get("/courses/\(a)/course-offerings", path: "/courses/{courseId}/course-offerings"))
            let future = OEAPI.id(OEAPICodes.courseOfferingID(module: offer.a, intake: "2030-02-01"))
            #expect(upcoming.items.map(\.courseOfferingId) == [future])
            let dated = try #require(upcoming.items.first)
            #expect(dated.startDateTime == "2030-02-01T00:00:00+01:00" && dated.state == "active" && dated.flexibleEntryPeriodStartDateTime == nil)
            #expect(dated.priceInformation == [.total(cents: 45_000)] && dated.priceInformation?.first?.amount == "450.00" && dated.courseId == a)
            let history = try decodeOEAPI(OEAPI.Page<OEAPI.CourseOffering>.self,
                                          try await api.get("/courses/\(a)/course-offerings?since=2000-01-01", path: "/courses/{courseId}/course-offerings"))
            #expect(history.items.map(\.startDateTime) == ["2020-09-01T00:00:00+02:00", "2030-02-01T00:00:00+01:00"] && history.items[0].state == nil)
            let until = try decodeOEAPI(OEAPI.Page<OEAPI.CourseOffering>.self,
                                        try await api.get("/courses/\(a)/course-offerings?since=2000-01-01T00:00:00Z&until=2029-12-31T23:59:59%2B01:00", path: "/courses/{courseId}/course-offerings"))
            #expect(until.items.count == 1)

            let continuous = try decodeOEAPI(OEAPI.Page<OEAPI.CourseOffering>.self, try await api.get("/courses/\(b)/course-offerings", path: "/courses/{courseId}/course-offerings"))
            let today = CalendarDay(date: Date())
            let window = try #require(continuous.items.first)
            #expect(continuous.items.count == 1 && window.flexibleEntryPeriodStartDateTime == RFC3339.midnight(today))
            #expect(window.flexibleEntryPeriodEndDateTime == today.adding(months: 12).iso && window.state == "active")
            #expect(window.priceInformation?.first?.amount == "0.00" && window.priceInformation?.first?.ext?.funded == true)
            #expect(window.courseOfferingId == OEAPI.id(OEAPICodes.courseOfferingID(module: offer.b, intake: "continuous")))

            let single = try decodeOEAPI(OEAPI.CourseOffering.self, try await api.get("/course-offerings/\(future)?expand=course", path: "/course-offerings/{courseOfferingId}"))
            #expect(single.courseOfferingId == future && single.course?.courseId == a)
            let byProvider = try decodeOEAPI(OEAPI.Page<OEAPI.CourseOffering>.self,
                                             try await api.get("/organisations/\(OEAPI.id(offer.altrecht))/course-offerings", path: "/organisations/{organisationId}/course-offerings"))
            #expect(byProvider.items.map(\.courseOfferingId) == [future]) // C's intake went with C
            let providerCourses = try decodeOEAPI(OEAPI.Page<OEAPI.Course>.self,
                                                  try await api.get("/organisations/\(OEAPI.id(offer.altrecht))/courses", path: "/organisations/{organisationId}/courses"))
            #expect(providerCourses.items.map(\.courseId) == [a])

            // The route: hours of live modules and the workplace part, modes in step order, the learner's cost.
            let programmes = try decodeOEAPI(OEAPI.Page<OEAPI.Programme>.self, try await api.get("/programmes?programmeType=x-learning-route", path: "/programmes"))
            #expect(programmes.items.map(\.programmeId) == [route])
            let programme = try decodeOEAPI(OEAPI.Programme.self, try await api.get("/programmes/\(route)", path: "/programmes/{programmeId}"))
            #expect(programme.studyLoad == [.init(studyLoadUnit: "hour", value: 40 + 16 + 40)] && programme.duration == "P30W")
            #expect(programme.modesOfDelivery == ["presential", "online", "work_based"] && programme.programmeType == "x-learning-route")
            #expect(programme.admissionRequirements == [.dutch("Een motivatiegesprek.")] && programme.learningOutcomeIds?.count == 4)
            #expect(programme.ext?.role?.key == "helpende-zorg-en-welzijn" && programme.ext?.employerIds == [OEAPI.id(offer.abrona)] && programme.ext?.hoursPerWeek == 24)
            let steps = try decodeOEAPI(OEAPI.Page<OEAPI.Course>.self, try await api.get("/programmes/\(route)/courses", path: "/programmes/{programmeId}/courses"))
            #expect(steps.items.map(\.courseId) == [a, b]) // in step order, without the deleted module
            let offerings = try decodeOEAPI(OEAPI.Page<OEAPI.ProgrammeOffering>.self,
                                            try await api.get("/programmes/\(route)/programme-offerings", path: "/programmes/{programmeId}/programme-offerings"))
            let routeOffering = try #require(offerings.items.first)
            #expect(offerings.items.count == 1 && routeOffering.priceInformation?.first?.amount == "450.00" && routeOffering.programmeId == route)
            let expanded = try decodeOEAPI(OEAPI.ProgrammeOffering.self,
                                           try await api.get("/programme-offerings/\(routeOffering.programmeOfferingId)?expand=programme", path: "/programme-offerings/{programmeOfferingId}"))
            #expect(expanded.programme?.programmeId == route)
            for organisation in [offer.altrecht, offer.abrona] { // provider of a module; employer of the workplace part
                let theirs = try decodeOEAPI(OEAPI.Page<OEAPI.Programme>.self,
                                             try await api.get("/organisations/\(OEAPI.id(organisation))/programmes", path: "/organisations/{organisationId}/programmes"))
                #expect(theirs.items.map(\.programmeId) == [route])
                let theirOfferings = try decodeOEAPI(OEAPI.Page<OEAPI.ProgrammeOffering>.self,
                                                     try await api.get("/organisations/\(OEAPI.id(organisation))/programme-offerings", path: "/organisations/{organisationId}/programme-offerings"))
                #expect(theirOfferings.items.map(\.programmeOfferingId) == [routeOffering.programmeOfferingId])
            }
            let umc = try await app.organisationID(named: "UMC Utrecht")
            let nothing = try decodeOEAPI(OEAPI.Page<OEAPI.Programme>.self,
                                          try await api.get("/organisations/\(OEAPI.id(umc))/programmes", path: "/organisations/{organisationId}/programmes"))
            #expect(nothing.items.isEmpty)

            // The deleted module is not found, nor its offering.
            try await api.problem("/courses/\(OEAPI.id(offer.c))", path: "/courses/{courseId}", status: .notFound)
            try await api.problem("/course-offerings/\(OEAPI.id(OEAPICodes.courseOfferingID(module: offer.c, intake: "2030-03-01")))",
                                  path: "/course-offerings/{courseOfferingId}", status: .notFound)
        }
    }

    @Test("Bad parameters, unknown ids and paths, other methods and versions: the specification's problem+json in Dutch, never a 500")
    func problems() async throws {
        try await withApp { app in
            let api = try OEAPIClient(app)
            let unknown = OEAPI.id(UUID())
            for query in ["pageSize=0", "pageSize=11", "pageNumber=-1", "pageNumber=0", "pageNumber=abc", "pageNumber=2147483648"] {
                let problem = try await api.problem("/courses?\(query)", path: "/courses", status: .badRequest)
                #expect(problem["status"] == .number(400) && problem["title"]?.string == "Ongeldig verzoek")
                #expect(problem["detail"]?.string?.contains(query.components(separatedBy: "=")[0]) == true, "\(problem)")
            }
            let notUUID = try await api.problem("/courses/geen-uuid", path: "/courses/{courseId}", status: .badRequest)
            #expect(notUUID["detail"]?.string == "‘courseId’ is geen geldige UUID; gekregen: ‘geen-uuid’.")
            let missing = try await api.problem("/courses/\(unknown)", path: "/courses/{courseId}", status: .notFound)
            #expect(missing["detail"]?.string == "Deze module bestaat niet (meer).")
            try await api.problem("/programmes/\(unknown)", path: "/programmes/{programmeId}", status: .notFound)
            try await api.problem("/programmes/\(unknown)/courses", path: "/programmes/{programmeId}/courses", status: .notFound)
            try await api.problem("/organisations/\(unknown)/courses", path: "/organisations/{organisationId}/courses", status: .notFound)
            try await api.problem("/organisations/1234/programmes", path: "/organisations/{organisationId}/programmes", status: .badRequest)
            try await api.problem("/course-offerings/\(unknown)", path: "/course-offerings/{courseOfferingId}", status: .notFound)
            try await api.problem("/programme-offerings/\(unknown)", path: "/programme-offerings/{programmeOfferingId}", status: .notFound)
            try await api.problem("/learning-outcomes/\(unknown)", path: "/learning-outcomes/{learningOutcomeId}", status: .notFound)
            try await api.problem("/courses/\(unknown)?expand=teachers", path: "/courses/{courseId}", status: .badRequest)
            try await api.problem("/courses/\(unknown)?expand=", path: "/courses/{courseId}", status: .badRequest)
            try await api.problem("/courses/\(unknown)?returnTimelineOverrides=ja", path: "/courses/{courseId}", status: .badRequest)
            try await api.problem("/courses?teachingLanguage=Nederlands", path: "/courses", status: .badRequest)
            try await api.problem("/organisations/\(unknown)/course-offerings?since=gisteren", path: "/organisations/{organisationId}/course-offerings", status: .badRequest)
            try await api.problem("/learning-outcomes?until=2027-02-30", path: "/learning-outcomes", status: .badRequest)
            try await api.problem("/programmes/\(unknown)/programme-offerings?resultExpected=misschien", path: "/programmes/{programmeId}/programme-offerings", status: .badRequest)

            try await api.problem("/programmes/\(unknown)?returnTimelineOverrides=null", path: "/programmes/{programmeId}", status: .badRequest)
            try await api.problem("/courses?pageSize=10&pageSize=20", path: "/courses", status: .badRequest)
            // filter_query is optional in the standard and not offered here: refused rather than silently ignored.
            let filter = try await api.problem("/courses?filter_query%5Bname%5D%5Blike%5D=*zorg*", path: "/courses", status: .badRequest)
            #expect(filter["detail"]?.string?.contains("filter_query biedt deze implementatie niet aan") == true)

            let nowhere = try await api.problem("/bestaat-niet", path: "", status: .notFound)
            #expect(nowhere["detail"]?.string?.contains("bestaat niet") == true)
            let post = try await app.testing().sendRequest(.POST, "/oeapi/v6/courses")
            #expect(post.status == .methodNotAllowed && post.headers.first(name: .allow) == "GET, HEAD")
            try await api.problem("/courses/\(unknown)", path: "/courses/{courseId}", status: .methodNotAllowed, method: .DELETE)

            var old = HTTPHeaders()
            old.replaceOrAdd(name: .accept, value: "application/vnd.oeapi+json; version=5.0")
            let version = try await api.problem("/courses", path: "/courses", status: .notAcceptable, headers: old)
            #expect(version["requestedVersion"]?.string == "5.0" && version["supportedVersions"] == .array([.string("6.0")]))
            var current = HTTPHeaders()
            current.replaceOrAdd(name: .accept, value: "application/vnd.oeapi+json; version=6.1")
            try await api.get("/courses", path: "/courses", headers: current)
        }
    }
}
