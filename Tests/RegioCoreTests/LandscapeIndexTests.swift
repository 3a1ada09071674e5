import Foundation
@testable import RegioCore
import Testing

@Suite("LandscapeIndex: search, facets, sort, pages")
struct LandscapeIndexTests {
    static let orgA = UUID(), orgB = UUID()

    static func entry(_ name: String, themes: [String] = [], groups: [String] = [], kind: InitiativeKind? = nil, places: [String] = [],
                      wholeRegion: Bool = false, orgs: [UUID] = [], fundingEnd: String? = nil, goal: String? = nil, updated: Double = 0) -> InitiativeEntry {
        var f = InitiativeFields(name: name)
        f.strategicThemes = themes; f.targetGroups = groups; f.kind = kind; f.municipalityCodes = places; f.wholeRegion = wholeRegion
        f.participants = orgs.map { Participant(organisationID: $0, role: .partner) }
        f.fundingEndDate = fundingEnd.flatMap(CalendarDay.init(iso:)); f.goal = goal
        return InitiativeEntry(id: UUID(), fields: f, updatedAt: Date(timeIntervalSince1970: updated))
    }

    static let index = LandscapeIndex(entries: [
        entry("Persoonlijke leerroutes op maat", themes: ["kandidaat"], groups: ["zij-instromers"], kind: .programme, places: ["GM0344"], orgs: [orgA], fundingEnd: "2027-06-30"),
        entry("Leercoach in de wijk", themes: ["cultuur"], groups: ["zittend-personeel"], kind: .instrument, places: ["GM0307"], orgs: [orgB], fundingEnd: "2026-12-31", updated: 10),
        entry("Zorgacademie", themes: ["kandidaat", "innovatief"], groups: ["zij-instromers", "vrijwilligers"], wholeRegion: true, orgs: [orgA, orgB],
              goal: "Opleiden van zij-instromers tot verzorgende", updated: 5),
        entry("Stagekans", themes: ["kandidaat"], groups: ["studenten"], places: ["GM0344"], fundingEnd: "2030-06-30"),
    ], regionMunicipalities: ["GM0344", "GM0307", "GM0402"])
    static let today = CalendarDay(iso: "2026-11-24")!

    func run(_ build: (inout LandscapeQuery) -> Void) -> LandscapePage<InitiativeEntry> {
        var q = LandscapeQuery()
        build(&q)
        return Self.index.run(q, today: Self.today)
    }

    @Test func dutchSearchFindsInflectedWordsAndRanksNameHits() {
        #expect(run { $0.text = "leerroute" }.items.map(\.fields.name) == ["Persoonlijke leerroutes op maat"])
        #expect(run { $0.text = "LEERROUTES" }.total == 1)
        let r = run { $0.text = "zij-instromers" }
        #expect(Set(r.items.map(\.fields.name)) == ["Zorgacademie", "Persoonlijke leerroutes op maat"]) // goal text and target group
        #expect(run { $0.text = "verzorgenden" }.total == 1)
        #expect(run { $0.text = "leer" }.total == 2) // prefix: leerroutes, leercoach
        #expect(run { $0.text = "de het een" }.total == 4) // stop words only: no text filter
        #expect(run { $0.text = "onbestaandwoord" }.total == 0)
    }

    @Test func facetCountsAreDisjunctive() {
        let r = run { $0.strategicThemes = ["kandidaat"] }
        #expect(r.total == 3)
        // The theme facet ignores its own filter: choosing a second theme would add results.
        #expect(r.facets[.strategicTheme]?["cultuur"] == 1)
        #expect(r.facets[.strategicTheme]?["kandidaat"] == 3)
        // Other facets are counted within the filtered set.
        #expect(r.facets[.targetGroup]?["zij-instromers"] == 2)
        #expect(r.facets[.targetGroup]?["zittend-personeel"] == 0)
        let both = run { $0.strategicThemes = ["kandidaat"]; $0.targetGroups = ["studenten"] }
        #expect(both.items.map(\.fields.name) == ["Stagekans"])
    }

    @Test func wholeRegionInitiativesActInEveryMunicipality() {
        let r = run { $0.municipalityCodes = ["GM0402"] }
        #expect(r.items.map(\.fields.name) == ["Zorgacademie"])
        #expect(run { $0.municipalityCodes = ["GM0344"] }.total == 3)
        #expect(run { _ in }.facets[.municipality]?["GM0344"] == 3)
    }

    @Test func fundingEndingWithinMonths() {
        #expect(run { $0.fundingEndsWithinMonths = 3 }.items.map(\.fields.name) == ["Leercoach in de wijk"])
        #expect(run { $0.fundingEndsWithinMonths = 12 }.total == 2)
        let facet = run { _ in }.facets[.fundingEnding]
        #expect(facet?["3"] == 1 && facet?["24"] == 2)
    }

    @Test func organisationAndKindFilters() {
        #expect(run { $0.organisationIDs = [Self.orgB.uuidString] }.total == 2)
        #expect(run { $0.kinds = [.programme, .instrument] }.total == 2)
    }

    @Test func sortAndPaginate() {
        #expect(run { $0.sort = .name }.items.map(\.fields.name) == ["Leercoach in de wijk", "Persoonlijke leerroutes op maat", "Stagekans", "Zorgacademie"])
        #expect(run { $0.sort = .updated }.items.first?.fields.name == "Leercoach in de wijk")
        #expect(run { $0.sort = .fundingEnd }.items.map(\.fields.name) == ["Leercoach in de wijk", "Persoonlijke leerroutes op maat", "Stagekans", "Zorgacademie"])
        let p2 = run { $0.sort = .name; $0.perPage = 3; $0.page = 2 }
        #expect(p2.items.map(\.fields.name) == ["Zorgacademie"] && p2.pageCount == 2 && p2.total == 4)
        #expect(run { $0.perPage = 3; $0.page = 99 }.page == 2) // past the end: the last page
        #expect(Self.index.run(LandscapeQuery(), today: Self.today, paginate: false).items.count == 4)
    }
}

@Suite("Query parsing from URLs")
struct LandscapeQueryParsingTests {
    let vocabulary = LandscapeVocabulary(strategicThemes: ["kandidaatperspectief"], targetGroups: ["zij-instromers"], municipalityCodes: ["GM0344"])

    @Test func parsesRepeatedParametersAndKeepsThemInLinks() throws {
        let params = QueryString.decode("q=leer+route&theme=kandidaatperspectief&kind=lab&kind=platform&municipality=gm0344&page=2&utm_source=x")
        let q = try LandscapeQuery.parse(params, vocabulary: vocabulary).get()
        #expect(q.text == "leer route" && q.kinds == [.lab, .platform] && q.municipalityCodes == ["GM0344"] && q.page == 2)
        let again = try LandscapeQuery.parse(QueryString.decode(QueryString.encode(q.parameters)), vocabulary: vocabulary).get()
        #expect(again == q)
    }

    @Test(arguments: ["page=0", "page=abc", "perPage=101", "kind=raket", "theme=iets", "fundingEndsWithin=-1", "sort=random", "municipality=GM0001"])
    func rejectsBadValuesInDutch(_ query: String) {
        guard case .failure(let failure) = LandscapeQuery.parse(QueryString.decode(query), vocabulary: vocabulary) else {
            Issue.record("\(query) was accepted")
            return
        }
        #expect(failure.errors.count == 1)
        #expect(!failure.errors[0].message.isEmpty && !failure.errors[0].message.contains("invalid"))
    }
}
