import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Writing initiatives: validation, permissions, soft delete, history")
struct InitiativeWriteTests {
    static func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

    /// Sends `json` and checks a 4xx with a Dutch message and that nothing was written.
    func expectRejected(_ app: Application, _ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer,
                        status: HTTPResponseStatus, field: String? = nil, message: String) async throws {
        let before = try await app.counts()
        let res = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        #expect(res.status == status, "\(path): \(res.body.string.prefix(300))")
        #expect(res.headers.contentType?.subType == "problem+json")
        let problem = try decode(ProblemBody.self, res)
        #expect(problem.detail.contains(message) || (problem.errors ?? []).contains { $0.message.contains(message) }, "\(problem)")
        if let field { #expect((problem.errors ?? []).contains { $0.field == field }, "\(problem)") }
        let after = try await app.counts()
        #expect(after == before, "nothing may be written")
    }

    @Test("Bad input as a new user would try it: each a Dutch 4xx and nothing written")
    func badInput() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let auth = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let existing = try await app.initiativeID(named: "Wijksupport")
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: auth, body: Self.body(#"{"name":"   "}"#),
                                     status: .unprocessableEntity, field: "name", message: "Naam is verplicht")
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: auth,
                                     body: Self.body(#"{"name":"Leerwerkplaats","startDate":"2026-05-01","fundingEndDate":"2025-12-31"}"#),
                                     status: .unprocessableEntity, field: "fundingEndDate", message: "ligt vóór de startdatum")
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: auth,
                                     body: Self.body(#"{"name":"Leerwerkplaats","municipalityCodes":["GM0363"]}"#),
                                     status: .unprocessableEntity, field: "municipalityCodes", message: "Onbekende gemeentecode")
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: auth, body: Self.body(#"{"name": "Leerwerkplaats", "#),
                                     status: .badRequest, message: "geen geldige JSON")
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: auth, body: Self.body(#"{"name": 42}"#),
                                     status: .badRequest, message: "verkeerde type")
            var xml = TestUsers.basic("coordinator@example.org")
            xml.contentType = .xml
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: xml, body: Self.body("<name>x</name>"),
                                     status: .unsupportedMediaType, message: "Content-Type: application/json")
            try await expectRejected(app, .PATCH, "/api/v1/initiatives/\(UUID().uuidString)", headers: auth, body: Self.body(#"{"name":"x"}"#),
                                     status: .notFound, message: "bestaat niet")
            try await expectRejected(app, .GET, "/api/v1/initiatives/geen-id", headers: [:], body: ByteBuffer(),
                                     status: .notFound, message: "bestaat niet")
            // A long description is refused by validation (in memory); the 10 MB case over HTTP is in `tooLargeOverHTTP`.
            let long = String(repeating: "a", count: Limits.description + 1)
            try await expectRejected(app, .PATCH, "/api/v1/initiatives/\(existing.uuidString)", headers: auth,
                                     body: Self.body(#"{"description":"\#(long)"}"#), status: .unprocessableEntity, field: "description", message: "te lang")
            // No account: no write.
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: .json(), body: Self.body(#"{"name":"Anoniem"}"#),
                                     status: .unauthorized, message: "Log in")
        }
    }

    @Test("A 10 MB description over real HTTP is refused with 413 and a Dutch message")
    func tooLargeOverHTTP() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let before = try await app.counts()
            let description = String(repeating: "x", count: 10 * 1024 * 1024)
            let res = try await app.sendOverLoopback(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                                                     body: ByteBuffer(string: #"{"name":"Groot","description":"\#(description)"}"#))
            #expect(res.status == .payloadTooLarge)
            #expect(res.body.string.contains("te groot"))
            #expect(try await app.counts() == before)
        }
    }

    @Test("An editor may change their own organisation's initiatives, not another's")
    func editorPermissions() async throws {
        try await withApp { app in
            let amerpoort = try await app.organisationID(named: "Amerpoort")
            let abrona = try await app.organisationID(named: "Abrona")
            try await TestUsers.editor(app, organisation: "Amerpoort")
            try await TestUsers.coordinator(app)
            let coordinator = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let editor = HTTPHeaders.json(TestUsers.basic("editor@example.org"))

            // The coordinator links Abrona to an initiative; the Amerpoort editor may not touch it.
            let other = try await app.initiativeID(named: "Leerafdelingen")
            let linked = try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(other.uuidString)", headers: coordinator,
                                                             body: Self.body(#"{"participants":[{"organisationId":"\#(abrona.uuidString)","role":"lead"}]}"#))
            #expect(linked.status == .ok)
            try await expectRejected(app, .PATCH, "/api/v1/initiatives/\(other.uuidString)", headers: editor, body: Self.body(#"{"name":"Overgenomen"}"#),
                                     status: .forbidden, message: "eigen organisatie")
            // An editor's new initiative must include their organisation.
            try await expectRejected(app, .POST, "/api/v1/initiatives", headers: editor, body: Self.body(#"{"name":"Zonder ons"}"#),
                                     status: .unprocessableEntity, field: "participants", message: "eigen organisatie")
            let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: editor,
                                                              body: Self.body(#"{"name":"Leren op de woongroep","participants":[{"organisationId":"\#(amerpoort.uuidString)","role":"lead"}],"municipalityCodes":["GM0308"],"kind":"programme"}"#))
            #expect(created.status == .created)
            let dto = try decode(InitiativeDTO.self, created)
            #expect(dto.participants.first?.organisationName == "Amerpoort")
            let edited = try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(dto.id.uuidString)", headers: editor,
                                                             body: Self.body(#"{"maturity":"pilot"}"#))
            #expect(edited.status == .ok)
            // Editors cannot create organisations.
            try await expectRejected(app, .POST, "/api/v1/organisations", headers: editor, body: Self.body(#"{"name":"Nieuwe Zorg BV"}"#),
                                     status: .forbidden, message: "coördinator")
        }
    }

    @Test("Delete is soft and undoable; the history shows every change with author and time")
    func deleteRestoreHistory() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let auth = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let id = try await app.initiativeID(named: "Omscholingscoach")
            let patch = try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(id.uuidString)", headers: auth,
                                                            body: Self.body(#"{"goal":"Zij-instromers begeleiden naar een baan in de zorg.","targetGroups":["zij-instromers"]}"#))
            #expect(patch.status == .ok)
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/initiatives/\(id.uuidString)", headers: auth).status == .noContent)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(id.uuidString)").status == .notFound)
            let list = try decode(LandscapePageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/initiatives?perPage=100"))
            #expect(list.total == 33)
            #expect(try await Initiative.query(on: app.db).withDeleted().filter(\.$id == id).count() == 1)

            let restored = try await app.testing().sendRequest(.POST, "/api/v1/initiatives/\(id.uuidString)/restore", headers: TestUsers.basic("coordinator@example.org"))
            #expect(restored.status == .ok)
            let dto = try decode(InitiativeDTO.self, restored)
            #expect(dto.goal == "Zij-instromers begeleiden naar een baan in de zorg.")

            let history = try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(id.uuidString)/history")
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let changes = try decoder.decode([ChangeDTO].self, from: history.body)
            #expect(changes.map(\.action) == [.restore, .delete, .update, .import])
            #expect(changes.prefix(3).allSatisfy { $0.author == "Carla Coördinator <coordinator@example.org>" })
            let update = changes[2]
            #expect(update.changes.contains(FieldChange(field: "targetGroups", old: nil, new: "Zij-instromers")))
            #expect(update.changes.contains { $0.field == "goal" && $0.old == nil })
            #expect(changes.allSatisfy { abs($0.at.timeIntervalSinceNow) < 3600 })
        }
    }
}
