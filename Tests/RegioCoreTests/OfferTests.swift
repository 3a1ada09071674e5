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

@Suite("Module input: every problem in Dutch, money in Dutch notation")
struct ModuleInputTests {
    static let provider = UUID()
    static let vocabulary = OfferVocabulary(skillKeys: ["persoonlijke-verzorging", "handhygiene"], municipalityCodes: ["GM0307", "GM0344"], organisationIDs: [provider])

    @Test("A complete module passes; dates are sorted and doubles dropped; language level in capitals")
    func valid() throws {
        var input = ModuleInput()
        input.title = "  Basiszorg thuis  "; input.providerId = Self.provider.uuidString
        input.skills = [SkillLevelInput(skill: "persoonlijke-verzorging", level: 2), SkillLevelInput(skill: "handhygiene", level: 3)]
        input.hours = "40"; input.form = "hybride"; input.municipalityCodes = ["gm0307"]; input.cost = "1.250,50"
        input.credential = "microcredential"; input.intakeDates = ["2027-02-01", "2026-09-01", "2027-02-01"]; input.languageLevel = "b1"; input.licence = "open"
        let f = try ModuleFields.validate(input, vocabulary: Self.vocabulary).get()
        #expect(f.title == "Basiszorg thuis" && f.providerID == Self.provider && f.hours == 40 && f.form == .hybrid)
        #expect(f.costCents == 125_050 && f.credential == .microcredential && f.licence == .open && f.languageLevel == "B1")
        #expect(f.intakeDates.map(\.iso) == ["2026-09-01", "2027-02-01"] && !f.continuousIntake)
        #expect(f.municipalityCodes == ["GM0307"])
    }

    @Test("Every wrong field is named at once")
    func invalid() {
        var input = ModuleInput()
        input.providerId = UUID().uuidString
        input.skills = [SkillLevelInput(skill: "vliegen", level: 2), SkillLevelInput(skill: "handhygiene", level: 7)]
        input.hours = "veel"; input.form = "per post"; input.cost = "gratis"; input.intakeDates = ["1 maart"]; input.languageLevel = "D1"
        guard case .failure(let failure) = ModuleFields.validate(input, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(Set(failure.errors.map(\.field)) == ["title", "providerId", "skills[0]", "skills[1]", "hours", "form", "cost", "intakeDates", "languageLevel"])
        #expect(failure.messages(for: "skills[1]") == ["Kies een niveau van 1 tot en met 4 voor ‘handhygiene’."])
        #expect(failure.messages(for: "cost") == ["Kosten ‘gratis’ is geen bedrag in euro’s, zoals 450 of 450,00."])
    }

    @Test("Amounts as people write them", arguments: [("450", 45_000), ("450,5", 45_050), ("450,50", 45_050), ("€ 1.250,00", 125_000), ("450.50", 45_050), ("0", 0), ("3.000", 300_000), ("€ 1.000.000", 100_000_000)])
    func amounts(raw: String, cents: Int) {
        #expect(ModuleFields.cents(raw) == cents)
    }

    @Test("Not amounts", arguments: ["", "-5", "4,505", "abc", "1,2,3", "99999999", "1.000.000,01", "12.345,678"])
    func notAmounts(raw: String) {
        #expect(ModuleFields.cents(raw) == nil)
    }
}
