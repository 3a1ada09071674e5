import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Skills and roles of the learning offer")
struct SkillsTests {
    @Test("The taxonomy file holds at least 120 skills and 15 roles, with the roles the region names, and hangs together")
    func taxonomyFile() throws {
        let paths = AppPaths(resources: FileManager.default.currentDirectoryPath + "/Resources/", data: NSTemporaryDirectory())
        let taxonomy = try TaxonomyFile.load(path: paths.taxonomyFile).taxonomy()
        #expect(taxonomy.skills.count >= 120)
        #expect(taxonomy.roles.count >= 15)
        for label in ["Helpende Zorg en Welzijn", "Verzorgende-IG", "MBO-Verpleegkundige", "Begeleider gehandicaptenzorg", "Medewerker maatschappelijke zorg",
                      "Thuiszorgmedewerker", "Gastvrouw/-heer", "Persoonlijk begeleider", "HBO-Verpleegkundige"] {
            #expect(taxonomy.roles.contains { $0.label == label }, "\(label)")
        }
        #expect(taxonomy.role("helpende-zorg-en-welzijn")?.requires.count == 10)
        #expect(!taxonomy.skills.contains { $0.escoURI != nil }, "no ESCO identifier is guessed")
    }

    @Test("Roles list, a role's required skills and next step, skills search and CSV; unknown input is a Dutch 4xx")
    func pages() async throws {
        try await withApp { app in
            let roles = try await app.testing().sendRequest(.GET, "/beroepen")
            #expect(roles.status == .ok && roles.body.string.contains("href=\"/beroepen/helpende-zorg-en-welzijn\""))
            let helpende = try await app.testing().sendRequest(.GET, "/beroepen/helpende-zorg-en-welzijn").body.string
            #expect(helpende.contains("Gevraagde vaardigheden (10)"))
            #expect(helpende.contains("Handhygiëne") && helpende.contains("3 · Doet het zelfstandig"))
            #expect(helpende.contains("href=\"/beroepen/verzorgende-ig\""))
            let vig = try await app.testing().sendRequest(.GET, "/beroepen/verzorgende-ig").body.string
            #expect(vig.contains("Komt vaak van") && vig.contains("href=\"/beroepen/helpende-zorg-en-welzijn\""))

            let search = try await app.testing().sendRequest(.GET, "/vaardigheden?q=handhygiene").body.string
            #expect(search.contains("Handhygiëne") && search.contains("Gevraagd voor: "))
            let all = try await app.testing().sendRequest(.GET, "/vaardigheden").body.string
            let fileCount = try TaxonomyFile.load(path: app.paths.taxonomyFile).skills.count
            #expect(all.contains("\(fileCount) vaardigheden"))
            let csv = try await app.testing().sendRequest(.GET, "/vaardigheden.csv?category=hygiene-en-veiligheid")
            let rows = try CSV.decode(csv.body.string)
            #expect(rows.first == ["key", "label", "category", "description", "escoUri"])
            #expect(rows.count > 2 && rows.dropFirst().allSatisfy { $0[2] == "hygiene-en-veiligheid" })

            let missing = try await app.testing().sendRequest(.GET, "/beroepen/astronaut")
            #expect(missing.status == .notFound && missing.body.string.contains("astronaut"))
            #expect(try await app.testing().sendRequest(.GET, "/vaardigheden?category=ruimtevaart").status == .badRequest)
            #expect(try await app.testing().sendRequest(.GET, "/vaardigheden?q=" + String(repeating: "a", count: 201)).status == .badRequest)
            let none = try await app.testing().sendRequest(.GET, "/vaardigheden?q=xyzzy").body.string
            #expect(none.contains("Geen vaardigheden gevonden"))
        }
    }
}
