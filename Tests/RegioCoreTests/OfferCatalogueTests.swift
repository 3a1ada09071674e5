import Foundation
@testable import RegioCore
import Testing

@Suite("The offer catalogue: search, facets with counts, sort")
struct OfferCatalogueTests {
    static let helpende = Role(key: "helpende", label: "Helpende", educationLevel: "mbo 2", domain: "zorg", description: "", next: [],
                               requires: [SkillRequirement(skill: "handhygiene", level: SkillLevel(rawValue: 2)!),
                                          SkillRequirement(skill: "tillen", level: SkillLevel(rawValue: 2)!)])
    static let moduleA = UUID(), moduleB = UUID(), moduleC = UUID(), routeR = UUID(), employer = UUID()

    /// A: online and funded, anywhere; B: classroom in Utrecht, € 450; C: a price nobody
    /// knows, not for Helpende; R: A then B then 80 hours at work, to Helpende.
    static func catalogue() -> OfferCatalogue {
        var a = ModuleFields(title: "Handhygiëne in de praktijk")
        a.skills = [SkillRequirement(skill: "handhygiene", level: SkillLevel(rawValue: 3)!)]; a.hours = 8; a.form = .online; a.funded = true; a.costCents = 9_500
        var b = ModuleFields(title: "Veilig tillen")
        b.skills = [SkillRequirement(skill: "tillen", level: SkillLevel(rawValue: 2)!)]; b.hours = 40; b.form = .classroom
        b.municipalityCodes = ["GM0344"]; b.costCents = 45_000; b.description = "Transfers met de tillift"
        var c = ModuleFields(title: "Administratie voor teamleiders")
        c.skills = [SkillRequirement(skill: "plannen", level: SkillLevel(rawValue: 3)!)]; c.hours = 300; c.form = .hybrid; c.municipalityCodes = ["GM0307"]
        var r = LearningRouteFields(title: "Route naar Helpende")
        r.roleKey = "helpende"; r.targetGroups = ["zij-instromers"]; r.employerIDs = [employer]
        r.steps = [.module(moduleA), .module(moduleB), .workplace(description: "Meewerken", hours: 80, skills: [])]
        let modules = [moduleA: a, moduleB: b, moduleC: c]
        return OfferCatalogue(entries: [
            .module(id: moduleA, a, roles: [helpende]), .module(id: moduleB, b, roles: [helpende]), .module(id: moduleC, c, roles: [helpende]),
            .route(id: routeR, r, modules: modules, employerPlaces: ["GM0356"]),
        ])
    }

    @Test("A route adds up its modules and workplace part: hours, learner cost (funded counts 0), forms, skills, places")
    func routeEntry() {
        let route = Self.catalogue().entries[3]
        #expect(route.hours == 128 && route.learnerCostCents == 45_000)
        #expect(route.forms == [.online, .classroom, .workplace] && route.skills == ["handhygiene", "tillen"])
        #expect(route.municipalityCodes == ["GM0344", "GM0356"] && route.roles == ["helpende"] && route.organisationIDs == [Self.employer])
        #expect(Self.catalogue().entries[2].roles.isEmpty, "C teaches no skill Helpende requires")
    }

    @Test("Words match title and body by prefix and stem; title hits rank first")
    func text() {
        let catalogue = Self.catalogue()
        var q = CatalogueQuery()
        q.text = "til"
        #expect(catalogue.search(q).items.map(\.title) == ["Veilig tillen"])
        q.text = "tillift"
        #expect(catalogue.search(q).items.map(\.title) == ["Veilig tillen"])
        q.text = "helpende"
        #expect(catalogue.search(q).items.map(\.id) == [Self.routeR])
        q.text = "onbekendwoord"
        #expect(catalogue.search(q).total == 0)
    }

    @Test("Facet counts take every other filter into account, not their own")
    func disjunctiveCounts() {
        var q = CatalogueQuery()
        q.chosen[.form] = ["online"]
        let page = Self.catalogue().search(q)
        #expect(page.items.map(\.title) == ["Handhygiëne in de praktijk", "Route naar Helpende"])
        #expect(page.facets[.form]?["klassikaal"] == 2 && page.facets[.form]?["hybride"] == 1, "other forms still counted")
        #expect(page.facets[.kind]?["module"] == 1 && page.facets[.kind]?["leerroute"] == 1)
        #expect(page.facets[.cost]?["gratis"] == 1 && page.facets[.cost]?["250-1000"] == 1)
        #expect(page.facets[.hours]?["tot-8"] == 1 && page.facets[.hours]?["41-200"] == 1)
    }

    @Test("A municipality finds what is offered there and what is offered anywhere; its count says so")
    func municipality() {
        var q = CatalogueQuery()
        q.chosen[.municipality] = ["GM0344"]
        let page = Self.catalogue().search(q)
        #expect(Set(page.items.map(\.id)) == [Self.moduleA, Self.moduleB, Self.routeR])
        #expect(page.facets[.municipality]?["GM0344"] == 3 && page.facets[.municipality]?["GM0307"] == 2 && page.facets[.municipality]?.anywhere == 1)
    }

