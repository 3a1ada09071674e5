import Foundation
@testable import RegioCore
import Testing

@Suite("Learning places: validation, period and tally")
struct LearningPlaceTests {
    static let orgA = UUID(), orgB = UUID()
    static let vocabulary = LearningPlaceVocabulary(organisationIDs: [orgA, orgB], municipalityCodes: ["GM0344", "GM0307", "GM0355"],
                                                    roleKeys: ["helpende-zorg-en-welzijn"])
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static func input(count: String? = "4", capacity: String? = "2", start: String? = "2026-09-01", end: String? = "2027-07-15") -> LearningPlaceInput {
        var i = LearningPlaceInput()
        i.organisationId = orgA.uuidString; i.municipalityCode = "gm0344"; i.kind = "bbl-plek"
        i.count = count; i.supervisionCapacity = capacity; i.startDate = start; i.endDate = end
        i.roleKey = "helpende-zorg-en-welzijn"; i.description = "  Leren en werken op een fictieve afdeling.  "
        return i
    }

    @Test("Kinds have the Dutch names of the field")
    func kinds() {
        #expect(LearningPlaceKind.allCases.map(\.dutchLabel) == ["Stage (BOL)", "BBL-plek", "Leerbaan", "Snuffelstage"])
        #expect(LearningPlaceKind.parse(" snuffelstage ") == .tasterInternship && LearningPlaceKind.parse("stage") == nil)
    }

    @Test("Good input: codes upper-cased, text trimmed, dates and numbers typed")
    func valid() throws {
        let f = try LearningPlaceFields.validate(Self.input(), vocabulary: Self.vocabulary).get()
        #expect(f.organisationID == Self.orgA && f.municipalityCode == "GM0344" && f.kind == .bblPlace)
        #expect(f.count == 4 && f.supervisionCapacity == 2 && f.startDate == Self.day("2026-09-01") && f.endDate == Self.day("2027-07-15"))
        #expect(f.roleKey == "helpende-zorg-en-welzijn" && f.description == "Leren en werken op een fictieve afdeling.")
        // The start and end on one day is a one-day snuffelstage: allowed.
        #expect((try? LearningPlaceFields.validate(Self.input(start: "2026-10-01", end: "2026-10-01"), vocabulary: Self.vocabulary).get()) != nil)
    }

    @Test("Bad input: every field named with a Dutch message, in one pass")
    func invalid() {
        var i = Self.input(count: "-3", capacity: "veel", start: "2026-09-01", end: "2026-08-31")
        i.organisationId = UUID().uuidString; i.municipalityCode = "GM9999"; i.kind = "stage"; i.roleKey = "astronaut"
        guard case .failure(let failure) = LearningPlaceFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(failure.errors.map(\.field) == ["organisationId", "municipalityCode", "kind", "count", "supervisionCapacity", "endDate", "roleKey"])
        #expect(failure.messages(for: "count") == ["Aantal plekken moet een heel getal zijn van 1 tot en met 999, niet ‘-3’."])
        #expect(failure.messages(for: "supervisionCapacity") == ["Begeleidingscapaciteit moet een heel getal zijn van 0 tot en met 999, niet ‘veel’."])
        #expect(failure.messages(for: "endDate") == ["Einddatum ligt vóór de startdatum: 31 augustus 2026 is eerder dan 1 september 2026."])
        #expect(failure.messages(for: "municipalityCode").first?.hasPrefix("Onbekende gemeentecode ‘GM9999’") == true)
        #expect(failure.messages(for: "organisationId").first?.hasPrefix("Onbekende organisatie") == true)
        #expect(failure.messages(for: "roleKey") == ["Onbekend beroep ‘astronaut’: kies een beroep uit de lijst van beroepen."])
        #expect(failure.messages(for: "kind").first?.contains("snuffelstage (Snuffelstage)") == true)
    }

