import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Landscape register: seed, overview, search, filters")
struct LandscapeTests {
    @Test("First start loads the region's organisations, initiatives and municipalities; unknown facts stay empty")
    func seedLoadsTheRegion() async throws {
        try await withApp { app in
            #expect(try await Organisation.query(on: app.db).count() == SeedFacts.file.organisations.count)
            #expect(try await Initiative.query(on: app.db).count() == SeedFacts.file.initiatives.count)
            #expect(SeedFacts.file.organisations.count == 39 && SeedFacts.file.initiatives.count == 34)
            #expect(try await Municipality.query(on: app.db).count() == 28)
            #expect(try await Municipality.query(on: app.db).filter(\.$boundary == nil).count() == 0)
            // Nothing is invented: the seed gives no kind for Triamfloat, no place or owner for initiatives.
            let triamfloat = try #require(try await Organisation.query(on: app.db).filter(\.$name == "Triamfloat").first())
            #expect(triamfloat.kind == nil && triamfloat.municipalityCode == nil && triamfloat.careDomains.isEmpty)
            let initiatives = try await Initiative.query(on: app.db).all()
            #expect(initiatives.allSatisfy { $0.kind == nil && $0.maturity == nil && $0.goal == nil && $0.recordStatus == "concept" })
            #expect(initiatives.filter { !$0.municipalityCodes.isEmpty }.map(\.name) == ["Stagekans Utrecht"])
            #expect(try await InitiativeParticipation.query(on: app.db).count() == 0)
            // Seeding again changes nothing.
            #expect(try await Seeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db) == false)
            #expect(try await Organisation.query(on: app.db).count() == 39)
        }
    }

    @Test("The overview shows the region's counts, finds 'leerroute' and filters by theme with correct counts")
    func overviewSearchAndFilter() async throws {
        try await withApp { app in
            let home = try await app.testing().sendRequest(.GET, "/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("34 initiatieven"))
            #expect(home.body.string.contains("39 organisaties"))
            #expect(home.body.string.contains("nog aan te vullen"))

            let search = try await app.testing().sendRequest(.GET, "/?q=leerroute")
            #expect(search.body.string.contains("Persoonlijke leerroutes op maat"))
            #expect(search.body.string.contains("1 initiatief"))

            let expected = try #require(SeedFacts.initiativesWithTheme["kandidaatperspectief"])
            let filtered = try await app.testing().sendRequest(.GET, "/?theme=kandidaatperspectief")
            #expect(filtered.body.string.contains("\(expected) initiatieven"))
            // The theme facet's count in the unfiltered page equals the filtered total.
            let api = try await app.testing().sendRequest(.GET, "/api/v1/initiatives?perPage=100")
            let all = try decode(LandscapePageDTO.self, api)
            #expect(all.total == 34)
            #expect(all.facets["theme"]?["kandidaatperspectief"] == expected)
            let apiFiltered = try decode(LandscapePageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/initiatives?theme=kandidaatperspectief"))
            #expect(apiFiltered.total == expected)
            #expect(apiFiltered.items.allSatisfy { $0.strategicThemes.contains("kandidaatperspectief") })
        }
    }

    @Test("Pagination, sorting and the CSV export follow the same query")
    func paginationSortAndCSV() async throws {
        try await withApp { app in
            let page2 = try decode(LandscapePageDTO.self, try await app.testing().sendRequest(.GET, "/api/v1/initiatives?perPage=10&page=2&sort=-name"))
            #expect(page2.page == 2 && page2.pageCount == 4 && page2.items.count == 10)
            let names = page2.items.map(\.name)
            #expect(names == names.sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedDescending })

            let csv = try await app.testing().sendRequest(.GET, "/initiatieven.csv?theme=leer-en-werkcultuur")
            #expect(csv.headers.contentType?.subType == "csv")
            let rows = try CSV.decode(csv.body.string)
            #expect(rows.first == InitiativeCSV.header)
            #expect(rows.count - 1 == SeedFacts.initiativesWithTheme["leer-en-werkcultuur"])

            let html = try await app.testing().sendRequest(.GET, "/?perPage=10")
            #expect(html.body.string.contains("rel=\"next\""))
        }
    }

    @Test("Bad URL parameters get a Dutch 400, not an empty list", arguments: ["/?page=nul", "/?kind=raket", "/?theme=onbekend", "/api/v1/initiatives?perPage=1000", "/?municipality=GM9999",
                                                                      "/organisaties?sort=raar", "/organisaties?kind=ziekenhuis", "/api/v1/organisations?page=0"])
    func badQueryParameters(_ url: String) async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, url)
            #expect(res.status == .badRequest)
            #expect(res.body.string.contains("Ongeldige zoekopdracht"))
        }
    }

    @Test("Reads carry an ETag and answer 304 to If-None-Match")
    func etags() async throws {
        try await withApp { app in
            let first = try await app.testing().sendRequest(.GET, "/api/v1/initiatives?q=leerroute")
            let tag = try #require(first.headers.first(name: .eTag))
            let again = try await app.testing().sendRequest(.GET, "/api/v1/initiatives?q=leerroute", headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
        }
    }

    @Test("A cached list answer is replaced as soon as the region changes")
    func listCacheFollowsWrites() async throws {
        try await withApp { app in
            app.responseCache = ResponseCache(enabled: true)
            try await TestUsers.coordinator(app)
            let url = "/api/v1/initiatives?q=omscholingscoach"
            let before = try decode(LandscapePageDTO.self, try await app.testing().sendRequest(.GET, url))
            #expect(before.items.first?.goal == nil)
            _ = try await app.testing().sendRequest(.GET, url) // now cached
            let id = try #require(before.items.first?.id)
            let patched = try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(id.uuidString)", headers: .json(TestUsers.basic("coordinator@example.org")),
                                                              body: ByteBuffer(string: #"{"goal":"Nieuw doel"}"#))
            #expect(patched.status == .ok)
            let after = try decode(LandscapePageDTO.self, try await app.testing().sendRequest(.GET, url))
            #expect(after.items.first?.goal == "Nieuw doel")
        }
    }

    @Test("Organisation pages: list, detail with its initiatives, CSV")
    func organisationPages() async throws {
        try await withApp { app in
            let list = try await app.testing().sendRequest(.GET, "/organisaties?q=ziekenhuis")
            #expect(list.body.string.contains("Tergooi Ziekenhuis") && list.body.string.contains("St. Antonius Ziekenhuis"))
            #expect(!list.body.string.contains("Amerpoort"))
            let id = try await app.organisationID(named: "Amerpoort")
            let detail = try await app.testing().sendRequest(.GET, "/organisaties/\(id.uuidString)")
            #expect(detail.body.string.contains("Gehandicaptenzorg") && detail.body.string.contains("Baarn"))
            let csv = try CSV.decode(try await app.testing().sendRequest(.GET, "/organisaties.csv").body.string)
            #expect(csv.count == 40)
            let api = try await app.testing().sendRequest(.GET, "/api/v1/organisations?kind=onderwijs")
            let page = try decode(OrganisationPageDTO.self, api)
            #expect(page.items.map(\.name).sorted() == ["Hogeschool Utrecht", "Hoornbeeck College", "MBO Amersfoort", "MBO Utrecht", "ROC Midden Nederland"])
        }
    }
}
