import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Modules and routes are edited, deleted, restored, and keep their history")
struct OfferLifecycleTests {
    @Test("An editor edits their module in the form; another organisation's editor may not; delete hides it from the offer and its routes, undo brings it back; history names each step")
    func moduleLifecycle() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await TestUsers.editor(app, organisation: "Altrecht")
            try await TestUsers.editor(app, organisation: "Abrona", email: "ander@example.org")
            let altrecht = try await app.organisationID(named: "Altrecht")
            let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let created = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: coordinator, body: ModuleTests.body(provider: altrecht))
            let id = try decode(ModuleAPIController.ModuleDTO.self, created).id
            let route = try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: coordinator, body: ByteBuffer(string:
                #"{"title":"Fictieve route","roleKey":"helpende-zorg-en-welzijn","steps":[{"moduleId":"\#(id.uuidString)"}]}"#))
            let routeID = try decode(LearningRouteAPIController.RouteDTO.self, route).id

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("editor@example.org")
            let form = try await browser.get("/modules/\(id.uuidString)/bewerken")
            #expect(form.status == .ok && form.body.string.contains("Module bewerken") && form.body.string.contains("value=\"1250,50\""))
            let edited = try await browser.post("/modules/\(id.uuidString)/bewerken", [
                ("title", "Fictieve module basiszorg, herzien"), ("providerId", altrecht.uuidString), ("skill-0", "persoonlijke-verzorging"), ("level-0", "3"),
                ("hours", "48"), ("form", "hybride"), ("cost", "1.250,50"), ("credential", "microcredential"), ("intakeDates", "2027-02-01"), ("languageLevel", "B1"),
                ("municipalityCodes[]", "GM0307")])
            #expect(edited.status == .seeOther)
            let module = try #require(try await ModuleRecord.find(id, on: app.db))
            #expect(module.title == "Fictieve module basiszorg, herzien" && module.hours == 48 && module.skills == [SkillRequirement(skill: "persoonlijke-verzorging", level: SkillLevel(rawValue: 3)!)])

            let other = HTMLFlowTests.Browser(app)
            try await other.login("ander@example.org")
            #expect(try await other.get("/modules/\(id.uuidString)/bewerken").status == .forbidden)
            #expect(try await other.post("/modules/\(id.uuidString)/verwijderen", []).status == .forbidden)
            #expect(!(try await other.get("/modules/\(id.uuidString)")).body.string.contains("/bewerken\""))

            let deleted = try await browser.post("/modules/\(id.uuidString)/verwijderen", [])
            #expect(deleted.status == .seeOther)
            #expect(try await app.testing().sendRequest(.GET, "/modules/\(id.uuidString)").status == .notFound)
            #expect(try decode(ModuleAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/modules")).total == 0)
            let routeAfter = try decode(LearningRouteAPIController.RouteDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-routes/\(routeID.uuidString)"))
            #expect(routeAfter.coverage.totalHours == 0, "a deleted module counts nothing in its routes")
            let trash = try await browser.get("/prullenbak")
            #expect(trash.body.string.contains("Fictieve module basiszorg, herzien") && trash.body.string.contains("Module"))
            let ownPage = try await browser.get("/modules/\(id.uuidString)")
            #expect(ownPage.status == .ok && ownPage.body.string.contains("Deze module is verwijderd op"))

            #expect(try await browser.post("/modules/\(id.uuidString)/herstellen", []).status == .seeOther)
            #expect(try await app.testing().sendRequest(.GET, "/modules/\(id.uuidString)").status == .ok)
            let restoredRoute = try decode(LearningRouteAPIController.RouteDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-routes/\(routeID.uuidString)"))
            #expect(restoredRoute.coverage.totalHours == 48)

            let history = try await app.testing().sendRequest(.GET, "/modules/\(id.uuidString)/geschiedenis").body.string
            for word in ["Aangemaakt", "Gewijzigd", "Verwijderd", "Hersteld", "Eddie Editor", "Fictieve module basiszorg, herzien"] {
                #expect(history.contains(word), "history shows \(word)")
            }
            let api = try await app.testing().sendRequest(.GET, "/api/v1/modules/\(id.uuidString)/history")
            #expect(api.status == .ok && api.body.string.contains("\"restore\""))
        }
    }

    @Test("A route is edited in the builder (workplace skills kept) and through PUT; DELETE and restore through the API; the list pages with coverage")
    func routeLifecycle() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let headers = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let provider = try await app.organisationID(named: "Altrecht")
            let module = try decode(ModuleAPIController.ModuleDTO.self, try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: headers,
                                                                                                          body: ModuleTests.body(provider: provider)))
            let created = try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: headers, body: ByteBuffer(string:
                #"{"title":"Fictieve route","roleKey":"helpende-zorg-en-welzijn","steps":[{"moduleId":"\#(module.id.uuidString)"},{"workplace":"Meewerken","hours":80,"skills":[{"skill":"huishoudelijke-taken","level":2}]}]}"#))
            #expect(created.status == .created)
            let id = try decode(LearningRouteAPIController.RouteDTO.self, created).id

            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            let form = try await browser.get("/leerroutes/\(id.uuidString)/bewerken")
            #expect(form.status == .ok && form.body.string.contains("Leerroute bewerken") && form.body.string.contains("huishoudelijke-taken:2"))
            let saved = try await browser.post("/leerroutes/\(id.uuidString)/bewerken", [
                ("title", "Fictieve route, herzien"), ("roleKey", "helpende-zorg-en-welzijn"), ("step-module-0", module.id.uuidString),
                ("step-workplace-1", "Meewerken"), ("step-hours-1", "100"), ("step-skills-1", "huishoudelijke-taken:2"), ("action", "save")])
            #expect(saved.status == .seeOther && saved.headers.first(name: .location) == "/leerroutes/\(id.uuidString)")
            let route = try #require(try await LearningRouteRecord.find(id, on: app.db))
            #expect(route.title == "Fictieve route, herzien")
            #expect(route.steps.last == .workplace(description: "Meewerken", hours: 100, skills: [SkillRequirement(skill: "huishoudelijke-taken", level: SkillLevel(rawValue: 2)!)]))

            let put = try await app.testing().sendRequest(.PUT, "/api/v1/learning-routes/\(id.uuidString)", headers: headers, body: ByteBuffer(string:
                #"{"title":"Fictieve route via de API","steps":[{"moduleId":"\#(module.id.uuidString)"}]}"#))
            #expect(put.status == .ok)
            #expect(try decode(LearningRouteAPIController.RouteDTO.self, put).roleKey == nil, "PUT replaces the whole route")
            let badPut = try await app.testing().sendRequest(.PUT, "/api/v1/learning-routes/\(id.uuidString)", headers: headers, body: ByteBuffer(string: #"{"title":""}"#))
            #expect(badPut.status == .unprocessableEntity)
            #expect(try await LearningRouteRecord.find(id, on: app.db)?.title == "Fictieve route via de API")

            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/learning-routes/\(id.uuidString)", headers: headers).status == .noContent)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/learning-routes/\(id.uuidString)").status == .notFound)
            #expect(try decode(LearningRouteAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-routes")).total == 0)
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/learning-routes/\(id.uuidString)/restore", headers: headers).status == .ok)
            let list = try decode(LearningRouteAPIController.PageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/learning-routes"))
            #expect(list.total == 1 && list.items.first?.coverage.totalHours == 40)
            let history = try await app.testing().sendRequest(.GET, "/leerroutes/\(id.uuidString)/geschiedenis").body.string
            #expect(history.contains("Fictieve route via de API") && history.contains("Hersteld"))
        }
    }
}
