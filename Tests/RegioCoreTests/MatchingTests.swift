import Foundation
@testable import RegioCore
import Testing

/// A small fictional region, built by hand so every number below can be checked on paper.
///
/// Municipalities lie on one meridian (5° E), so distance is 111.195 km per degree of
/// latitude: Aadorp 52.0 · Beekstad 52.1 · Cedeveen 52.3 · Dalburg 52.5, giving
/// A–B 11, A–C 33, A–D 56, B–C 22, B–D 44, C–D 22 km (rounded).
///
/// Roles: Helpende (wassen 2, eten 2, rapporteren 1; next: Verzorgende-IG),
/// Verzorgende-IG (wassen 3, eten 2, rapporteren 2, medicatie 2, wondzorg 2),
/// Begeleider (coachen 2, rapporteren 2, eten 1).
///
/// Modules: m1 Basis wassen 12 h (wassen 2, klas in Beekstad) · m2 Eten en drinken 8 h
/// (eten 2, online) · m3 Rapporteren 6 h (rapporteren 2, online) · m4 Medicatie 20 h
/// (medicatie 2, Cedeveen, start 1 sep 2026 and 1 feb 2027) · m5 Wondzorg 16 h (wondzorg 2,
/// Cedeveen) · m6 Verzorgen gevorderd 24 h (wassen 3, eten 2, online) · m7 Coachen 10 h
/// (coachen 2, Dalburg, taalniveau B1).
///
/// Routes (ids in this order):
/// r1 Helpende in de wijk: m1 m2 m3, 16 h/wk, 10 wk, employer in Beekstad, for zij-instromers; 26 h.
/// r2 Helpende intensief: m1 m2 + 200 h workplace (rapporteren 2), 24 h/wk, employer in Aadorp; 220 h.
/// r3 Verzorgende-IG: m4 m5 m6 m3, 20 h/wk, employer in Cedeveen, for zittend personeel; 66 h; intake of m4.
/// r4 Begeleider online: m3 + 100 h workplace (coachen 2), 8 h/wk, no employer, for vrijwilligers, mantelzorgers; 106 h.
/// r5 Begeleider in Dalburg: m7 m3 m2, 12 h/wk, employer in Dalburg; 24 h.
/// r6 has no role and is never matched.
enum MatchingFixture {
    static func level(_ n: Int) -> SkillLevel { SkillLevel(rawValue: n)! }
    static func req(_ s: String, _ n: Int) -> SkillRequirement { SkillRequirement(skill: s, level: level(n)) }
    static func id(_ prefix: String, _ n: Int) -> UUID { UUID(uuidString: "\(prefix)0000000-0000-0000-0000-00000000000\(n)")! }
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static let today = day("2026-08-01")
    static let m = (1...7).map { id("B", $0) }
    static let r = (1...6).map { id("C", $0) }
    static let p = (1...3).map { id("D", $0) }
    static let orgA = id("E", 1), orgB = id("E", 2), orgC = id("E", 3), orgD = id("E", 4)

    static let taxonomy: SkillTaxonomy = {
        let labels = ["wassen": "Wassen en aankleden", "eten": "Eten en drinken geven", "rapporteren": "Rapporteren",
                      "medicatie": "Medicatie geven", "wondzorg": "Wondzorg", "coachen": "Coachen"]
        let skills = labels.keys.sorted().map { Skill(key: $0, label: labels[$0]!, category: "zorg", description: "") }
        let roles = [
            Role(key: "helpende", label: "Helpende", educationLevel: "mbo 2", domain: "ouderenzorg", description: "", next: ["vig"],
                 requires: [req("wassen", 2), req("eten", 2), req("rapporteren", 1)]),
            Role(key: "vig", label: "Verzorgende-IG", educationLevel: "mbo 3", domain: "ouderenzorg", description: "", next: [],
                 requires: [req("wassen", 3), req("eten", 2), req("rapporteren", 2), req("medicatie", 2), req("wondzorg", 2)]),
            Role(key: "begeleider", label: "Begeleider", educationLevel: "mbo 3", domain: "gehandicaptenzorg", description: "", next: [],
                 requires: [req("coachen", 2), req("rapporteren", 2), req("eten", 1)]),
        ]
        return try! SkillTaxonomy(categories: [(key: "zorg", label: "Zorg")], skills: skills, roles: roles)
    }()

    static func module(_ title: String, _ hours: Int, _ skills: [SkillRequirement], form: LearningForm = .online, in codes: [String] = [],
                       intake: [String] = [], language: String? = nil) -> ModuleFields {
        var f = ModuleFields(title: title)
        f.hours = hours; f.skills = skills; f.form = form; f.municipalityCodes = codes
        f.intakeDates = intake.map(day); f.languageLevel = language
        return f
    }

