import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Export and import of a whole region")
struct TransferTests {
    @Test("Export → empty database → import reproduces the region exactly")
    func roundTrip() async throws {
        var exported = Data()
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let auth = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let org = try await app.organisationID(named: "Altrecht")
            // Some edits, a deletion and participants, so the export has more than the seed.
            let res = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: auth, body: ByteBuffer(string:
                #"{"name":"Herstelacademie","kind":"programme","startDate":"2025-09-01","fundingEndDate":"2027-06-30","participants":[{"organisationId":"\#(org.uuidString)","role":"lead"}],"wholeRegion":true,"links":["https://example.org/herstel"]}"#))
            #expect(res.status == .created)
            let gone = try await app.initiativeID(named: "MBOHup")
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/initiatives/\(gone.uuidString)", headers: auth).status == .noContent)
            // Two verdicts on flagged pairs, one withdrawn: both travel with the region.
            let region = try #require(try await Region.query(on: app.db).filter(\.$slug == "utrechtzorg").first())
            let a = try await app.initiativeID(named: "Digitale vaardigheden"), b = try await app.initiativeID(named: "Flex-level-opleiden")
            try await OverlapJudgement(regionID: try region.requireID(), pair: (a, b), verdict: .connected, author: "Carla Coördinator").create(on: app.db)
            let withdrawn = OverlapJudgement(regionID: try region.requireID(), pair: (b, gone), verdict: .notDuplicate, author: "Carla Coördinator")
            try await withdrawn.create(on: app.db)
            try await withdrawn.delete(on: app.db)
            // A module and a route of the learning offer travel too.
            let module = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: auth, body: ByteBuffer(string:
                #"{"title":"Fictieve module export","providerId":"\#(org.uuidString)","skills":[{"skill":"handhygiene","level":3}],"hours":8,"form":"online","cost":"95","intakeDates":["2027-02-01"]}"#))
            let moduleID = try decode(ModuleAPIController.ModuleDTO.self, module).id
            let route = try await app.testing().sendRequest(.POST, "/api/v1/learning-routes", headers: auth, body: ByteBuffer(string:
                #"{"title":"Fictieve route export","roleKey":"helpende-zorg-en-welzijn","steps":[{"moduleId":"\#(moduleID.uuidString)"},{"workplace":"Meelopen","hours":40}]}"#))
            #expect(route.status == .created)
            // Learning places of a fictional organisation travel too, a deleted one as well.
            let host = try decode(OrganisationDTO.self, try await app.testing().sendRequest(.POST, "/api/v1/organisations", headers: auth,
                                                                                          body: ByteBuffer(string: #"{"name":"Fictief Leerbedrijf Export"}"#))).id
            for (kind, code) in [("bbl-plek", "GM0344"), ("snuffelstage", "GM0321")] {
                let place = try await app.testing().sendRequest(.POST, "/api/v1/learning-places", headers: auth, body: ByteBuffer(string:
                    #"{"organisationId":"\#(host.uuidString)","municipalityCode":"\#(code)","kind":"\#(kind)","count":3,"supervisionCapacity":2,"startDate":"2026-09-01","endDate":"2027-07-15"}"#))
                #expect(place.status == .created)
                if kind == "snuffelstage" {
                    let id = try decode(LearningPlaceAPIController.LearningPlaceDTO.self, place).id
                    #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/learning-places/\(id.uuidString)", headers: auth).status == .noContent)
                }
            }
            // Collaboration travels too: a session, a coalition with a purpose case, an action with progress (at version 2), a review.
            func post(_ path: String, _ json: String) async throws -> UUID {
                let res = try await app.testing().sendRequest(.POST, path, headers: auth, body: ByteBuffer(string: json))
                #expect(res.status == .created, "\(res.body.string)")
                return try decode(CollaborationTests.Created.self, res).id
            }
            let session = try await post("/api/v1/development-sessions", #"{"date":"2026-10-01","title":"Fictieve sessie export","question":"Hoe?","participantCount":"3","ideas":["Idee"]}"#)
            let coalition = try await post("/api/v1/coalitions", #"{"name":"Fictieve coalitie export","question":"Wat?","sessionId":"\#(session)","members":[{"organisationId":"\#(host)","role":"trekker"}]}"#)
            #expect(try await app.testing().sendRequest(.PUT, "/api/v1/coalitions/\(coalition)/purpose-case", headers: auth, body: ByteBuffer(string:
                #"{"version":1,"stakeholders":[{"name":"Fictieve partij"}],"items":[{"stakeholder":"Fictieve partij","direction":"inbreng","description":"Uren","unit":"uren","amount":"12,5"}]}"#)).status == .ok)
            let action = try await post("/api/v1/actions", #"{"title":"Fictieve actie export","scope":"centraal","phase":"2026-Q4","coalitionIds":["\#(coalition)"]}"#)
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/actions/\(action)/updates", headers: auth, body: ByteBuffer(string: #"{"date":"2026-11-01","text":"Begonnen","status":"lopend","version":"1"}"#)).status == .created)
            _ = try await post("/api/v1/progress-reviews", #"{"coalitionId":"\#(coalition)","date":"2026-11-02","scores":{"gedeelde-ambitie":"3","eigenaarschap":"3","samenwerking":"3","resultaten":"2","borging":"2","leren-en-bijsturen":"4"},"narrative":"Fictief"}"#)
            // Collective strength too: a supplier, an item with demand, a scheme, a barrier solved with a factsheet.
            let browser = HTMLFlowTests.Browser(app)
            try await browser.login("coordinator@example.org")
            #expect(try await browser.post("/leveranciers", [("name", "Fictieve Leverancier Export")]).status == .seeOther)
            let supplier = try #require(try await SupplierRecord.query(on: app.db).first()?.id)
            let item = try await browser.post("/inhoud/nieuw", [("title", "Fictieve inhoud export"), ("supplierId", supplier.uuidString), ("licenceModel", "per-plek"), ("listPrice", "99,50")])
            let itemPath = try #require(item.headers.first(name: .location))
            #expect(try await browser.post("\(itemPath)/vraag", [("organisationId", host.uuidString), ("year", "2026"), ("quantity", "12")]).status == .seeOther)
            let scheme = try await post("/api/v1/funding-schemes", #"{"name":"Fictieve regeling export","funder":"Fictief fonds","deadlines":["2027-01-15"]}"#)
            let barrier = try await post("/api/v1/barriers", #"{"title":"Fictieve belemmering export","description":"Fictief.","category":"financiering","organisationIds":["\#(host)"],"status":"opgelost-binnen-de-regels","solution":"Fictieve oplossing.","fundingSchemeIds":["\#(scheme)"],"published":"ja"}"#)
            _ = try await post("/api/v1/factsheets", #"{"barrierId":"\#(barrier)","question":"Fictieve vraag export?","answer":"Fictief antwoord.","published":"ja"}"#)
            exported = try RegionTransfer.encode(try await RegionExport.make(regionSlug: "utrechtzorg", on: app.db))
        }
        try await withApp { app in
            // withApp seeds the default region; import into a database without it.
            try await app.autoRevert()
            try await app.autoMigrate()
            #expect(try await Region.query(on: app.db).count() == 0)
            let export = try RegionTransfer.decode(exported)
            try await export.load(into: app.db)
            let again = try await RegionExport.make(regionSlug: "utrechtzorg", on: app.db)
            #expect(again.region == export.region)
            #expect(again.municipalities == export.municipalities)
            #expect(again.vocabulary == export.vocabulary)
            #expect(again.organisations == export.organisations)
            #expect(again.initiatives == export.initiatives)
            #expect(again.history == export.history)
            #expect(again.overlapJudgements == export.overlapJudgements)
            #expect(again.skills == export.skills && (again.skills?.count ?? 0) > 100 && again.roles == export.roles)
            #expect(again.modules == export.modules && again.modules?.count == 1 && again.learningRoutes == export.learningRoutes && again.learningRoutes?.count == 1)
            #expect(again.learningPlaces == export.learningPlaces && again.learningPlaces?.count == 2 && again.learningPlaces?.filter { $0.deletedAt != nil }.count == 1)
            #expect(again.overlapJudgements?.count == 2 && again.overlapJudgements?.filter { $0.deletedAt != nil }.count == 1)
            #expect(again.milestones == export.milestones && again.figures == export.figures && again.labourMarketRegions == export.labourMarketRegions)
            #expect(again.developmentSessions == export.developmentSessions && again.developmentSessions?.count == 1)
            #expect(again.coalitions == export.coalitions && again.coalitions?.first?.fields.purposeCase?.stakeholders.first?.items.first?.amount == Amount(hundredths: 1250))
            #expect(again.actions == export.actions && again.actions?.first?.version == 2 && again.actions?.first?.fields.status == .running)
            #expect(again.actionUpdates == export.actionUpdates && again.actionUpdates?.count == 1)
            #expect(again.progressReviews == export.progressReviews && again.progressReviews?.count == 1)
            #expect(again.suppliers == export.suppliers && again.suppliers?.count == 1 && again.contentItems == export.contentItems && again.contentItems?.count == 1)
            #expect(again.demands == export.demands && again.demands?.first?.fields.quantity == 12)
            #expect(again.fundingSchemes == export.fundingSchemes && again.barriers == export.barriers && again.factsheets == export.factsheets && again.factsheets?.count == 1)
            for (a, b) in zip(again.organisations, export.organisations) where a != b {
                Issue.record("organisation differs: \(a) vs \(b) \(a.createdAt?.timeIntervalSince1970 ?? 0) \(b.createdAt?.timeIntervalSince1970 ?? 0)")
                break
            }
            #expect(try RegionTransfer.encode(again) == exported)
            #expect(again.initiatives.count == 35 && again.initiatives.filter { $0.deletedAt != nil }.count == 1)
            // Importing twice is refused and changes nothing.
            await #expect(throws: Problem.self) { try await export.load(into: app.db) }
            #expect(try await Initiative.query(on: app.db).withDeleted().count() == 35)
        }
    }
}