    @Test("Empty input: the required fields say so; zero places, a wrong date and a period of years are refused")
    func required() {
        guard case .failure(let empty) = LearningPlaceFields.validate(LearningPlaceInput(), vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(empty.errors.map(\.message) == ["Organisatie is verplicht.", "Gemeente is verplicht.", "Soort is verplicht.", "Aantal plekken is verplicht.",
                                                "Begeleidingscapaciteit is verplicht.", "Startdatum is verplicht.", "Einddatum is verplicht."])
        guard case .failure(let zero) = LearningPlaceFields.validate(Self.input(count: "0", capacity: "1,5", start: "2026-02-30", end: "2036-01-01"),
                                                                     vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(zero.errors.map(\.field) == ["count", "supervisionCapacity", "startDate"])
        guard case .failure(let long) = LearningPlaceFields.validate(Self.input(start: "2026-09-01", end: "2037-09-01"), vocabulary: Self.vocabulary) else {
            Issue.record("expected errors"); return
        }
        #expect(long.messages(for: "endDate") == ["Einddatum ligt meer dan 6 jaar na de startdatum (1 september 2026 tot 1 september 2037); klopt het jaartal?"])
    }

    @Test("Supervision: fewer supervisors than places, or none, is allowed with a note; enough supervisors, no note")
    func supervisionNotes() throws {
        let short = try LearningPlaceFields.validate(Self.input(count: "4", capacity: "2"), vocabulary: Self.vocabulary).get()
        #expect(short.supervisedAtOnce == 2)
        #expect(short.notes == ["Er kunnen 2 leerlingen tegelijk begeleid worden bij 4 plekken: plan de plekken na elkaar in de periode, of vergroot de begeleiding."])
        let none = try LearningPlaceFields.validate(Self.input(count: "3", capacity: "0"), vocabulary: Self.vocabulary).get()
        #expect(none.supervisedAtOnce == 0 && none.notes.count == 1 && none.notes[0].hasPrefix("Er is nog geen begeleidingscapaciteit"))
        let enough = try LearningPlaceFields.validate(Self.input(count: "3", capacity: "5"), vocabulary: Self.vocabulary).get()
        #expect(enough.supervisedAtOnce == 3 && enough.notes.isEmpty)
    }

    @Test("JSON may send numbers as numbers or text; a value of another kind is named by validation")
    func json() throws {
        let decoded = try JSONDecoder().decode(LearningPlaceInput.self, from: Data(#"{"count":3,"supervisionCapacity":"2","kind":"leerbaan"}"#.utf8))
        #expect(decoded.count == "3" && decoded.supervisionCapacity == "2" && decoded.kind == "leerbaan")
        let odd = try JSONDecoder().decode(LearningPlaceInput.self, from: Data(#"{"count":[1]}"#.utf8))
        #expect(odd.count == "?")
        // A partial update keeps what it does not name.
        let merged = Self.input().merging(decoded)
        #expect(merged.count == "3" && merged.kind == "leerbaan" && merged.municipalityCode == "gm0344")
    }

    static func place(_ org: UUID, _ code: String, _ kind: LearningPlaceKind, count: Int, capacity: Int, _ start: String, _ end: String) -> LearningPlaceFields {
        LearningPlaceFields(organisationID: org, municipalityCode: code, kind: kind, count: count, startDate: day(start), endDate: day(end), supervisionCapacity: capacity)
    }

    /// Five records; the hand-checked sums are in the test below.
    static let places = [
        place(orgA, "GM0344", .bblPlace, count: 4, capacity: 2, "2026-09-01", "2027-07-15"),       // 1
        place(orgA, "GM0344", .bolInternship, count: 3, capacity: 3, "2026-02-01", "2026-06-30"),  // 2: over before the autumn
        place(orgB, "GM0344", .tasterInternship, count: 10, capacity: 1, "2026-11-01", "2026-11-30"), // 3
        place(orgB, "GM0307", .bblPlace, count: 2, capacity: 5, "2027-01-01", "2028-12-31"),       // 4: starts next year
        place(orgB, "GM0355", .learningJob, count: 1, capacity: 1, "2025-01-01", "2026-09-01"),     // 5: its last day is 1 September
    ]

    @Test("Tally of places open in a period, per municipality and kind (hand-checked)")
    func tally() {
        // Open on 1 September 2026: records 1 (starts that day) and 5 (ends that day).
        let sept = LearningPlaceTally(Self.places, from: Self.day("2026-09-01"), to: Self.day("2026-09-01"))
        #expect(sept.total == .init(records: 2, places: 5, supervisedAtOnce: 3))
        #expect(sept.places(in: "GM0344") == 4 && sept.places(in: "GM0355") == 1 && sept.places(in: "GM0307") == 0)

        // Autumn 2026 (1 Sep – 31 Dec): records 1, 3, 5.  Places 4 + 10 + 1 = 15; at once 2 + 1 + 1 = 4.
        let autumn = LearningPlaceTally(Self.places, from: Self.day("2026-09-01"), to: Self.day("2026-12-31"))
        #expect(autumn.total == .init(records: 3, places: 15, supervisedAtOnce: 4))
        #expect(autumn.byMunicipality["GM0344"] == .init(records: 2, places: 14, supervisedAtOnce: 3))
        #expect(autumn.byKind[.bblPlace] == .init(records: 1, places: 4, supervisedAtOnce: 2))
        #expect(autumn.byKind[.tasterInternship]?.places == 10 && autumn.byKind[.bolInternship] == nil)

        // From 1 October 2026 on, open-ended: records 1, 3, 4.  Places 4 + 10 + 2 = 16.
        let onward = LearningPlaceTally(Self.places, from: Self.day("2026-10-01"), to: nil)
        #expect(onward.total.places == 16 && onward.total.records == 3 && onward.places(in: "GM0307") == 2 && onward.places(in: "GM0355") == 0)

        // All of 2026: every record but 4.  Places 4 + 3 + 10 + 1 = 18.
        let year = LearningPlaceTally(Self.places, from: Self.day("2026-01-01"), to: Self.day("2026-12-31"))
        #expect(year.total.places == 18 && year.byMunicipality.keys.sorted() == ["GM0344", "GM0355"])
        #expect(LearningPlaceTally([], from: Self.day("2026-01-01"), to: nil).total == .init())
    }

    @Test("The query: parsed from the URL, Dutch errors for unknown values, the same filter as the tally")
    func query() throws {
        let params = ["kind": ["bbl-plek", "leerbaan"], "municipality": ["gm0344"], "organisation": [Self.orgA.uuidString.lowercased()],
                      "from": ["2026-09-01"], "to": ["2026-12-31"], "page": ["2"], "utm_source": ["nieuwsbrief"]]
        let q = try LearningPlaceQuery.parse(params, vocabulary: Self.vocabulary).get()
        #expect(q.kinds == [.bblPlace, .learningJob] && q.municipalityCodes == ["GM0344"] && q.organisationIDs == [Self.orgA] && q.page == 2)
        #expect(q.parameters.map(\.0) == ["kind", "kind", "municipality", "organisation", "from", "to", "page"])
        let today = Self.day("2026-10-15")
        #expect(Self.places.filter { q.matches($0, today: today) }.map(\.count) == [4])
        #expect(Self.places.filter { q.matches($0, today: today, ignoringMunicipality: true) }.map(\.count) == [4])
        // Without a period: from today on, so record 2 (over) and 5 (over) drop out.
        #expect(Self.places.filter { LearningPlaceQuery().matches($0, today: today) }.map(\.count) == [4, 10, 2])

        guard case .failure(let bad) = LearningPlaceQuery.parse(["kind": ["ruimtevaart"], "municipality": ["GM9999"], "from": ["2026-13-01"],
                                                                 "page": ["0"]], vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(bad.errors.map(\.field) == ["kind", "municipality", "from", "page"])
        guard case .failure(let backwards) = LearningPlaceQuery.parse(["from": ["2026-09-01"], "to": ["2026-08-01"]], vocabulary: Self.vocabulary) else {
            Issue.record("expected an error"); return
        }
        #expect(backwards.messages(for: "to") == ["De periode eindigt (1 augustus 2026) vóór ze begint (1 september 2026)."])
    }
}