    static func route(_ title: String, _ role: String?, _ steps: [RouteStep], perWeek: Int, weeks: Int?, employers: [UUID], groups: [String]) -> LearningRouteFields {
        var f = LearningRouteFields(title: title)
        f.roleKey = role; f.steps = steps; f.hoursPerWeek = perWeek; f.durationWeeks = weeks; f.employerIDs = employers; f.targetGroups = groups
        return f
    }

    static let catalogue: MatchingCatalogue = {
        let modules: [UUID: ModuleFields] = [
            m[0]: module("Basis wassen", 12, [req("wassen", 2)], form: .classroom, in: ["GM0002"]),
            m[1]: module("Eten en drinken", 8, [req("eten", 2)]),
            m[2]: module("Rapporteren", 6, [req("rapporteren", 2)]),
            m[3]: module("Medicatie", 20, [req("medicatie", 2)], form: .classroom, in: ["GM0003"], intake: ["2026-09-01", "2027-02-01"]),
            m[4]: module("Wondzorg", 16, [req("wondzorg", 2)], form: .hybrid, in: ["GM0003"]),
            m[5]: module("Verzorgen gevorderd", 24, [req("wassen", 3), req("eten", 2)]),
            m[6]: module("Coachen", 10, [req("coachen", 2)], form: .classroom, in: ["GM0004"], language: "B1"),
        ]
        let routes: [UUID: LearningRouteFields] = [
            r[0]: route("Helpende in de wijk", "helpende", [.module(m[0]), .module(m[1]), .module(m[2])], perWeek: 16, weeks: 10, employers: [orgA], groups: ["zij-instromers"]),
            r[1]: route("Helpende intensief", "helpende", [.module(m[0]), .module(m[1]), .workplace(description: "Meewerken", hours: 200, skills: [req("rapporteren", 2)])],
                        perWeek: 24, weeks: 12, employers: [orgB], groups: []),
            r[2]: route("Verzorgende-IG voor medewerkers", "vig", [.module(m[3]), .module(m[4]), .module(m[5]), .module(m[2])], perWeek: 20, weeks: 30,
                        employers: [orgC], groups: ["zittend-personeel"]),
            r[3]: route("Begeleider online", "begeleider", [.module(m[2]), .workplace(description: "Coachen in de praktijk", hours: 100, skills: [req("coachen", 2)])],
                        perWeek: 8, weeks: 20, employers: [], groups: ["vrijwilligers", "mantelzorgers"]),
            r[4]: route("Begeleider in Dalburg", "begeleider", [.module(m[6]), .module(m[2]), .module(m[1])], perWeek: 12, weeks: 16, employers: [orgD], groups: []),
            r[5]: route("Oriëntatie zonder beroep", nil, [.module(m[1])], perWeek: 2, weeks: 2, employers: [], groups: []),
        ]
        let places: [UUID: LearningPlaceFields] = [
            p[0]: LearningPlaceFields(organisationID: orgA, municipalityCode: "GM0002", kind: .bblPlace, count: 2, startDate: day("2026-01-01"),
                                      endDate: day("2027-12-31"), supervisionCapacity: 2, roleKey: "helpende"),
            p[1]: LearningPlaceFields(organisationID: orgC, municipalityCode: "GM0003", kind: .learningJob, count: 1, startDate: day("2026-01-01"),
                                      endDate: day("2026-06-30"), supervisionCapacity: 1, roleKey: "vig"),
            p[2]: LearningPlaceFields(organisationID: orgD, municipalityCode: "GM0004", kind: .bolInternship, count: 3, startDate: day("2026-01-01"),
                                      endDate: day("2027-06-30"), supervisionCapacity: 3, roleKey: "begeleider"),
        ]
        let municipalities = [
            MunicipalityCentroid(code: "GM0001", name: "Aadorp", latitude: 52.0, longitude: 5.0),
            MunicipalityCentroid(code: "GM0002", name: "Beekstad", latitude: 52.1, longitude: 5.0),
            MunicipalityCentroid(code: "GM0003", name: "Cedeveen", latitude: 52.3, longitude: 5.0),
            MunicipalityCentroid(code: "GM0004", name: "Dalburg", latitude: 52.5, longitude: 5.0),
        ]
        let organisations = [
            orgA: MatchingOrganisation(name: "Zorggroep Aambeeld", municipalityCode: "GM0002"),
            orgB: MatchingOrganisation(name: "Thuiszorg Beekdal", municipalityCode: "GM0001"),
            orgC: MatchingOrganisation(name: "Verpleeghuis Cederhof", municipalityCode: "GM0003"),
            orgD: MatchingOrganisation(name: "Stichting Dalzicht", municipalityCode: "GM0004"),
        ]
        return MatchingCatalogue(taxonomy: taxonomy, modules: modules, routes: routes, places: places, municipalities: municipalities, organisations: organisations)
    }()