    @Test("Role, skill, target group and cost filters; sort by hours and by cost with unknown prices last; pages")
    func filtersAndSort() {
        let catalogue = Self.catalogue()
        var q = CatalogueQuery()
        q.chosen[.role] = ["helpende"]
        #expect(catalogue.search(q).total == 3)
        q.chosen[.targetGroup] = ["zij-instromers"]
        #expect(catalogue.search(q).items.map(\.id) == [Self.routeR])
        q = CatalogueQuery()
        q.chosen[.skill] = ["tillen"]; q.chosen[.cost] = ["250-1000"]
        #expect(catalogue.search(q).items.map(\.title) == ["Route naar Helpende", "Veilig tillen"])
        q = CatalogueQuery()
        q.sort = .hours
        #expect(catalogue.search(q).items.map(\.hours) == [8, 40, 128, 300])
        q.sort = .cost
        #expect(catalogue.search(q).items.map(\.learnerCostCents) == [0, 45_000, 45_000, nil])
        q = CatalogueQuery()
        q.perPage = 3; q.page = 2
        let second = catalogue.search(q)
        #expect(second.items.count == 1 && second.pageCount == 2 && second.items.first?.title == "Veilig tillen")
    }

    @Test("URL parameters: known values read, unknown ones each a Dutch error, parameters written back the same")
    func parsing() throws {
        let vocabulary = CatalogueQuery.Vocabulary(skills: ["tillen"], roles: ["helpende"], municipalities: ["GM0344"], targetGroups: ["zij-instromers"], organisations: [])
        let q = try CatalogueQuery.parse(["q": ["tillen"], "vaardigheid": ["tillen"], "gemeente": ["gm0344"], "vorm": ["online"], "sort": ["uren"]],
                                         vocabulary: vocabulary).get()
        #expect(q.chosen[.municipality] == ["GM0344"] && q.sort == .hours)
        #expect(try CatalogueQuery.parse(Dictionary(grouping: q.parameters, by: \.0).mapValues { $0.map(\.1) }, vocabulary: vocabulary).get() == q)
        guard case .failure(let failure) = CatalogueQuery.parse(["vaardigheid": ["vliegen"], "kosten": ["duur"], "page": ["0"]], vocabulary: vocabulary) else {
            Issue.record("unknown values must fail"); return
        }
        #expect(Set(failure.errors.map(\.field)) == ["vaardigheid", "kosten", "page"])
        #expect(failure.errors.contains { $0.message.contains("vliegen") })
    }
}

@Suite("Import plans: what an import writes, by mode")
struct ImportPlanTests {
    typealias Row = ImportRow<String, String>
    static let rows: [Row] = [
        Row(row: 2, key: "a", result: .success("A")),           // unchanged
        Row(row: 3, key: "b", result: .success("B2")),          // changes b
        Row(row: 4, key: nil, result: .success("new")),         // new
        Row(row: 5, key: "a", result: .success("A again")),     // same key twice
        Row(row: 6, key: "gone", result: .success("back")),     // deleted record
        Row(row: 7, key: nil, result: .failure(ValidationFailure([FieldError("title", "Titel is verplicht.")]))),
    ]

    @Test("A dry run writes nothing but counts what would happen; all-or-nothing writes nothing with one mistake; valid-only writes the valid rows")
    func modes() {
        let current = ["a": "A", "b": "B"], refused = ["gone": ImportRefusal.deleted]
        let dry = ImportPlan(rows: Self.rows, current: current, refused: refused, mode: .dryRun)
        #expect(dry.steps.isEmpty && dry.report.valid == 3 && dry.report.unchanged == 1 && dry.report.updated == 1 && dry.report.created == 1)
        #expect(dry.report.errors.map(\.row) == [5, 6, 7] && dry.report.invalidRows == 3)
        #expect(ImportPlan(rows: Self.rows, current: current, refused: refused, mode: .allOrNothing).steps.isEmpty)
        #expect(ImportPlan(rows: Self.rows, current: current, refused: refused, mode: .validOnly).steps.count == 2, "the change and the new row; the unchanged row is left alone")
        let clean = Array(Self.rows.prefix(3))
        #expect(ImportPlan(rows: clean, current: current, mode: .allOrNothing).steps.count == 2)
    }
}

@Suite("Alphabetical order of names")
struct AlphabeticalOrderTests {
    @Test("Numbers sort by value, case and accents do not count, ties by id")
    func order() {
        let names = ["Module 13", "module 2", "Éénmalig", "Module 2b", "Aanloop"]
        let ids = names.map { _ in UUID() }
        let order = AlphabeticalOrder(names: names, ids: ids).order.map { names[$0] }
        #expect(order == ["Aanloop", "Éénmalig", "module 2", "Module 2b", "Module 13"])
    }
}
