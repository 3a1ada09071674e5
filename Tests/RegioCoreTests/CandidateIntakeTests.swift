import Foundation
@testable import RegioCore
import Testing

/// The intake's newer parts: postcode areas, education and experience, care domains one
/// by one, and the coordinator's anonymous figures.
@Suite("Candidate intake and figures")
struct CandidateIntakeTests {
    typealias F = MatchingFixture

    static func input(postcode: String?, municipality: String? = nil) -> CandidateInput {
        var input = CandidateInput()
        input.situation = "werkzoekende"; input.hoursPerWeek = "20"; input.municipalityCode = municipality; input.postcodeArea = postcode
        return input
    }

    @Test("A postcode area keeps only its four digits; shapes that are no Dutch postcode are refused")
    func postcodeShapes() {
        #expect(PostcodeArea.parse("3511") == "3511" && PostcodeArea.parse(" 3511 ab ") == "3511" && PostcodeArea.parse("9999ZZ") == "9999")
        for bad in ["0123", "12345", "351", "35A1", "3511 A", "3511 1A", "ABCD", "", "٣٥١١"] { #expect(PostcodeArea.parse(bad) == nil, "\(bad)") }
    }

    @Test("Without a postcode table the municipality is still needed; with one, the postcode finds it, and an unknown area is refused in Dutch")
    func postcodeTable() throws {
        var vocabulary = F.catalogue.vocabulary
        guard case .failure(let f) = CandidateProfile.validate(Self.input(postcode: "1234"), vocabulary: vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(f.errors.map(\.field) == ["municipalityCode"])
        let withCode = try CandidateProfile.validate(Self.input(postcode: "1234 AB", municipality: "GM0002"), vocabulary: vocabulary).get()
        #expect(withCode.postcodeArea == "1234" && withCode.municipalityCode == "GM0002")

        vocabulary.postcodeAreas = ["1234": "GM0003", "5678": "GM9999"]
        #expect(try CandidateProfile.validate(Self.input(postcode: "1234"), vocabulary: vocabulary).get().municipalityCode == "GM0003")
        guard case .failure(let g) = CandidateProfile.validate(Self.input(postcode: "4321"), vocabulary: vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(g.messages(for: "postcodeArea") == ["Postcode 4321 bestaat niet of ligt niet in Nederland. Kijk of je hem goed hebt getypt, of kies alleen je gemeente."])
        guard case .failure(let h) = CandidateProfile.validate(Self.input(postcode: "0000"), vocabulary: vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(Set(h.errors.map(\.field)) == ["postcodeArea", "municipalityCode"])
        // The municipality the candidate chose wins over the table.
        #expect(try CandidateProfile.validate(Self.input(postcode: "1234", municipality: "GM0001"), vocabulary: vocabulary).get().municipalityCode == "GM0001")
    }

    @Test("Education and kinds of experience are checked and kept; unknown ones are refused")
    func educationAndExperience() throws {
        var input = Self.input(postcode: nil, municipality: "GM0001")
        input.education = "mbo-2"; input.experienceAreas = ["mantelzorg", "", "mantelzorg", "horeca"]
        let profile = try CandidateProfile.validate(input, vocabulary: F.catalogue.vocabulary).get()
        #expect(profile.education == .mbo2 && profile.experienceAreas == [.informalCare, .hospitality])
        input.education = "rijbewijs"; input.experienceAreas = ["ruimtevaart"]
        guard case .failure(let f) = CandidateProfile.validate(input, vocabulary: F.catalogue.vocabulary) else { Issue.record("expected a refusal"); return }
        #expect(f.errors.map(\.field) == ["experienceAreas", "education"])
        #expect(f.messages(for: "experienceAreas") == ["Onbekende soort ervaring ‘ruimtevaart’."])
    }

    @Test("A role with several care domains is wished through any one of them")
    func domainsOneByOne() {
        let role = Role(key: "x", label: "X", educationLevel: "mbo 2", domain: "ouderenzorg, thuiszorg ,", description: "", next: [], requires: [])
        #expect(role.domains == ["ouderenzorg", "thuiszorg"])
    }

    @Test("Figures: counts of 1–4 are hidden as 'minder dan 5', zero and five and up are exact; rows largest first, then by key")
    func figures() {
        func entry(_ role: String?, _ code: String, _ gaps: [String], fits: Bool = true) -> CandidateFigures.Entry {
            CandidateFigures.Entry(topRole: role, municipalityCode: code, situation: "werkzoekende", gapSkills: gaps, fitsRoute: fits)
        }
        let entries = Array(repeating: entry("helpende", "GM0001", ["wassen", "wassen", "eten"]), count: 5)
            + [entry("vig", "GM0002", ["eten"], fits: false), entry(nil, "GM0999", [], fits: false)]
        let area = ["GM0001": "A", "GM0002": "B"]
        let f = CandidateFigures(entries, area: { area[$0] })
        #expect(f.total == .exact(7) && f.withoutFittingRoute == .fewerThan(5))
        #expect(f.byRole.map(\.key) == ["helpende", "", "vig"] && f.byRole.map(\.count.description) == ["5", "minder dan 5", "minder dan 5"])
        #expect(f.byArea.map(\.key) == ["A", "", "B"])
        #expect(f.byGapSkill.map(\.key) == ["eten", "wassen"] && f.byGapSkill.map(\.count) == [.exact(6), .exact(5)], "a skill counts once per candidate")
        let none = CandidateFigures([], area: { _ in nil })
        #expect(none.total == .exact(0) && none.byRole.isEmpty && none.withoutFittingRoute.description == "0")
    }
}