    static func candidate(_ situation: CandidateSituation, _ skills: [SkillRequirement], hours: Int, home: String, km: Int, start: String? = nil,
                          roles: [String] = [], domains: [String] = [], income: Bool = false, language: Bool = false) -> CandidateProfile {
        CandidateProfile(situation: situation, skills: skills, hoursPerWeek: hours, startDate: start.map(day), municipalityCode: home, maxTravelKm: km,
                         wishedRoles: roles, wishedDomains: domains, needsIncome: income, needsLanguageSupport: language)
    }

    static func match(_ c: CandidateProfile) -> MatchResult { MatchEngine.match(c, in: catalogue, limit: 10, today: today) }
}

@Suite("Matching: ten hand-checked candidates, exclusions with Dutch reasons, nobody leaves empty-handed")
struct MatchingTests {
    typealias F = MatchingFixture
    static func titles(_ routes: [RouteMatch]) -> [String] { routes.map(\.title) }
    static func reasons(_ result: MatchResult) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: result.excluded.map { ($0.title, $0.reasons) })
    }

    @Test("Distances between centroids: 0.1° of latitude is 11 km, 0.3° is 33 km")
    func distances() {
        let a = MunicipalityCentroid(code: "A", name: "A", latitude: 52.0, longitude: 5.0)
        #expect(Int(a.distanceKm(to: .init(code: "B", name: "B", latitude: 52.1, longitude: 5.0)).rounded()) == 11)
        #expect(Int(a.distanceKm(to: .init(code: "C", name: "C", latitude: 52.3, longitude: 5.0)).rounded()) == 33)
        // Utrecht (52.09, 5.12) to Amersfoort (52.16, 5.39): about 20 km.
        let utrecht = MunicipalityCentroid(code: "GM0344", name: "Utrecht", latitude: 52.0907, longitude: 5.1214)
        let amersfoort = MunicipalityCentroid(code: "GM0307", name: "Amersfoort", latitude: 52.1561, longitude: 5.3878)
        #expect((19.0...20.5).contains(utrecht.distanceKm(to: amersfoort)))
        #expect(CalendarDay(dayNumber: F.day("2027-02-01").dayNumber) == F.day("2027-02-01"))
        #expect(F.day("2027-02-01").dayNumber - F.day("2026-10-15").dayNumber == 109)
    }

    /// Case 1 — Anna, zij-instromer in Aadorp, 16 h, 25 km, has rapporteren 1, wants Helpende.
    /// Helpende: had 1 of 3 → 333; gap wassen 2 + eten 2: greedy picks m2 (1 skill / 8 h)
    /// before m1 (1 / 12 h; m6 ties at 2 / 24 h but is longer) → 20 h → effort 1000 − 50 = 950;
    /// wish 1000 → (60·333 + 20·950 + 20·1000)/100 = 589.
    /// Verzorgende-IG: had 0; greedy m3, m2, m5, m4, m6, then m2 is dropped (m6 brings eten 2)
    /// → 66 h → effort 835 → 167. Begeleider: m3, m2, m7 = 24 h → 940 → 188.
    /// Routes: r1 cov 1000, 11 km → 1000 − 440 = 560, all else 1000 → (40000 + 8400 + 15000 + 10000
    /// + 10000 + 5000 + 5000)/100 = 934 (top). r4 covers 2 of 3 → 666, group 0 → 716.
    /// Excluded: r2 (24 > 16 h; score 949), r5 (56 > 25 km; 800), r3 (20 > 16 h and 33 > 25 km; 669).
    @Test("1 · Anna, zij-instromer: Helpende in de wijk; the intensive route needs 24 hours")
    func anna() {
        let res = F.match(F.candidate(.sideEntrant, [F.req("rapporteren", 1)], hours: 16, home: "GM0001", km: 25, roles: ["helpende"]))
        #expect(res.roles.map(\.roleKey) == ["helpende", "begeleider", "vig"])
        #expect(res.roles.map(\.score) == [589, 188, 167])
        let helpende = res.roles[0]
        #expect(helpende.cover.modules.map(\.title) == ["Eten en drinken", "Basis wassen"] && helpende.cover.hours == 20)
        #expect(helpende.explanation.hasPrefix("Je hebt 1 van de 3 vaardigheden; met 2 modules (20 uur) ben je inzetbaar als Helpende."))
        #expect(helpende.placesNearby.map(\.organisationName) == ["Zorggroep Aambeeld"] && helpende.placesNearby[0].distanceKm == 11)
        let vig = res.roles[2]
        #expect(vig.cover.modules.map(\.title) == ["Rapporteren", "Wondzorg", "Medicatie", "Verzorgen gevorderd"] && vig.cover.hours == 66)
        #expect(vig.cover.modules.last?.closes == ["wassen", "eten"])
        // Doorstroom from Helpende: Verzorgende-IG asks wassen 3, rapporteren 2, medicatie 2, wondzorg 2 on top.
        let onward = helpende.onward.first
        #expect(onward?.roleKey == "vig" && onward?.additional.map(\.skill) == ["wassen", "rapporteren", "medicatie", "wondzorg"])
        #expect(onward?.cover.hours == 6 + 16 + 20 + 24)

        #expect(Self.titles(res.routes) == ["Helpende in de wijk", "Begeleider online"])
        #expect(res.routes.map(\.score) == [934, 716])
        #expect(res.routes[0].fit.travel == 560 && res.routes[0].distanceKm == 11 && res.routes[0].nearestMunicipality == "Beekstad")
        #expect(Self.titles(res.excluded) == ["Helpende intensief", "Begeleider in Dalburg", "Verzorgende-IG voor medewerkers"])
        #expect(res.excluded.map(\.score) == [949, 800, 669])
        #expect(Self.reasons(res) == [
            "Helpende intensief": ["Deze route vraagt 24 uur per week; jij hebt 16 uur."],
            "Begeleider in Dalburg": ["De dichtstbijzijnde plek van deze route is 56 km van huis (Dalburg); jij wilt maximaal 25 km reizen."],
            "Verzorgende-IG voor medewerkers": ["Deze route vraagt 20 uur per week; jij hebt 16 uur.",
                                                "De dichtstbijzijnde plek van deze route is 33 km van huis (Cedeveen); jij wilt maximaal 25 km reizen."],
        ])
        #expect(res.excludedCount == 3 && !res.fitsNothingStandard && res.nearest.isEmpty)
        #expect(res.routes[0].explanation == "Je hebt 1 van de 3 vaardigheden voor Helpende. Na deze route heb je ze alle 3. "
                + "De route duurt 10 weken, 16 uur per week (26 uur in totaal). De dichtstbijzijnde plek is in Beekstad, 11 km van huis. Je kunt op elk moment starten.")
        #expect(res.summary.hasPrefix("2 routes passen bij jouw uren, reisafstand en startdatum. Het best past ‘Helpende in de wijk’"))
    }

    /// Case 2 — Bram, current employee in Cedeveen, 24 h, 30 km, starts 1 Sep 2026, wants VIG;
    /// has wassen 3, eten 2, rapporteren 2, medicatie 1.
    /// Helpende: all 3 → (60000 + 20000)/100 = 800 (top role). VIG: 3 of 5 → 600, gap m5 + m4 =
    /// 36 h → 910, wish → (36000 + 18200 + 20000)/100 = 742. Begeleider: 2/3 → 666, m7 10 h → 975 → 594.
    /// r3: everything 1000 (0 km, 20 ≤ 24 h, intake on the start day, zittend personeel, wished) → 1000.
    /// r4 850; r2 and r5 both 22 km → 1000 − 733 = 267 → 840, tie broken by id: r2 before r5; r1 group 0 → 740.
    @Test("2 · Bram, huidige medewerker: the VIG route for staff scores 1000; ties break by id")
    func bram() {
        let res = F.match(F.candidate(.currentEmployee, [F.req("wassen", 3), F.req("eten", 2), F.req("rapporteren", 2), F.req("medicatie", 1)],
                                      hours: 24, home: "GM0003", km: 30, start: "2026-09-01", roles: ["vig"]))
        #expect(res.roles.map(\.score) == [800, 742, 594])
        #expect(res.roles[0].explanation.hasPrefix("Je hebt alle 3 vaardigheden: je bent nu al inzetbaar als Helpende."))
        #expect(res.roles[1].explanation.hasPrefix("Je hebt 3 van de 5 vaardigheden; met 2 modules (36 uur) ben je inzetbaar als Verzorgende-IG."))
        #expect(res.roles[1].gap.map(\.skill) == ["medicatie", "wondzorg"] && res.roles[1].gap[0].had == F.level(1))
        #expect(Self.titles(res.routes) == ["Verzorgende-IG voor medewerkers", "Begeleider online", "Helpende intensief", "Begeleider in Dalburg", "Helpende in de wijk"])
        #expect(res.routes.map(\.score) == [1000, 850, 840, 840, 740])
        #expect(res.routes[0].nextIntake == F.day("2026-09-01") && res.routes[0].fit.intake == 1000)
        #expect(res.excluded.isEmpty && res.excludedCount == 0)
    }

    /// Case 3 — Chris, job seeker in Dalburg, 4 h, 5 km, needs an income. Every route asks more
    /// than 4 h, so nothing passes: the nearest options come back with what they lack.
    /// r5: cov 1000, 0 km → 1000, hours 4000/12 = 333, intake 1000, group 1000, employer → 849.
    /// r1: 44 km → 0, hours 250 → 687; r2: 166 → 674; r4: 666 cov, no employer → needs 0 → 591; r3: 579.
    @Test("3 · Chris, werkzoekende with 4 hours: fits nothing standard, gets the nearest routes and what they lack")
    func chris() {
        let res = F.match(F.candidate(.jobSeeker, [], hours: 4, home: "GM0004", km: 5, income: true))
        #expect(res.routes.isEmpty && res.fitsNothingStandard)
        #expect(Self.titles(res.nearest) == ["Begeleider in Dalburg", "Helpende in de wijk", "Helpende intensief", "Begeleider online", "Verzorgende-IG voor medewerkers"])
        #expect(res.nearest.map(\.score) == [849, 687, 674, 591, 579])
        #expect(res.nearest[0].reasons == ["Deze route vraagt 12 uur per week; jij hebt 4 uur."])
        #expect(res.nearest[0].missing.isEmpty && res.nearest[3].missing.map(\.skill) == ["eten"])
        #expect(Self.reasons(res)["Helpende in de wijk"] == ["Deze route vraagt 16 uur per week; jij hebt 4 uur.",
                                                             "De dichtstbijzijnde plek van deze route is 44 km van huis (Beekstad); jij wilt maximaal 5 km reizen."])
        #expect(res.nearest[3].explanation.contains("Er is geen werkgever bij deze route: je verdient niet tijdens het leren."))
        #expect(res.summary.hasPrefix("Geen route past helemaal bij jouw uren, reisafstand of startdatum."))
        // Without any skill: Begeleider gap m3 m2 m7 = 24 h → 940 → 188; Helpende m3 (rapporteren 1 too) m2 m1 = 26 h → 935 → 187; VIG 66 h → 167.
        #expect(res.roles.map(\.score) == [188, 187, 167] && res.roles.map(\.roleKey) == ["begeleider", "helpende", "vig"])
    }

    /// Case 4 — Dewi, volunteer in Aadorp, 10 h, 10 km, has eten 1 and coachen 1, wishes the
    /// gehandicaptenzorg domain. Begeleider: 1/3 → 333, gap m3 + m7 = 16 h → 960, wish → 591 (top).
    /// Only r4 passes: its route brings rapporteren and coachen, Dewi has eten 1 → 1000 everywhere → 1000.
    @Test("4 · Dewi, vrijwilliger: Begeleider online is the one route within 10 hours and 10 km")
    func dewi() {
        let res = F.match(F.candidate(.volunteer, [F.req("eten", 1), F.req("coachen", 1)], hours: 10, home: "GM0001", km: 10, domains: ["gehandicaptenzorg"]))
        #expect(res.roles.first?.roleKey == "begeleider" && res.roles.first?.score == 591)
        #expect(res.roles.first?.cover.modules.map(\.title) == ["Rapporteren", "Coachen"])
        #expect(Self.titles(res.routes) == ["Begeleider online"] && res.routes[0].score == 1000)
        #expect(res.routes[0].explanation == "Je hebt 1 van de 3 vaardigheden voor Begeleider. Na deze route heb je ze alle 3. "
                + "De route duurt 20 weken, 8 uur per week (106 uur in totaal). Deze route heeft geen vaste plek: je leert online. Je kunt op elk moment starten.")
        #expect(Self.reasons(res) == [
            "Helpende in de wijk": ["Deze route vraagt 16 uur per week; jij hebt 10 uur.",
                                    "De dichtstbijzijnde plek van deze route is 11 km van huis (Beekstad); jij wilt maximaal 10 km reizen."],
            "Helpende intensief": ["Deze route vraagt 24 uur per week; jij hebt 10 uur."],
            "Verzorgende-IG voor medewerkers": ["Deze route vraagt 20 uur per week; jij hebt 10 uur.",
                                                "De dichtstbijzijnde plek van deze route is 33 km van huis (Cedeveen); jij wilt maximaal 10 km reizen."],
            "Begeleider in Dalburg": ["Deze route vraagt 12 uur per week; jij hebt 10 uur.",
                                      "De dichtstbijzijnde plek van deze route is 56 km van huis (Dalburg); jij wilt maximaal 10 km reizen."],
        ])
    }

    /// Case 5 — Eva, informal carer in Cedeveen, 32 h, 40 km, starts 1 Mar 2027, wants VIG.
    /// r3's intakes (1 Sep 2026, 1 Feb 2027) are both before her start: excluded (score 800).
    /// r4 (mantelzorgers, online) → 950; r2 and r5 22 km → 1000 − 550 = 450 → 867 each (r2 first); r1 group 0 → 767.
    @Test("5 · Eva, mantelzorger starting in March 2027: the VIG route has no intake left")
    func eva() {
        let res = F.match(F.candidate(.informalCarer, [F.req("wassen", 2), F.req("eten", 2), F.req("rapporteren", 1)],
                                      hours: 32, home: "GM0003", km: 40, start: "2027-03-01", roles: ["vig"]))
        #expect(Self.titles(res.routes) == ["Begeleider online", "Helpende intensief", "Begeleider in Dalburg", "Helpende in de wijk"])
        #expect(res.routes.map(\.score) == [950, 867, 867, 767])
        #expect(Self.reasons(res) == ["Verzorgende-IG voor medewerkers": ["Deze route heeft geen startmoment meer op of na 1 maart 2027."]])
        #expect(res.excluded[0].score == 800 && res.excluded[0].fit.intake == 0)
        #expect(res.roles.map(\.roleKey) == ["helpende", "vig", "begeleider"] && res.roles.map(\.score) == [800, 487, 391])
        // The VIG learning place in Cedeveen ended on 30 June 2026: not shown.
        #expect(res.roles[1].placesNearby.isEmpty)
    }

    /// Case 6 — Fleur, student in Beekstad, 40 h, travels 0 km (own municipality only).
    /// r2 has m1 in Beekstad (0 km) → travel 1000, no target group → 950 (top); r1 group 0 → 850;
    /// r4 online, 2 of 3 → 716. Excluded: r3 (22 km), r5 (44 km).
    @Test("6 · Fleur, student who stays in her own municipality: only routes with a place in Beekstad or online")
    func fleur() {
        let res = F.match(F.candidate(.student, [], hours: 40, home: "GM0002", km: 0))
        #expect(Self.titles(res.routes) == ["Helpende intensief", "Helpende in de wijk", "Begeleider online"])
        #expect(res.routes.map(\.score) == [950, 850, 716])
        #expect(res.routes[0].explanation.contains("Je kunt leren in je eigen gemeente (Beekstad)."))
        #expect(Self.reasons(res) == [
            "Verzorgende-IG voor medewerkers": ["De dichtstbijzijnde plek van deze route is 22 km van huis (Cedeveen); jij wilt maximaal 0 km reizen."],
            "Begeleider in Dalburg": ["De dichtstbijzijnde plek van deze route is 44 km van huis (Dalburg); jij wilt maximaal 0 km reizen."],
        ])
        // Roles as for Chris: Begeleider 188 before Helpende 187; the Helpende BBL place in Beekstad is at 0 km.
        let helpende = res.roles[1]
        #expect(helpende.roleKey == "helpende" && helpende.placesNearby.map(\.id) == [F.p[0]] && helpende.placesNearby[0].distanceKm == 0)
        #expect(helpende.explanation.hasSuffix("Dichtstbijzijnde leerwerkplek: BBL-plek bij Zorggroep Aambeeld in Beekstad (0 km)."))
    }

    /// Case 7 — Gijs, zij-instromer in Dalburg, 12 h, 15 km, needs an income and language support;
    /// already a Begeleider (coachen 3, rapporteren 2, eten 1): role score (60000 + 20000)/100 = 800.
    /// r5 in Dalburg with an employer → 950 (top); r4 online without employer → needs 0, group 0 → 800.
    @Test("7 · Gijs, zij-instromer who needs an income: the route with an employer nearby wins; language level is named")
    func gijs() {
        let res = F.match(F.candidate(.sideEntrant, [F.req("coachen", 3), F.req("rapporteren", 2), F.req("eten", 1)],
                                      hours: 12, home: "GM0004", km: 15, income: true, language: true))
        #expect(res.roles[0].roleKey == "begeleider" && res.roles[0].score == 800 && res.roles[0].cover.modules.isEmpty)
        #expect(res.roles[0].placesNearby.map(\.organisationName) == ["Stichting Dalzicht"])
        #expect(Self.titles(res.routes) == ["Begeleider in Dalburg", "Begeleider online"] && res.routes.map(\.score) == [950, 800])
        #expect(res.routes[0].explanation.contains("Je leert bij een werkgever, dus je kunt verdienen tijdens het leren."))
        #expect(res.routes[0].explanation.contains("De route vraagt Nederlands op niveau B1; vraag naar taalondersteuning."))
        #expect(res.routes[1].fit.needs == 0)
        #expect(Set(res.excluded.map(\.title)) == ["Helpende in de wijk", "Helpende intensief", "Verzorgende-IG voor medewerkers"])
        #expect(res.excluded.allSatisfy { $0.reasons.count == 2 })
    }

    /// Case 8 — Hanna, experienced staff in Aadorp, 20 h, 50 km, already has every VIG skill.
    /// VIG role: 1000. r3: 33 km → 1000 − 660 = 340, intake wait 31 days → 1000 − 6 = 994 →
    /// (40000 + 5100 + 15000 + 9940 + 10000 + 5000 + 5000)/100 = 900 (top). Excluded: r2 (24 h), r5 (56 km).
    @Test("8 · Hanna, qualified VIG: deployable now, VIG route on top, intensive and Dalburg routes excluded")
    func hanna() {
        let res = F.match(F.candidate(.currentEmployee, [F.req("wassen", 3), F.req("eten", 2), F.req("rapporteren", 2), F.req("medicatie", 2), F.req("wondzorg", 2)],
                                      hours: 20, home: "GM0001", km: 50, roles: ["vig"]))
        #expect(res.roles.map(\.roleKey) == ["vig", "helpende", "begeleider"] && res.roles[0].score == 1000)
        #expect(res.roles[0].explanation == "Je hebt alle 5 vaardigheden: je bent nu al inzetbaar als Verzorgende-IG.")
        #expect(res.roles[1].onward.first?.explanation == "Na Helpende kun je doorgroeien naar Verzorgende-IG zonder extra vaardigheden.")
        #expect(res.routes.first?.title == "Verzorgende-IG voor medewerkers" && res.routes.first?.score == 900)
        #expect(res.routes.first?.fit.intake == 994 && res.routes.first?.nextIntake == F.day("2026-09-01"))
        #expect(Self.titles(res.routes) == ["Verzorgende-IG voor medewerkers", "Begeleider online", "Helpende in de wijk"])
        #expect(Self.reasons(res) == [
            "Helpende intensief": ["Deze route vraagt 24 uur per week; jij hebt 20 uur."],
            "Begeleider in Dalburg": ["De dichtstbijzijnde plek van deze route is 56 km van huis (Dalburg); jij wilt maximaal 50 km reizen."],
        ])
    }

    /// Case 9 — Joost, zij-instromer in Cedeveen, 24 h, 30 km, starts 15 Oct 2026, wants VIG.
    /// r3's next intake is 1 Feb 2027: 109 days → 1000 − 79000/150 = 474 → 847, just below r4 (850).
    /// VIG role: 2 of 5 → 400, gap m5 m4 m6 = 60 h → 850, wish → 610; Helpende (all had) 800 tops the roles.
    @Test("9 · Joost, starting mid-October: a long wait for the VIG intake costs it the first place")
    func joost() {
        let res = F.match(F.candidate(.sideEntrant, [F.req("wassen", 2), F.req("eten", 2), F.req("rapporteren", 2), F.req("medicatie", 1), F.req("wondzorg", 1)],
                                      hours: 24, home: "GM0003", km: 30, start: "2026-10-15", roles: ["vig"]))
        #expect(Self.titles(res.routes) == ["Begeleider online", "Verzorgende-IG voor medewerkers", "Helpende in de wijk", "Helpende intensief", "Begeleider in Dalburg"])
        #expect(res.routes.map(\.score) == [850, 847, 840, 840, 840])
        #expect(res.routes[1].nextIntake == F.day("2027-02-01") && res.routes[1].fit.intake == 474)
        #expect(res.routes[1].explanation.contains("Je kunt starten op 1 februari 2027."))
        #expect(res.excluded.isEmpty)
        #expect(res.roles.map(\.score) == [800, 610, 594])
        #expect(res.roles[1].cover.modules.map(\.title) == ["Wondzorg", "Medicatie", "Verzorgen gevorderd"] && res.roles[1].cover.hours == 60)
    }

    /// Case 10 — Karin, job seeker in Aadorp with 0 hours this period. Every route asks hours, so
    /// every route is excluded and the hours fit is 0 everywhere. Nearest: r2 (0 km, no group
    /// limit) (40000 + 15000 + 10000 + 10000 + 5000)/100 = 800, then r1 734, r5 650, r4 566, r3 549.
    @Test("10 · Karin, 0 hours available: every route excluded, still five nearest options and three roles")
    func karin() {
        let res = F.match(F.candidate(.jobSeeker, [], hours: 0, home: "GM0001", km: 25))
        #expect(res.fitsNothingStandard && res.routes.isEmpty && res.excludedCount == 5)
        #expect(Self.titles(res.nearest) == ["Helpende intensief", "Helpende in de wijk", "Begeleider in Dalburg", "Begeleider online", "Verzorgende-IG voor medewerkers"])
        #expect(res.nearest.map(\.score) == [800, 734, 650, 566, 549])
        #expect(res.nearest[0].reasons == ["Deze route vraagt 24 uur per week; jij hebt 0 uur."])
        #expect(res.nearest[0].explanation.hasPrefix("Deze route past nu niet. Deze route vraagt 24 uur per week; jij hebt 0 uur."))
        #expect(res.roles.count == 3)
    }

    @Test("The route without a role is never matched; limit keeps the best; same input, same result")
    func determinism() {
        let c = F.candidate(.sideEntrant, [F.req("rapporteren", 1)], hours: 16, home: "GM0001", km: 25, roles: ["helpende"])
        let a = F.match(c), b = F.match(c)
        #expect(a == b)
        #expect(!(a.routes + a.excluded).contains { $0.title == "Oriëntatie zonder beroep" })
        let one = MatchEngine.match(c, in: F.catalogue, limit: 1, today: F.today)
        #expect(one.roles.count == 1 && one.routes.map(\.title) == ["Helpende in de wijk"] && one.excluded.map(\.title) == ["Helpende intensief"] && one.excludedCount == 3)
    }

    @Test("An empty catalogue gives an empty result with a sentence, never a crash")
    func emptyCatalogue() throws {
        let empty = MatchingCatalogue(taxonomy: try SkillTaxonomy(categories: [], skills: [], roles: []), modules: [:], routes: [:], municipalities: [])
        let res = MatchEngine.match(F.candidate(.student, [], hours: 8, home: "GM0001", km: 10), in: empty)
        #expect(empty.isEmpty && res.roles.isEmpty && res.routes.isEmpty && res.summary == "Er is nog geen aanbod in deze regio.")
    }
}

