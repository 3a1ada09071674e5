import Foundation
@testable import RegioCore
import Testing

@Suite("Validation of initiatives and organisations")
struct ValidationTests {
    static let org = UUID()
    let vocabulary = LandscapeVocabulary(strategicThemes: ["kandidaatperspectief"], knowledgeThemes: ["permanent-leren"],
                                         targetGroups: ["zij-instromers"], careDomains: ["ggz"], municipalityCodes: ["GM0344", "GM0307"],
                                         organisationIDs: [ValidationTests.org])

    func errors(_ build: (inout InitiativeInput) -> Void) -> [FieldError] {
        var input = InitiativeInput()
        input.name = "Leerlab"
        build(&input)
        if case .failure(let f) = InitiativeFields.validate(input, vocabulary: vocabulary) { return f.errors }
        return []
    }

    @Test func acceptsACompleteInitiative() throws {
        var input = InitiativeInput()
        input.name = "  Leerlab Utrecht  "; input.kind = "lab"; input.maturity = "pilot"; input.recordStatus = "published"
        input.strategicThemes = ["kandidaatperspectief", "kandidaatperspectief"]; input.targetGroups = ["zij-instromers"]
        input.municipalityCodes = ["gm0344"]; input.participants = [ParticipantInput(organisationId: Self.org.uuidString, role: "lead")]
        input.startDate = "2026-01-01"; input.fundingEndDate = "2026-12-31"; input.links = ["https://example.org"]; input.contactEmail = "a@example.org"
        let f = try InitiativeFields.validate(input, vocabulary: vocabulary).get()
        #expect(f.name == "Leerlab Utrecht" && f.kind == .lab && f.strategicThemes == ["kandidaatperspectief"] && f.municipalityCodes == ["GM0344"])
        #expect(f.participants == [Participant(organisationID: Self.org, role: .lead)])
        // And back: the input of the fields validates to the same fields.
        #expect(try InitiativeFields.validate(InitiativeInput(f), vocabulary: vocabulary).get() == f)
    }

    @Test func reportsEveryProblemWithItsField() {
        let e = errors {
            $0.name = " "; $0.kind = "raket"; $0.startDate = "2026-05-01"; $0.fundingEndDate = "2026-04-30"
            $0.municipalityCodes = ["GM9999"]; $0.links = ["ftp://x"]; $0.contactEmail = "geen-adres"
            $0.participants = [ParticipantInput(organisationId: UUID().uuidString, role: "lead")]
            $0.description = String(repeating: "x", count: Limits.description + 1)
        }
        #expect(Set(e.map(\.field)) == ["name", "kind", "fundingEndDate", "municipalityCodes", "links", "contactEmail", "participants[0]", "description"])
        #expect(e.first { $0.field == "fundingEndDate" }?.message == "De einddatum van de financiering (30 april 2026) ligt vóór de startdatum (1 mei 2026).")
    }

    @Test func impossibleDatesAndDuplicateParticipants() {
        #expect(errors { $0.startDate = "2026-02-30" }.map(\.field) == ["startDate"])
        let twice = ParticipantInput(organisationId: Self.org.uuidString, role: "partner")
        #expect(errors { $0.participants = [twice, twice] }.map(\.field) == ["participants[1]"])
    }

    @Test func partialUpdateKeepsOtherFields() {
        var base = InitiativeInput(); base.name = "A"; base.goal = "Doel"
        var patch = InitiativeInput(); patch.goal = "Nieuw doel"
        let merged = base.merging(patch)
        #expect(merged.name == "A" && merged.goal == "Nieuw doel")
    }

    @Test func organisationValidation() {
        var input = OrganisationInput()
        input.name = "Zorg"; input.kind = "zorg"; input.careDomains = ["ggz", "iets"]; input.municipalityCode = "GM0001"; input.website = "example.org"
        guard case .failure(let f) = OrganisationFields.validate(input, vocabulary: vocabulary) else { Issue.record("accepted"); return }
        #expect(Set(f.errors.map(\.field)) == ["careDomains", "municipalityCode", "website"])
    }
}

@Suite("Small values: dates, CSV, slugs, history diffs")
struct CommonTests {
    @Test func calendarDays() {
        #expect(CalendarDay(iso: "2026-01-31")?.adding(months: 1).iso == "2026-02-28")
        #expect(CalendarDay(iso: "2024-02-29") != nil && CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "2026-3-1") == nil)
        #expect(CalendarDay(iso: "2026-03-01")?.dutch == "1 maart 2026")
    }

    @Test func csvRoundTrip() throws {
        let rows = [["a", "b, c", "zeg \"hoi\""], ["regel\nnieuw", "=SOM(A1)", ""]]
        let text = CSV.encode(header: ["x", "y", "z"], rows: rows)
        let back = try CSV.decode(text)
        #expect(back.first == ["x", "y", "z"])
        #expect(back.dropFirst().map { $0.map(CSV.unguard) } == rows)
        #expect(text.contains("'=SOM(A1)")) // formulas are neutralised for spreadsheets
        #expect(throws: CSV.ParseError.self) { try CSV.decode("a,\"open") }
    }

    @Test func slugs() {
        #expect(Slug.make("Ouderen- en thuiszorg (VVT)") == "ouderen-en-thuiszorg-vvt")
        #expect(Slug.make("Zorg en technologie") == "zorg-en-technologie")
        #expect(Slug.sentenceCase("zij-instromers") == "Zij-instromers")
    }

    @Test func diffListsChangedFieldsInOrder() {
        let d = FieldChange.diff(old: ["name": "A", "goal": "x", "kind": ""], new: ["name": "B", "goal": "x", "kind": "Lab"], fieldOrder: ["name", "kind"])
        #expect(d == [FieldChange(field: "name", old: "A", new: "B"), FieldChange(field: "kind", old: nil, new: "Lab")])
    }
}
