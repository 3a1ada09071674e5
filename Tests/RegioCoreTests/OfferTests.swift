import Foundation
@testable import RegioCore
import Testing

@Suite("Skills, roles and what a learning route covers")
struct OfferTests {
    static func level(_ n: Int) -> SkillLevel { SkillLevel(rawValue: n)! }
    static let categories = [(key: "zorg", label: "Cliëntzorg"), (key: "team", label: "Samenwerken")]
    static let skills = (1...10).map { Skill(key: "s\($0)", label: "Vaardigheid \($0)", category: $0 <= 5 ? "zorg" : "team", description: "") }
    static let helpende = Role(key: "helpende", label: "Helpende Zorg en Welzijn", educationLevel: "mbo 2", domain: "", description: "", next: ["vig"],
                               requires: (1...10).map { SkillRequirement(skill: "s\($0)", level: level($0 <= 8 ? 2 : 3)) })

    @Test("Levels are 1 to 4 with Dutch names")
    func levels() {
        #expect(SkillLevel(rawValue: 0) == nil && SkillLevel(rawValue: 5) == nil)
        #expect(Self.level(3).dutchLabel == "Doet het zelfstandig")
        #expect(Self.level(1) < Self.level(2))
    }

    @Test("A taxonomy with unknown references, doubles or a circular career path is refused with every problem in Dutch")
    func taxonomyChecks() throws {
        let vig = Role(key: "vig", label: "Verzorgende-IG", educationLevel: "mbo 3", domain: "", description: "", next: [], requires: [])
        let taxonomy = try SkillTaxonomy(categories: Self.categories, skills: Self.skills, roles: [Self.helpende, vig])
        #expect(taxonomy.role("helpende")?.requires.count == 10 && taxonomy.skill("s3")?.category == "zorg")

        let loop = Role(key: "vig", label: "Verzorgende-IG", educationLevel: "mbo 3", domain: "", description: "", next: ["helpende"],
                        requires: [SkillRequirement(skill: "onbekend", level: Self.level(2))])
        let double = Skill(key: "s1", label: "Andere naam", category: "nergens", description: "")
        do {
            _ = try SkillTaxonomy(categories: Self.categories, skills: Self.skills + [double], roles: [Self.helpende, loop])
            Issue.record("expected a refusal")
        } catch {
            let messages = error.errors.map(\.message)
            #expect(messages.contains("De vaardigheid ‘s1’ staat er twee keer in."))
            #expect(messages.contains("Onbekende categorie ‘nergens’ bij ‘s1’."))
            #expect(messages.contains("‘Verzorgende-IG’ vraagt een onbekende vaardigheid: ‘onbekend’."))
            #expect(messages.contains("De doorstroom van ‘Helpende Zorg en Welzijn’ leidt terug naar zichzelf."))
        }
    }

    @Test("Three modules and a workplace part cover 8 of the 10 skills of Helpende: 80 %, with the two missing named (hand-checked)")
    func coverage() {
        var a = ModuleFields(title: "Basiszorg"), b = ModuleFields(title: "Communicatie"), c = ModuleFields(title: "Samenwerken")
        a.hours = 40; a.costCents = 45_000; a.skills = (1...4).map { SkillRequirement(skill: "s\($0)", level: Self.level(2)) }
        b.hours = 24; b.funded = true; b.costCents = 30_000; b.skills = [SkillRequirement(skill: "s5", level: Self.level(3)), SkillRequirement(skill: "s6", level: Self.level(2))]
        c.hours = 16; c.costCents = nil; c.skills = [SkillRequirement(skill: "s7", level: Self.level(2)), SkillRequirement(skill: "s9", level: Self.level(2))]
        let ids = (UUID(), UUID(), UUID())
        var route = LearningRouteFields(title: "Fictieve route naar Helpende")
        route.steps = [.module(ids.0), .module(ids.1), .workplace(description: "Meewerken op de afdeling", hours: 200, skills: [SkillRequirement(skill: "s8", level: Self.level(2))]),
                       .module(ids.2), .module(UUID())]
        let coverage = RouteCoverage.of(route, modules: [ids.0: a, ids.1: b, ids.2: c], role: Self.helpende)
        #expect(coverage.totalHours == 40 + 24 + 200 + 16)
        #expect(coverage.totalCostCents == 45_000, "the funded module is free, the unknown price is left out")
        #expect(!coverage.costComplete)
        #expect(coverage.covered == ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"])
        #expect(coverage.percent == 80)
        // s9 is taught at level 2 but needed at 3; s10 not at all.
        #expect(coverage.missing == [RouteCoverage.Missing(skill: "s9", required: Self.level(3), taught: Self.level(2)),
                                     RouteCoverage.Missing(skill: "s10", required: Self.level(3), taught: nil)])
    }

    @Test("A route without steps or without a role is 0 % or complete, never a crash")
    func edges() {
        let empty = RouteCoverage.of(LearningRouteFields(title: "Leeg"), modules: [:], role: Self.helpende)
        #expect(empty.percent == 0 && empty.missing.count == 10 && empty.totalHours == 0 && empty.costComplete)
        #expect(RouteCoverage.of(LearningRouteFields(title: "Zonder beroep"), modules: [:], role: nil).share == 1)
        // Two thirds is 66 %, never rounded up to 67: the percentage is a promise.
        let third = Role(key: "r", label: "R", educationLevel: "", domain: "", description: "", next: [],
                         requires: (1...3).map { SkillRequirement(skill: "s\($0)", level: Self.level(1)) })
        var route = LearningRouteFields(title: "Twee van drie")
        route.steps = [.workplace(description: "", hours: 1, skills: [SkillRequirement(skill: "s1", level: Self.level(1)), SkillRequirement(skill: "s2", level: Self.level(4))])]
        #expect(RouteCoverage.of(route, modules: [:], role: third).percent == 66)
    }
}
