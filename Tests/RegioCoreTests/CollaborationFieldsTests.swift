import Foundation
@testable import RegioCore
import Testing

/// Sessions, coalitions, progress updates and the charts: validation in Dutch and what is drawn.
@Suite("Collaboration fields and charts")
struct CollaborationFieldsTests {
    static let a = UUID(), b = UUID(), c = UUID(), session = UUID()
    static let vocabulary = CollaborationVocabulary(themes: ["kandidaatperspectief"], organisationIDs: [a, b, c], sessionIDs: [session])

    @Test("A session: ideas and barriers one per line, at least one participant per organisation, unknown references named")
    func session() throws {
        var i = DevelopmentSessionInput()
        i.date = "2026-11-12"; i.title = " Fictieve sessie "; i.question = "Hoe?"; i.participantCount = "3"
        i.organisationIds = [Self.a.uuidString, Self.b.uuidString, Self.a.uuidString.lowercased()]
        i.ideas = ["Leerwerkplaats\n\n  Buddy  "]; i.barriers = ["Verletkosten"]; i.published = "ja"
        let f = try DevelopmentSessionFields.validate(i, vocabulary: Self.vocabulary).get()
        #expect(f.title == "Fictieve sessie" && f.organisationIDs == [Self.a, Self.b] && f.ideas == ["Leerwerkplaats", "Buddy"] && f.published)
        #expect(DevelopmentSessionInput(f).participantCount == "3")

        i.participantCount = "1"; i.themes = ["onbekend"]; i.organisationIds = [Self.a.uuidString, Self.b.uuidString, UUID().uuidString]; i.published = "misschien"
        guard case .failure(let failure) = DevelopmentSessionFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(Set(failure.errors.map(\.field)) == ["themes", "organisationIds", "participantCount", "published"])
        #expect(failure.messages(for: "participantCount") == ["Er deden 2 organisaties mee, dus ten minste 2 deelnemers; nu staat er 1."])
        #expect(failure.messages(for: "published") == ["Openbaar: ‘misschien’ is geen ja of nee."])
    }

    @Test("A coalition: members once each with a role (default deelnemer), empty form rows skipped, at least one member")
    func coalition() throws {
        var i = CoalitionInput()
        i.name = "Fictieve coalitie"; i.question = "Wat?"; i.status = "actief"; i.sessionId = Self.session.uuidString
        i.members = [.init(organisationId: Self.a.uuidString, role: "trekker"), .init(organisationId: "", role: "financier"),
                     .init(organisationId: Self.b.uuidString, role: nil)]
        let f = try CoalitionFields.validate(i, vocabulary: Self.vocabulary).get()
        #expect(f.members == [CoalitionMember(organisationID: Self.a, role: .lead), CoalitionMember(organisationID: Self.b, role: .member)])
        #expect(f.status == .active && f.sessionID == Self.session && f.memberIDs == [Self.a, Self.b])
        #expect(try CoalitionFields.validate(CoalitionInput(f), vocabulary: Self.vocabulary).get() == f)

        i.members = [.init(organisationId: Self.a.uuidString, role: "baas"), .init(organisationId: Self.a.uuidString, role: "deelnemer")]
        i.sessionId = UUID().uuidString
        guard case .failure(let failure) = CoalitionFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(failure.errors.map(\.field) == ["members[0].role", "members[1].organisationId", "sessionId"])
        #expect(failure.messages(for: "members[1].organisationId") == ["Deze organisatie staat al bij de leden; geef haar één rol."])
        i.members = [.init(organisationId: nil, role: "trekker")]
        guard case .failure(let none) = CoalitionFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(none.messages(for: "members") == ["Een coalitie heeft ten minste één lid: kies de organisaties die meedoen."])
    }

    @Test("Progress: today when no date, never in the future, a status only when it is one")
    func progress() throws {
        let today = CalendarDay(iso: "2026-11-24")!
        #expect(try ActionUpdate.validate(.init(text: " Begonnen "), today: today).get() == ActionUpdate(date: today, text: "Begonnen"))
        #expect(try ActionUpdate.validate(.init(date: "2026-11-20", text: "Klaar", status: "afgerond"), today: today).get().status == .done)
        guard case .failure(let f) = ActionUpdate.validate(.init(date: "2026-11-25", text: " ", status: "bijna"), today: today) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.field) == ["date", "text", "status"])
        #expect(f.messages(for: "date") == ["Datum 25 november 2026 ligt in de toekomst; meld voortgang op of na de dag dat het gebeurde."])
    }

    @Test("Charts: text is escaped, the purpose case draws a bar pair per stakeholder and unit, the timeline links its actions, the history one line per dimension")
    func charts() throws {
        let p = PurposeCase(purpose: nil, stakeholders: [
            Stakeholder(name: "Fictief <Zorghuis> & co", items: [ValueItem(.contribution, "Uren", unit: .hours, amount: Amount(whole: 10)),
                                                              ValueItem(.benefit, "Geld", unit: .euro, amount: nil)])])
        let svg = CollaborationCharts.purposeCase(p.summary, title: "Titel \"met\" aanhalingstekens")
        #expect(svg.contains("Fictief &lt;Zorghuis&gt; &amp; co") && !svg.contains("<Zorghuis>") && svg.contains(#"aria-label="Titel &quot;met&quot; aanhalingstekens""#))
        // Two units (euro, uren) with one stakeholder each: two pairs of bars, plus the legend's two swatches.
        #expect(svg.components(separatedBy: "<rect").count - 1 == 2 * 2 + 2 && svg.contains("€ 0,00 (+1 onbekend)") && svg.contains("10 uur"))

        let today = CalendarDay(iso: "2026-11-24")!, id = UUID()
        let agenda = ActionAgenda([AgendaAction(id: id, fields: ActionFields(title: "Te laat <b>", scope: .central, phase: AgendaQuarter("2026-Q3")!,
                                                                             status: .running, dueDate: CalendarDay(iso: "2026-10-01")))])
        let timeline = CollaborationCharts.timeline(AgendaTimeline(agenda, today: today), title: "Tijdlijn", href: { "/agenda/\($0.uuidString)" })
        #expect(timeline.contains(#"<a href="/agenda/\#(id.uuidString)">"#) && timeline.contains("Te laat &lt;b&gt;") && timeline.contains("te laat</text>"))
        #expect(timeline.contains(#"role="group""#) && timeline.contains("vandaag"))

        let reviews = [3, 4].map { s in
            ProgressReview(date: CalendarDay(iso: "2026-0\(s)-01")!, scores: Dictionary(uniqueKeysWithValues: ReviewDimension.allCases.map { ($0, s) }), narrative: "Fictief")
        }
        let history = CollaborationCharts.reviewHistory(reviews, title: "Verloop")
        #expect(history.components(separatedBy: "<polyline").count - 1 == ReviewDimension.allCases.count && history.contains("Leren en bijsturen"))
    }
}
