import Foundation
@testable import RegioCore
import Testing

@Suite("Progress review (Volgspot): dimensions, validation, comparison and history")
struct ProgressReviewTests {
    static let today = CalendarDay(iso: "2026-06-15")!
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    /// Scores in the order of `ReviewDimension.allCases`.
    static func review(_ date: String, _ scores: [Int]) -> ProgressReview {
        ProgressReview(date: day(date), scores: Dictionary(uniqueKeysWithValues: zip(ReviewDimension.allCases, scores)),
                       narrative: "Gesprek van de fictieve leercoalitie.")
    }

    static var input: ProgressReviewInput {
        var i = ProgressReviewInput()
        i.date = "2026-06-01"
        i.scores = Dictionary(uniqueKeysWithValues: ReviewDimension.allCases.map { ($0.rawValue, " 3 ") })
        i.narrative = "  De partners van de fictieve leercoalitie werken goed samen; de borging is nog open.  "
        i.evidenceLinks = ["https://voorbeeld.nl/verslag-juni.pdf", " ", "https://voorbeeld.nl/verslag-juni.pdf", "http://example.org/foto's"]
        return i
    }

    @Test("Six dimensions, each with a Dutch name and question; scores 1 to 5 with a meaning")
    func dimensions() {
        #expect(ReviewDimension.allCases.map(\.dutchLabel) == ["Gedeelde ambitie", "Eigenaarschap", "Samenwerking", "Resultaten", "Borging", "Leren en bijsturen"])
        #expect(ReviewDimension.allCases.allSatisfy { $0.question.hasSuffix("?") })
        #expect(ProgressReview.scores.map(ProgressReview.scoreLabel) == ["Nog niet", "Beginnend", "Op weg", "Grotendeels", "Volledig"])
    }

    @Test("Good input: scores typed, narrative trimmed, links kept once; the input of a review validates to it again")
    func valid() throws {
        let r = try ProgressReview.validate(Self.input, today: Self.today).get()
        #expect(r.date == Self.day("2026-06-01") && r.scores.count == 6 && r.scores.values.allSatisfy { $0 == 3 } && r.average == 3)
        #expect(r.narrative == "De partners van de fictieve leercoalitie werken goed samen; de borging is nog open.")
        #expect(r.evidenceLinks == ["https://voorbeeld.nl/verslag-juni.pdf", "http://example.org/foto's"])
        #expect(try ProgressReview.validate(ProgressReviewInput(r), today: Self.today).get() == r)
        // Today itself is allowed.
        var same = Self.input; same.date = Self.today.iso
        #expect((try? ProgressReview.validate(same, today: Self.today).get()) != nil)
    }

    @Test("JSON: scores as numbers or text; the stored review keeps dimension keys")
    func json() throws {
        let body = #"{"date":"2026-06-01","narrative":"Kort verslag.","scores":{"gedeelde-ambitie":4,"eigenaarschap":"3","samenwerking":5,"resultaten":2,"borging":1,"leren-en-bijsturen":3}}"#
        let input = try JSONDecoder().decode(ProgressReviewInput.self, from: Data(body.utf8))
        #expect(input.scores?["gedeelde-ambitie"] == "4" && input.scores?["eigenaarschap"] == "3")
        let r = try ProgressReview.validate(input, today: Self.today).get()
        #expect(r.score(.sharedAmbition) == 4 && r.score(.embedding) == 1 && r.evidenceLinks.isEmpty)
        let encoded = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        #expect(encoded.contains(#""gedeelde-ambitie":4"#))
        #expect(try JSONDecoder().decode(ProgressReview.self, from: Data(encoded.utf8)) == r)
    }

