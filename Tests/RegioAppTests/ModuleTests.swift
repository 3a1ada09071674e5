import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Modules of the regional offer")
struct ModuleTests {
    static func body(provider: UUID, title: String = "Fictieve module basiszorg") -> ByteBuffer {
        ByteBuffer(string: #"{"title":"\#(title)","providerId":"\#(provider.uuidString)","skills":[{"skill":"persoonlijke-verzorging","level":2},{"skill":"handhygiene","level":3}],"hours":40,"form":"hybride","municipalityCodes":["GM0307"],"cost":"1.250,50","credential":"microcredential","intakeDates":["2027-02-01"],"languageLevel":"B1"}"#)
    }

    @Test("A coordinator adds a module for any provider, an editor only for their own; the page and JSON show it; history records who")
    func createAndShow() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await TestUsers.editor(app, organisation: "Altrecht")
            let altrecht = try await app.organisationID(named: "Altrecht"), other = try await app.organisationID(named: "Abrona")
            let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org")), editor = HTTPHeaders.json(TestUsers.basic("editor@example.org"))

            let created = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: coordinator, body: Self.body(provider: other))
            #expect(created.status == .created)
            let module = try decode(ModuleAPIController.ModuleDTO.self, created)
            #expect(module.cost == 1250.5 && module.hours == 40 && module.providerName == "Abrona" && !module.continuousIntake)

            let forbidden = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: editor, body: Self.body(provider: other))
            #expect(forbidden.status == .forbidden)
            let own = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: editor, body: Self.body(provider: altrecht, title: "Fictieve module van Altrecht"))
            #expect(own.status == .created)
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/modules", body: Self.body(provider: altrecht)).status == .unauthorized)

            let page = try await app.testing().sendRequest(.GET, "/modules/\(module.id.uuidString)").body.string
            #expect(page.contains("€ 1.250,50") && page.contains("Persoonlijke verzorging") && page.contains("Handhygiëne"))
            #expect(page.contains("Nederlands op niveau B1") && page.contains("Amersfoort"))

            let list = try decode(ModuleAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/modules"))
            #expect(list.total == 2 && list.items.map(\.title) == ["Fictieve module basiszorg", "Fictieve module van Altrecht"])
            let history = try await RecordChange.query(on: app.db).filter(\.$entity == "module").all()
            #expect(history.count == 2 && history.contains { $0.author.contains("Carla Coördinator") })
        }
    }

    @Test("Bad module input: every field named in Dutch, 422, nothing written; bad ids and pages are 4xx")
    func badInput() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let bad = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers,
                                                          body: ByteBuffer(string: #"{"skills":[{"skill":"vliegen","level":2}],"hours":0,"form":"per post","cost":"gratis"}"#))
            #expect(bad.status == .unprocessableEntity)
            for field in ["title", "skills[0]", "hours", "form", "cost"] { #expect(bad.body.string.contains("\"\(field)\""), "\(field)") }
            #expect(try await ModuleRecord.query(on: app.db).count() == 0)
            #expect(try await app.testing().sendRequest(.GET, "/modules/\(UUID().uuidString)").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/modules/geen-id").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/modules?page=0").status == .badRequest)
        }
    }
}

