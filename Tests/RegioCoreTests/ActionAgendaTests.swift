import Foundation
@testable import RegioCore
import Testing

@Suite("Action agenda: quarters, status, overdue, groups and the timeline")
struct ActionAgendaTests {
    static let proefkamer = UUID(), voorbeeld = UUID()
    static let vocabulary = ActionVocabulary(themes: ["kandidaatperspectief", "leer-en-werkcultuur"], organisationIDs: [proefkamer, voorbeeld])
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }
    static func quarter(_ text: String) -> AgendaQuarter { AgendaQuarter(text)! }

    static func action(_ title: String, _ phase: String, due: String? = nil, status: ActionStatus = .planned, theme: String? = nil,
                       owners: [UUID] = [], scope: ActionScope = .central) -> AgendaAction {
        AgendaAction(id: UUID(), fields: ActionFields(title: title, theme: theme, ownerIDs: owners, scope: scope, phase: quarter(phase),
                                                      status: status, dueDate: due.map(day)))
    }

    @Test("Quarters: read as planners write them, written as 2026-Q3 and K3 2026, with their days")
    func quarters() throws {
        for text in ["2026-Q3", "2026 K3", "2026k3", "2026Q3", "K3 2026", " q3-2026 ", "2026/Q3"] {
            #expect(AgendaQuarter(text) == AgendaQuarter(year: 2026, quarter: 3), "\(text)")
        }
        for text in ["2026-Q5", "2026-Q0", "2026", "Q3", "26-Q3", "2026-Q03", "2026-X3", "", "derde kwartaal"] {
            #expect(AgendaQuarter(text) == nil, "\(text)")
        }
        let q = Self.quarter("2026-Q3")
        #expect(q.iso == "2026-Q3" && q.dutch == "K3 2026" && q.dutchLong == "3e kwartaal 2026")
        #expect(q.firstDay == Self.day("2026-07-01") && q.lastDay == Self.day("2026-09-30") && q.dayCount == 92)
        #expect(Self.quarter("2028-Q1").dayCount == 91 && Self.quarter("2026-Q1").dayCount == 90 && Self.quarter("2026-Q1").lastDay == Self.day("2026-03-31"))
        #expect(Self.quarter("2026-Q1").adding(quarters: -1) == Self.quarter("2025-Q4") && q.adding(quarters: 6) == Self.quarter("2028-Q1"))
        #expect(AgendaQuarter(containing: Self.day("2026-09-30")) == q && AgendaQuarter(containing: Self.day("2026-10-01")) == Self.quarter("2026-Q4"))
        #expect(q.dayOffset(of: Self.day("2026-08-02")) == 32 && Self.quarter("2025-Q4") < q)
        #expect(try JSONEncoder().encode([q]) == Data(#"["2026-Q3"]"#.utf8))
        #expect(try JSONDecoder().decode([AgendaQuarter].self, from: Data(#"["2026 K3"]"#.utf8)) == [q])
    }

    @Test("Status and scope have Dutch names; done and stopped are closed")
    func statusAndScope() {
        #expect(ActionStatus.allCases.map(\.rawValue) == ["gepland", "lopend", "afgerond", "gestopt"])
        #expect(ActionStatus.allCases.filter(\.isClosed) == [.done, .stopped])
        #expect(ActionScope.allCases.map(\.dutchLabel) == ["Centraal", "Decentraal"] && ActionScope.parse(" decentraal ") == .decentral)
    }

    @Test("Overdue: the due date before today and neither done nor stopped")
    func overdue() {
        let today = Self.day("2026-04-01")
        func isOverdue(_ due: String?, _ status: ActionStatus) -> Bool { Self.action("Actie", "2026-Q1", due: due, status: status).fields.isOverdue(today: today) }
        #expect(isOverdue("2026-03-31", .running) && isOverdue("2026-03-31", .planned))
        #expect(!isOverdue("2026-03-31", .done) && !isOverdue("2026-03-31", .stopped))
        #expect(!isOverdue("2026-04-01", .running) && !isOverdue(nil, .running))
        let agenda = ActionAgenda([Self.action("Later te laat", "2026-Q1", due: "2026-03-20", status: .running),
                                   Self.action("Klaar", "2026-Q1", due: "2026-01-10", status: .done),
                                   Self.action("Eerst te laat", "2026-Q1", due: "2026-02-01"),
                                   Self.action("Op tijd", "2026-Q2", due: "2026-06-30")])
        #expect(agenda.overdue(today: today).map(\.fields.title) == ["Eerst te laat", "Later te laat"])
        #expect(agenda.statusCounts.map { "\($0.status.rawValue) \($0.count)" } == ["gepland 2", "lopend 1", "afgerond 1", "gestopt 0"])
    }

    @Test("Groups: by theme and by owner, alphabetical, an action with two owners in both, the rest last")
    func groups() {
        let a = Self.action("Werving zij-instromers", "2026-Q2", theme: "kandidaatperspectief", owners: [Self.voorbeeld, Self.proefkamer], scope: .decentral)
        let b = Self.action("Leercultuur in teams", "2026-Q1", theme: "leer-en-werkcultuur", owners: [Self.proefkamer], scope: .decentral)
        let c = Self.action("Regionale campagne", "2026-Q1")
        let agenda = ActionAgenda([a, b, c])
        #expect(agenda.actions.map(\.fields.title) == ["Leercultuur in teams", "Regionale campagne", "Werving zij-instromers"])
        let themes = agenda.byTheme(labels: ["kandidaatperspectief": "Kandidaatperspectief", "leer-en-werkcultuur": "Leer- en werkcultuur"])
        #expect(themes.map(\.label) == ["Kandidaatperspectief", "Leer- en werkcultuur", "Zonder thema"])
        #expect(themes.map { $0.actions.map(\.id) } == [[a.id], [b.id], [c.id]] && themes.last?.key == nil)
        let owners = agenda.byOwner(names: [Self.proefkamer: "Fictief Zorghuis De Proefkamer", Self.voorbeeld: "Fictieve Thuiszorg Het Voorbeeld"])
        #expect(owners.map(\.label) == ["Fictief Zorghuis De Proefkamer", "Fictieve Thuiszorg Het Voorbeeld", "Coördinator (geen eigenaar)"])
        #expect(owners.map { $0.actions.map(\.id) } == [[b.id, a.id], [a.id], [c.id]] && owners[0].key == Self.proefkamer)
    }

    @Test("Validation: good input typed; bad input named in Dutch at its field")
    func validation() throws {
        var i = ActionInput()
        i.title = "  Fictieve praktijkdag voor zij-instromers "; i.theme = "kandidaatperspectief"; i.scope = "decentraal"
        i.ownerIds = [Self.proefkamer.uuidString, Self.proefkamer.uuidString, " "]; i.phase = "2026 K3"; i.dueDate = "2026-12-15"
        let f = try ActionFields.validate(i, vocabulary: Self.vocabulary).get()
        #expect(f.title == "Fictieve praktijkdag voor zij-instromers" && f.ownerIDs == [Self.proefkamer] && f.status == .planned)
        #expect(f.phase == Self.quarter("2026-Q3") && f.lastQuarter == Self.quarter("2026-Q4") && f.scope == .decentral)
        #expect(try ActionFields.validate(ActionInput(f), vocabulary: Self.vocabulary).get() == f)

        var bad = ActionInput()
        bad.title = " "; bad.theme = "ruimtevaart"; bad.ownerIds = [UUID().uuidString]; bad.scope = "decentraal"; bad.status = "bezig"
        bad.phase = "2026-Q3"; bad.dueDate = "2026-06-30"
        guard case .failure(let e) = ActionFields.validate(bad, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(e.errors.map(\.field) == ["title", "theme", "ownerIds[0]", "status", "dueDate"])
        #expect(e.messages(for: "theme") == ["Onbekend thema ‘ruimtevaart’: kies een thema van de regio."])
        #expect(e.messages(for: "dueDate") == ["Deadline 30 juni 2026 ligt vóór het begin van de fase (K3 2026 begint op 1 juli 2026)."])

        var loose = ActionInput()
        loose.title = "Actie"; loose.scope = "decentraal"; loose.phase = "derde kwartaal"; loose.dueDate = "2040-01-01"
        guard case .failure(let e2) = ActionFields.validate(loose, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(e2.errors.map(\.message) == ["Een decentrale actie heeft ten minste één eigenaar: kies de organisatie(s) die de actie uitvoeren.",
                                            "Fase ‘derde kwartaal’ is geen kwartaal; schrijf jaar en kwartaal, zoals 2026-Q3 of 2026 K3."])
        loose.phase = "2026-Q1"; loose.scope = "centraal"
        guard case .failure(let e3) = ActionFields.validate(loose, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(e3.messages(for: "dueDate") == ["Deadline 1 januari 2040 ligt meer dan 5 jaar na het begin van de fase (K1 2026); klopt het jaartal?"])
        loose.phase = nil
        guard case .failure(let e4) = ActionFields.validate(loose, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(e4.messages(for: "phase") == ["Fase is verplicht: het kwartaal waarin de actie begint, zoals 2026-Q3."])
    }

    static let metrics = TimelineMetrics(labelWidth: 200, quarterWidth: 100, headerHeight: 30, rowHeight: 20)

    /// Three actions over 2026, checked by hand: Q1 has 90 days, Q2 91, Q4 92.
    static let a = action("Kick-off", "2026-Q1", due: "2026-02-15", status: .running)
    static let b = action("Pilot", "2026-Q2", due: "2026-11-30")
    static let c = action("Evaluatie", "2026-Q3", status: .done)

    @Test("Timeline: a column per quarter, a bar per action to the end of its due date's quarter, markers at the middle of their day")
    func timeline() throws {
        let t = AgendaTimeline(ActionAgenda([Self.c, Self.b, Self.a]), today: Self.day("2026-05-10"), metrics: Self.metrics)
        #expect(t.columns.map(\.label) == ["K1 2026", "K2 2026", "K3 2026", "K4 2026"] && t.columns.map(\.x) == [200, 300, 400, 500])
        #expect(t.width == 600 && t.height == 90 && t.hiddenActions == 0)
        #expect(t.rows.map(\.actionID) == [Self.a.id, Self.b.id, Self.c.id] && t.rows.map(\.y) == [30, 50, 70])
        #expect(t.rows.map(\.x) == [200, 300, 400] && t.rows.map(\.width) == [100, 300, 100])
        // 15 February is day 45 of 90 in Q1: 200 + 100 × 45.5 / 90 = 250.6; 30 November day 60 of 92 in Q4: 500 + 100 × 60.5 / 92 = 565.8.
        #expect(t.rows.map(\.dueX) == [250.6, 565.8, nil])
        #expect(t.rows.map(\.isOverdue) == [true, false, false])
        // 10 May is day 39 of 91 in Q2: 300 + 100 × 39.5 / 91 = 343.4.
        #expect(t.todayX == 343.4)
        #expect(t.rows.allSatisfy { !$0.continuesBefore && !$0.continuesAfter })
    }

    @Test("Timeline over a given range: actions outside it hidden and counted, bars cut at its edges")
    func timelineRange() {
        let t = AgendaTimeline(ActionAgenda([Self.a, Self.b, Self.c]), today: Self.day("2027-01-05"),
                               range: Self.quarter("2026-Q2")...Self.quarter("2026-Q3"), metrics: Self.metrics)
        #expect(t.columns.map(\.quarter.iso) == ["2026-Q2", "2026-Q3"] && t.hiddenActions == 1 && t.todayX == nil)
        #expect(t.rows.map(\.actionID) == [Self.b.id, Self.c.id] && t.rows.map(\.x) == [200, 300] && t.rows.map(\.width) == [200, 100])
        #expect(t.rows[0].continuesAfter && t.rows[0].dueX == nil && !t.rows[1].continuesAfter && t.height == 70)
    }

    @Test("Timeline of many years: cut to the most quarters drawn, from a year before today; an empty agenda draws no columns")
    func timelineWindow() {
        let long = [Self.action("Lang", "2024-Q1", due: "2028-12-31"), Self.action("Later", "2030-Q4")]
        let t = AgendaTimeline(ActionAgenda(long), today: Self.day("2027-05-01"), metrics: TimelineMetrics(maxQuarters: 4))
        #expect(t.columns.map(\.quarter.iso) == ["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"])
        #expect(t.rows.count == 1 && t.rows[0].continuesBefore && t.rows[0].continuesAfter && t.hiddenActions == 1)
        // Near the end of the actions the window ends with the last quarter.
        let late = AgendaTimeline(ActionAgenda(long), today: Self.day("2031-02-01"), metrics: TimelineMetrics(maxQuarters: 4))
        #expect(late.columns.first?.quarter.iso == "2030-Q1" && late.columns.last?.quarter.iso == "2030-Q4")
        let empty = AgendaTimeline(ActionAgenda([]), today: Self.day("2026-01-01"), metrics: Self.metrics)
        #expect(empty.columns.isEmpty && empty.rows.isEmpty && empty.width == 200 && empty.height == 30)
    }
}