@Suite("Candidate input: impossible values get Dutch field errors")
struct CandidateInputTests {
    typealias F = MatchingFixture

    @Test("A complete, sensible input becomes a profile; travel defaults to 25 km")
    func valid() throws {
        var input = CandidateInput()
        input.situation = "zij-instromer"; input.skills = [SkillLevelInput(skill: "wassen", level: 2)]; input.hoursPerWeek = "16"
        input.municipalityCode = " GM0001 "; input.startDate = "2026-09-01"; input.wishedRoles = ["helpende"]; input.targetGroups = ["zij-instromers"]
        let profile = try CandidateProfile.validate(input, vocabulary: F.catalogue.vocabulary).get()
        #expect(profile.situation == .sideEntrant && profile.hoursPerWeek == 16 && profile.maxTravelKm == 25 && profile.municipalityCode == "GM0001")
        #expect(profile.skills == [F.req("wassen", 2)] && profile.startDate == F.day("2026-09-01") && profile.wishedRoles == ["helpende"])
        #expect(CandidateSituation.informalCarer.dutchLabel == "Mantelzorger")
    }

    @Test("Negative hours, unknown skill, bad level, unknown municipality, too far, unknown role: every problem in Dutch")
    func impossible() {
        var input = CandidateInput()
        input.situation = "astronaut"
        input.skills = [SkillLevelInput(skill: "vliegen", level: 2), SkillLevelInput(skill: "wassen", level: 7), SkillLevelInput(skill: "eten", level: 1),
                        SkillLevelInput(skill: "eten", level: 2)]
        input.hoursPerWeek = "-4"; input.municipalityCode = "GM9999"; input.maxTravelKm = "500"; input.startDate = "2026-02-30"
        input.wishedRoles = ["piloot"]; input.experience = String(repeating: "x", count: Limits.goal + 1)
        guard case .failure(let f) = CandidateProfile.validate(input, vocabulary: F.catalogue.vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(f.messages(for: "situation").first?.hasPrefix("Onbekende waarde ‘astronaut’ voor jouw situatie. Kies uit: zij-instromer (Zij-instromer)") == true)
        #expect(f.messages(for: "skills[0]") == ["Onbekende vaardigheid ‘vliegen’."])
        #expect(f.messages(for: "skills[1]") == ["Kies een niveau van 1 tot en met 4 voor ‘wassen’."])
        #expect(f.messages(for: "skills[3]") == ["‘eten’ staat al bij jouw vaardigheden."])
        #expect(f.messages(for: "hoursPerWeek") == ["Uren per week moet een heel getal zijn van 0 tot en met 60."])
        #expect(f.messages(for: "municipalityCode") == ["Onbekende gemeente ‘GM9999’: kies een gemeente uit de lijst."])
        #expect(f.messages(for: "maxTravelKm") == ["Reisafstand moet een heel aantal kilometers zijn van 0 tot en met 200."])
        #expect(f.messages(for: "startDate") == ["Startdatum is geen geldige datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01."])
        #expect(f.messages(for: "wishedRoles") == ["Onbekend beroep ‘piloot’."])
        #expect(f.messages(for: "experience") == ["Ervaring is te lang: 2001 tekens, maximaal 2000."])
    }

    @Test("Missing required fields and 61 hours are refused; JSON numbers read as numbers")
    func missingAndJSON() throws {
        guard case .failure(let f) = CandidateProfile.validate(CandidateInput(), vocabulary: F.catalogue.vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(f.messages(for: "situation") == ["Jouw situatie is verplicht."])
        #expect(f.messages(for: "hoursPerWeek") == ["Uren per week is verplicht."])
        #expect(f.messages(for: "municipalityCode") == ["Woonplaats (gemeente) is verplicht."])
        let json = #"{"situation":"student","hoursPerWeek":61,"municipalityCode":"GM0002","maxTravelKm":-1}"#
        let input = try JSONDecoder().decode(CandidateInput.self, from: Data(json.utf8))
        guard case .failure(let g) = CandidateProfile.validate(input, vocabulary: F.catalogue.vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(g.errors.map(\.field) == ["hoursPerWeek", "maxTravelKm"])
    }
}
