import Foundation
@testable import RegioCore
import Testing

/// Room in the rules: the barrier register, factsheets, funding schemes and similar barriers.
/// All organisations, schemes and barriers are fictional.
@Suite("Room in the rules: barriers, factsheets, funding schemes and similar barriers")
struct CollectiveBarrierTests {
    static let zorghuis = UUID(), thuiszorg = UUID(), scheme = UUID(), coalition = UUID(), initiative = UUID()
    static let vocabulary = BarrierVocabulary(organisationIDs: [zorghuis, thuiszorg], fundingSchemeIDs: [scheme], coalitionIDs: [coalition])

    static var input: BarrierInput {
        var i = BarrierInput()
        i.title = "  Verletkosten bij BBL-opleiding  "
        i.description = "Wie een medewerker een BBL-opleiding laat volgen, moet de uren op de afdeling vervangen."
        i.category = "financiering"
        i.organisationIds = [zorghuis.uuidString, " ", zorghuis.uuidString, thuiszorg.uuidString]
        i.status = "opgelost-binnen-de-regels"
        i.solution = "De fictieve regeling vergoedt ook de vervanging, als die in de aanvraag staat."
        i.relatedRules = ["Fictieve regeling Leren in de Zorg, artikel 4\n\n  Fictieve cao Zorg, hoofdstuk 10  "]
        i.fundingSchemeIds = [scheme.uuidString]
        i.coalitionIds = [coalition.uuidString]
        i.published = "ja"
        return i
    }

    @Test("Categories and statuses have Dutch labels; only the two solved statuses count as solved")
    func labels() {
        #expect(BarrierCategory.allCases.map(\.rawValue) == ["regelgeving", "financiering", "organisatie", "onderwijs", "arbeidsvoorwaarden"])
        #expect(BarrierCategory.allCases.map(\.dutchLabel) == ["Regelgeving", "Financiering", "Organisatie", "Onderwijs", "Arbeidsvoorwaarden"])
        #expect(BarrierStatus.allCases.map(\.dutchLabel) == ["Open", "Opgelost binnen de regels", "Opgelost met een andere aanpak", "Geëscaleerd"])
        #expect(BarrierStatus.allCases.filter(\.isSolved) == [.solvedWithinRules, .solvedOtherwise])
    }

    @Test("A good barrier: trimmed, organisations once, rules one per line; its input validates to it again")
    func valid() throws {
        let f = try BarrierFields.validate(Self.input, vocabulary: Self.vocabulary).get()
        #expect(f.title == "Verletkosten bij BBL-opleiding" && f.category == .funding && f.status == .solvedWithinRules)
        #expect(f.organisationIDs == [Self.zorghuis, Self.thuiszorg])
        #expect(f.relatedRules == ["Fictieve regeling Leren in de Zorg, artikel 4", "Fictieve cao Zorg, hoofdstuk 10"])
        #expect(f.fundingSchemeIDs == [Self.scheme] && f.coalitionIDs == [Self.coalition] && f.published)
        #expect(try BarrierFields.validate(BarrierInput(f), vocabulary: Self.vocabulary).get() == f)
        // Open by default, without solution, organisations or coalitions.
        var open = BarrierInput(); open.title = "Iets"; open.description = "Wat in de weg zit."; open.category = "onderwijs"
        let o = try BarrierFields.validate(open, vocabulary: Self.vocabulary).get()
        #expect(o.status == .open && o.solution == nil && o.organisationIDs.isEmpty && o.coalitionIDs.isEmpty && !o.published)
    }