    @Test("Bad input: future date, unknown and missing dimensions, scores outside 1–5, no narrative, links that are not web addresses")
    func invalid() {
        var i = ProgressReviewInput()
        i.date = "2026-07-01"
        i.scores = ["gedeelde-ambitie": "0", "eigenaarschap": "6", "samenwerking": "drie", "resultaten": "4", "borging": "2", "vibes": "5"]
        i.narrative = "   "
        i.evidenceLinks = ["ftp://voorbeeld.nl/bestand", "javascript:alert(1)//voorbeeld", "https://voorbeeld", "https://voorbeeld.nl/ok"]
        guard case .failure(let f) = ProgressReview.validate(i, today: Self.today) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.field) == ["date", "scores", "scores.gedeelde-ambitie", "scores.eigenaarschap", "scores.samenwerking",
                                          "scores.leren-en-bijsturen", "narrative", "evidenceLinks[0]", "evidenceLinks[1]", "evidenceLinks[2]"])
        #expect(f.messages(for: "date") == ["Datum 1 juli 2026 ligt in de toekomst; leg een Volgspot vast nadat het gesprek is gevoerd."])
        #expect(f.messages(for: "scores").first?.hasPrefix("Onbekende dimensie ‘vibes’. Kies uit: gedeelde-ambitie, eigenaarschap") == true)
        #expect(f.messages(for: "scores.eigenaarschap") == ["Score voor Eigenaarschap moet een heel getal zijn van 1 tot en met 5, niet ‘6’."])
        #expect(f.messages(for: "scores.leren-en-bijsturen") == ["Score voor Leren en bijsturen is verplicht."])
        #expect(f.messages(for: "narrative") == ["Toelichting is verplicht."])
        #expect(f.messages(for: "evidenceLinks[0]").first?.hasPrefix("Link ‘ftp://voorbeeld.nl/bestand’ is geen geldig webadres") == true)
        #expect(f.messages(for: "evidenceLinks[2]") == ["Link ‘https://voorbeeld’ is geen geldig webadres; gebruik een volledig adres zoals https://voorbeeld.nl/verslag."])

        var empty = ProgressReviewInput(); empty.scores = [:]
        empty.evidenceLinks = Array(repeating: "https://voorbeeld.nl", count: Limits.links + 1)
        guard case .failure(let g) = ProgressReview.validate(empty, today: Self.today) else { Issue.record("expected errors"); return }
        #expect(g.messages(for: "date") == ["Datum is verplicht."] && g.errors.count(where: { $0.field.hasPrefix("scores.") }) == 6)
        #expect(g.messages(for: "evidenceLinks") == ["Hoogstens 10 links als onderbouwing; dit zijn er 11."])
    }

    @Test("Comparison: per dimension the change and its direction, with a Dutch summary")
    func comparison() {
        let spring = Self.review("2026-03-01", [2, 3, 3, 1, 2, 4]), summer = Self.review("2026-06-01", [3, 3, 2, 2, 2, 5])
        let c = ReviewComparison(from: spring, to: summer)
        #expect(c.changes.map(\.delta) == [1, 0, -1, 1, 0, 1])
        #expect(c.changes.map(\.trend) == [.improved, .same, .declined, .improved, .same, .improved])
        #expect(c.dimensions(.declined) == [.collaboration] && c.earlierDate == Self.day("2026-03-01"))
        #expect(c.dutchSummary == "Vooruit op Gedeelde ambitie, Resultaten en Leren en bijsturen; achteruit op Samenwerking; gelijk op 2 dimensies.")
        #expect(spring.average == 2.5 && summer.average == 2.8)
        #expect(ReviewComparison(from: spring, to: spring).dutchSummary == "Gelijk op alle dimensies.")
        #expect(ReviewComparison(from: summer, to: spring).dutchSummary == "Vooruit op Samenwerking; achteruit op Gedeelde ambitie, Resultaten en Leren en bijsturen; gelijk op 2 dimensies.")
    }

    @Test("History: a series per dimension, oldest first whatever the given order; the latest comparison takes the last two by date")
    func history() throws {
        let reviews = [Self.review("2026-06-01", [3, 3, 2, 2, 2, 5]), Self.review("2025-12-01", [1, 2, 3, 1, 1, 3]),
                       Self.review("2026-03-01", [2, 3, 3, 1, 2, 4])]
        let series = ReviewHistory.series(reviews)
        #expect(series.map(\.dimension) == ReviewDimension.allCases)
        #expect(series[0].points.map(\.date.iso) == ["2025-12-01", "2026-03-01", "2026-06-01"] && series[0].points.map(\.score) == [1, 2, 3])
        #expect(series[5].points.map(\.score) == [3, 4, 5])
        let latest = try #require(ReviewHistory.latestComparison(reviews))
        #expect(latest.earlierDate == Self.day("2026-03-01") && latest.laterDate == Self.day("2026-06-01"))
        #expect(ReviewHistory.latestComparison(Array(reviews.prefix(1))) == nil && ReviewHistory.series([]).allSatisfy(\.points.isEmpty))
    }
}