@Suite("Learning routes against their role")
struct LearningRouteTests {
    @Test("Three modules and a route to Helpende Zorg en Welzijn: 80 %, the two missing skills named, totals added up")
    func routeToHelpende() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let provider = try await app.organisationID(named: "Altrecht")
            var ids: [String] = []
            for (title, skills, cost) in [("Fictieve module basiszorg", #"[{"skill":"persoonlijke-verzorging","level":2},{"skill":"hulp-bij-eten-en-drinken","level":2},{"skill":"tillen-en-transfers","level":2}]"#, "450"),
                                          ("Fictieve module veilig werken", #"[{"skill":"handhygiene","level":3},{"skill":"observeren-en-signaleren","level":2},{"skill":"rapporteren-in-het-ecd","level":2}]"#, "300,50"),
                                          ("Fictieve module samenwerken", #"[{"skill":"clientgericht-communiceren","level":2},{"skill":"samenwerken-in-een-team","level":2}]"#, "0")] {
                let body = #"{"title":"\#(title)","providerId":"\#(provider.uuidString)","skills":\#(skills),"hours":24,"form":"klassikaal","cost":"\#(cost)"}"#
                let created = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers, body: ByteBuffer(string: body))
                #expect(created.status == .created)
                ids.append(try decode(ModuleAPIController.ModuleDTO.self, created).id.uuidString)
            }
            let steps = ids.map { #"{"moduleId":"\#($0)"}"# }.joined(separator: ",") + #",{"workplace":"Meewerken op de afdeling","hours":120}"#
            let route = try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: headers, body: ByteBuffer(string:
                #"{"title":"Fictieve route naar Helpende","roleKey":"helpende-zorg-en-welzijn","steps":[\#(steps)],"targetGroups":["zij-instromers"],"hoursPerWeek":24,"durationWeeks":30}"#))
            #expect(route.status == .created)
            let dto = try decode(LearningRouteAPIController.RouteDTO.self, route)
            #expect(dto.coverage.percent == 80 && dto.coverage.required == 10)
            #expect(dto.coverage.missing.map(\.skill) == ["huishoudelijke-taken", "activiteiten-begeleiden"])
            #expect(dto.coverage.totalHours == 3 * 24 + 120 && dto.coverage.totalCost == 750.5 && dto.coverage.costComplete)

            let page = try await app.testing().sendRequest(.GET, "/leerroutes/\(dto.id.uuidString)").body.string
            #expect(page.contains("80%") && page.contains("8 van de 10") && page.contains("Huishoudelijke taken") && page.contains("Activiteiten begeleiden"))
            #expect(page.contains("€ 750,50") && page.contains("192 uur"))

            let bad = try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: headers, body: ByteBuffer(string:
                #"{"roleKey":"astronaut","steps":[{"moduleId":"\#(UUID().uuidString)"},{"workplace":"Zonder uren"}],"hoursPerWeek":99}"#))
            #expect(bad.status == .unprocessableEntity)
            for field in ["title", "roleKey", "steps[0]", "steps[1]", "hoursPerWeek"] { #expect(bad.body.string.contains("\"\(field)\""), "\(field)") }
        }
    }
}

@Suite("The module form")
struct ModuleFormTests {
    @Test("An editor adds a module for their organisation in the form; mistakes come back beside the fields; anonymous visitors log in first")
    func form() async throws {
        try await withApp { app in
            try await TestUsers.editor(app, organisation: "Altrecht")
            let altrecht = try await app.organisationID(named: "Altrecht")
            let anonymous = try await app.testing().sendRequest(.GET, "/modules/nieuw")
            #expect(anonymous.status == .seeOther && (anonymous.headers.first(name: .location) ?? "").hasPrefix("/inloggen"))

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("editor@example.org")
            let form = try await browser.get("/modules/nieuw")
            #expect(form.status == .ok && form.body.string.contains("value=\"\(altrecht.uuidString)\" selected"))

            let bad = try await browser.post("/modules/nieuw", [("title", ""), ("providerId", altrecht.uuidString), ("skill-0", ""), ("hours", "veel"), ("form", "klassikaal")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Titel is verplicht.") && bad.body.string.contains("Kies ten minste één vaardigheid die de module leert."))
            #expect(bad.body.string.contains("Studiebelasting moet een heel aantal uren zijn"))
            #expect(try await ModuleRecord.query(on: app.db).count() == 0)

            let good = try await browser.post("/modules/nieuw", [("title", "Fictieve module handhygiëne"), ("providerId", altrecht.uuidString),
                                                                  ("skill-0", "handhygiene"), ("level-0", "3"), ("skill-1", ""), ("level-1", "2"),
                                                                  ("hours", "8"), ("form", "online"), ("cost", "95"), ("intakeDates", "2027-02-01, 2026-09-01"),
                                                                  ("municipalityCodes[]", "GM0344")])
            #expect(good.status == .seeOther)
            let location = try #require(good.headers.first(name: .location))
            let page = try await browser.get(location)
            #expect(page.body.string.contains("Fictieve module handhygiëne") && page.body.string.contains("€ 95,00") && page.body.string.contains("Utrecht"))
            #expect(page.body.string.contains("2026-09-01 en 2027-02-01"))
        }
    }
}

@Suite("The route builder")
struct RouteBuilderTests {
    @Test("Steps in the order their numbers give; 'Bereken dekking' shows 80 % without saving; 'Opslaan' saves and shows the route")
    func builder() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let provider = try await app.organisationID(named: "Altrecht")
            var ids: [String] = []
            for (title, skills) in [("Fictief A", #"[{"skill":"persoonlijke-verzorging","level":2},{"skill":"hulp-bij-eten-en-drinken","level":2},{"skill":"tillen-en-transfers","level":2}]"#),
                                    ("Fictief B", #"[{"skill":"handhygiene","level":3},{"skill":"observeren-en-signaleren","level":2},{"skill":"rapporteren-in-het-ecd","level":2}]"#),
                                    ("Fictief C", #"[{"skill":"clientgericht-communiceren","level":2},{"skill":"samenwerken-in-een-team","level":2}]"#)] {
                let res = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers, body: ByteBuffer(string:
                    #"{"title":"\#(title)","providerId":"\#(provider.uuidString)","skills":\#(skills),"hours":10,"form":"online"}"#))
                ids.append(try decode(ModuleAPIController.ModuleDTO.self, res).id.uuidString)
            }
            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            #expect(try await browser.get("/leerroutes/nieuw").status == .ok)
            let fields: [(String, String)] = [("title", "Fictieve route Helpende"), ("roleKey", "helpende-zorg-en-welzijn"),
                                              ("step-order-0", "3"), ("step-module-0", ids[2]),
                                              ("step-order-1", "1"), ("step-module-1", ids[0]),
                                              ("step-order-2", "2"), ("step-module-2", ids[1]),
                                              ("step-order-3", "1,5"), ("step-workplace-3", "Meelopen op de afdeling"), ("step-hours-3", "40")]
            let preview = try await browser.post("/leerroutes/nieuw", fields + [("action", "preview")])
            #expect(preview.status == .ok && preview.body.string.contains("80%") && preview.body.string.contains("Huishoudelijke taken"))
            #expect(try await LearningRouteRecord.query(on: app.db).count() == 0)

            // The builder's script asks for the panel alone; it needs a signed-in user and the form's token.
            let fragment = try await browser.post("/leerroutes/dekking", fields)
            #expect(fragment.status == .ok && fragment.body.string.hasPrefix("<section") && fragment.body.string.contains("80%"))
            #expect(try await app.testing().sendRequest(.POST, "/leerroutes/dekking").status != .ok)

            let saved = try await browser.post("/leerroutes/nieuw", fields + [("action", "save")])
            #expect(saved.status == .seeOther)
            let route = try #require(try await LearningRouteRecord.query(on: app.db).first())
            #expect(route.steps.count == 4)
            if case .module(let first) = route.steps[0] { #expect(first.uuidString == ids[0]) } else { Issue.record("first step should be module A") }
            if case .workplace(let what, let hours, _) = route.steps[1] { #expect(what == "Meelopen op de afdeling" && hours == 40) } else { Issue.record("second step should be the workplace part") }
            let page = try await browser.get(try #require(saved.headers.first(name: .location))).body.string
            #expect(page.contains("80%") && page.contains("70 uur"))

            let invalid = try await browser.post("/leerroutes/nieuw", [("title", ""), ("step-workplace-0", "Zonder uren"), ("action", "save")])
            #expect(invalid.status == .unprocessableEntity && invalid.body.string.contains("Titel is verplicht."))
        }
    }
}