    @Test("A solved barrier needs its solution; unknown references and categories are named in Dutch")
    func invalid() {
        var i = Self.input
        i.solution = "  "; i.category = "geld"; i.fundingSchemeIds = [UUID().uuidString]; i.organisationIds = ["Fictief Zorghuis"]
        guard case .failure(let f) = BarrierFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.field) == ["category", "organisationIds", "solution", "fundingSchemeIds"])
        #expect(f.messages(for: "solution") == ["Beschrijf de oplossing: bij de status ‘Opgelost binnen de regels’ hoort wat er is gedaan, zodat anderen het kunnen overnemen."])
        #expect(f.messages(for: "category").first?.hasPrefix("Onbekende waarde ‘geld’ voor soort belemmering. Kies uit: regelgeving (Regelgeving)") == true)
        #expect(f.messages(for: "organisationIds") == ["Onbekende organisatie ‘Fictief Zorghuis’: kies uit de lijst van de regio."])
        #expect(f.messages(for: "fundingSchemeIds").first?.hasPrefix("Onbekende regeling") == true)
        var other = Self.input; other.status = "opgelost-andere-aanpak"; other.solution = nil
        guard case .failure(let g) = BarrierFields.validate(other, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(g.messages(for: "solution").first?.contains("‘Opgelost met een andere aanpak’") == true)
        var empty = BarrierInput(); empty.status = "geescaleerd"
        guard case .failure(let h) = BarrierFields.validate(empty, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(h.errors.map(\.field) == ["title", "description", "category"])  // escalated needs no solution
    }

    @Test("Every status change is allowed and described for the history; reopening a solved barrier is flagged")
    func statusChanges() throws {
        #expect(BarrierStatusChange(from: .open, to: .open) == nil)
        let solved = try #require(BarrierStatusChange(from: .open, to: .solvedWithinRules))
        #expect(solved.dutch == "van Open naar Opgelost binnen de regels" && !solved.reopensSolved)
        let back = try #require(BarrierStatusChange(from: .solvedOtherwise, to: .escalated))
        #expect(back.dutch == "van Opgelost met een andere aanpak naar Geëscaleerd" && back.reopensSolved)
        #expect(BarrierStatusChange(from: .solvedWithinRules, to: .solvedOtherwise)?.reopensSolved == false)
        // All 12 changes between different statuses exist.
        let all = BarrierStatus.allCases.flatMap { a in BarrierStatus.allCases.compactMap { BarrierStatusChange(from: a, to: $0) } }
        #expect(all.count == 12)
    }

    @Test("A factsheet comes from a solved barrier only; question and answer required, links checked")
    func factsheet() throws {
        let solved = UUID(), open = UUID()
        let statuses: [UUID: BarrierStatus] = [solved: .solvedWithinRules, open: .open]
        var i = FactsheetInput()
        i.barrierId = solved.uuidString; i.question = "Vergoedt een regeling ook de vervanging tijdens een BBL-opleiding?"
        i.answer = "Ja, bij de fictieve regeling als de vervanging in de aanvraag staat."
        i.rulesSay = "Artikel 4 van de fictieve regeling noemt ‘kosten van vervanging’."
        i.links = ["https://voorbeeld.nl/fictieve-regeling", ""]; i.published = "ja"
        let f = try FactsheetFields.validate(i, barrierStatuses: statuses).get()
        #expect(f.barrierID == solved && f.links == ["https://voorbeeld.nl/fictieve-regeling"] && f.published)
        #expect(try FactsheetFields.validate(FactsheetInput(f), barrierStatuses: statuses).get() == f)

        var notSolved = i; notSolved.barrierId = open.uuidString
        guard case .failure(let e) = FactsheetFields.validate(notSolved, barrierStatuses: statuses) else { Issue.record("expected errors"); return }
        #expect(e.messages(for: "barrierId") == ["Deze belemmering staat op ‘Open’. Een factsheet geeft het antwoord op een opgeloste belemmering: zet haar eerst op opgelost en beschrijf de oplossing."])
        var bad = FactsheetInput(); bad.barrierId = UUID().uuidString; bad.links = ["voorbeeld.nl"]
        guard case .failure(let g) = FactsheetFields.validate(bad, barrierStatuses: statuses) else { Issue.record("expected errors"); return }
        #expect(g.errors.map(\.field) == ["barrierId", "question", "answer", "links[0]"])
        #expect(g.messages(for: "barrierId").first?.hasPrefix("Onbekende belemmering") == true)
        var many = i; many.links = Array(repeating: "https://voorbeeld.nl", count: Limits.links + 1)
        guard case .failure(let h) = FactsheetFields.validate(many, barrierStatuses: statuses) else { Issue.record("expected errors"); return }
        #expect(h.messages(for: "links") == ["Hoogstens 10 links; dit zijn er 11."])
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test("A funding scheme: deadlines sorted and once; the next deadline counts today and is nil when all have passed")
    func fundingScheme() throws {
        var i = FundingSchemeInput()
        i.name = "Fictieve regeling Leren in de Zorg"; i.funder = "Fictief Fonds Zorgopleidingen"
        i.conditions = "Voor organisaties in de fictieve regio; de vervanging mag in de aanvraag."
        i.deadlines = ["2026-09-30", "2026-03-31", "", "2026-09-30"]; i.url = "https://voorbeeld.nl/regeling"
        i.initiativeIds = [Self.initiative.uuidString]
        let f = try FundingSchemeFields.validate(i, initiativeIDs: [Self.initiative]).get()
        #expect(f.deadlines == [Self.day("2026-03-31"), Self.day("2026-09-30")] && f.initiativeIDs == [Self.initiative])
        #expect(try FundingSchemeFields.validate(FundingSchemeInput(f), initiativeIDs: [Self.initiative]).get() == f)
        #expect(f.nextDeadline(onOrAfter: Self.day("2026-01-15")) == Self.day("2026-03-31"))
        #expect(f.nextDeadline(onOrAfter: Self.day("2026-03-31")) == Self.day("2026-03-31"))  // today can still be met
        #expect(f.nextDeadline(onOrAfter: Self.day("2026-04-01")) == Self.day("2026-09-30"))
        #expect(f.nextDeadline(onOrAfter: Self.day("2026-10-01")) == nil)
        // Fields built in code need not be sorted.
        let unsorted = FundingSchemeFields(name: "X", funder: "Y", deadlines: [Self.day("2027-01-01"), Self.day("2026-06-01")])
        #expect(unsorted.nextDeadline(onOrAfter: Self.day("2026-01-01")) == Self.day("2026-06-01"))

        var bad = FundingSchemeInput(); bad.deadlines = ["31-03-2026"]; bad.url = "regeling"; bad.initiativeIds = [UUID().uuidString]
        guard case .failure(let e) = FundingSchemeFields.validate(bad, initiativeIDs: []) else { Issue.record("expected errors"); return }
        #expect(e.errors.map(\.field) == ["name", "funder", "deadlines[0]", "url", "initiativeIds"])
        #expect(e.messages(for: "deadlines[0]") == ["Deadline 1 is geen geldige datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01."])
    }

    // MARK: Similar barriers

    static func barrier(_ title: String, _ description: String, _ category: BarrierCategory, status: BarrierStatus = .open,
                        organisations: [UUID] = []) -> Barrier {
        Barrier(id: UUID(), fields: BarrierFields(title: title, description: description, category: category, organisationIDs: organisations,
                                                  status: status, solution: status.isSolved ? "Opgelost." : nil))
    }

    static let register = [
        barrier("Vervanging tijdens opleiding", "De verletkosten voor vervanging van medewerkers die een opleiding volgen worden niet vergoed; kleine teams kunnen die uren niet missen.",
                .funding, status: .solvedWithinRules, organisations: [thuiszorg]),
        barrier("Stagevergoeding past niet in de begroting", "Teams willen meer stagiairs plaatsen, maar de stagevergoeding staat nergens in de begroting.", .funding),
        barrier("Lesdagen passen niet in het rooster", "De lesdagen van de school vallen op dagen waarop het rooster van de afdeling al vastligt.", .organisation),
        barrier("Parkeren bij de locatie is duur", "Bezoekers en medewerkers betalen veel voor een parkeerplaats bij het gebouw.", .employment),
        barrier("Geen erkenning als leerbedrijf", "Een kleine zorgaanbieder wacht maanden op de erkenning en kan zolang geen studenten begeleiden.", .education),
    ]

    @Test("‘Verletkosten bij BBL-opleiding’ finds the barrier about replacement during training, with a Dutch reason")
    func similarBarriers() throws {
        let matches = BarrierSimilarity.similar(title: "Verletkosten bij BBL-opleiding",
                                                description: "Een medewerker wil een BBL-opleiding volgen, maar de verletkosten van de vervanging op de afdeling betaalt niemand.",
                                                category: .funding, organisationIDs: [Self.zorghuis, Self.thuiszorg], among: Self.register)
        let best = try #require(matches.first)
        #expect(best.barrierID == Self.register[0].id && best.sameCategory && best.sharedOrganisations == 1)
        #expect(best.reason == "al opgelost binnen de regels, zelfde soort (financiering), 1 gedeelde organisatie, \(SimilarityMatch.textReason(best.score))")
        #expect(best.score > 0.25)  // 32% on this register
        // The others share at most a common word ("afdeling", "opleiding") and stay below the floor.
        #expect(matches.map(\.barrierID) == [Self.register[0].id])
        // Without category or organisations the reason has only what is known.
        let plain = BarrierSimilarity.similar(title: "Verletkosten bij BBL-opleiding", description: "Wie betaalt de vervanging?", among: Self.register)
        #expect(plain.first?.reason.hasPrefix("al opgelost binnen de regels, ") == true && plain.first?.reason.contains("soort") == false)
    }

    @Test("The barrier being edited is left out; an empty register and text without words give nothing")
    func similarEdgeCases() {
        let first = Self.register[0]
        let matches = BarrierSimilarity.similar(title: first.fields.title, description: first.fields.description, among: Self.register, excluding: first.id)
        #expect(!matches.contains { $0.barrierID == first.id })
        let itself = BarrierSimilarity.similar(title: first.fields.title, description: first.fields.description, among: Self.register)
        #expect(itself.first?.barrierID == first.id && (itself.first?.score ?? 0) > 0.99 && itself.first?.sameCategory == false)
        #expect(BarrierSimilarity.similar(title: "Iets", description: "anders", among: []).isEmpty)
        #expect(BarrierSimilarity.similar(title: "de het", description: "een en of", among: Self.register).isEmpty)
        #expect(BarrierSimilarity.similar(title: first.fields.title, description: first.fields.description, among: Self.register, limit: 1).count == 1)
    }
}
