import Foundation
@testable import RegioCore
import Testing

@Suite("OEAPI interop: ids, moments, intakes and codes")
struct OEAPIInteropTests {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test("SHA-1 and version-5 UUIDs give the published values (FIPS 180 and RFC 9562 vectors)")
    func nameBasedIDs() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.digest([UInt8](repeating: 0x61, count: 1000))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "www.example.com").uuidString.lowercased() == "2ed6657d-e927-568b-95e1-2665a8aea6a2")

        let module = UUID()
        let a = OEAPICodes.courseOfferingID(module: module, intake: "2027-02-01")
        #expect(a == OEAPICodes.courseOfferingID(module: module, intake: "2027-02-01"))
        #expect(a != OEAPICodes.courseOfferingID(module: module, intake: "2027-09-01"))
        #expect(a != OEAPICodes.programmeOfferingID(route: module))
    }

    @Test("RFC 3339: date-times with any offset and full-dates are read; midnight is written with the Dutch offset")
    func moments() throws {
        let utc = try #require(RFC3339.parse("2026-11-24T10:00:00Z"))
        #expect(utc.timeIntervalSince1970 == 1_795_514_400)
        #expect(RFC3339.parse("2026-11-24T11:00:00+01:00") == utc && RFC3339.parse("2026-11-24t10:00:00.5z") == utc.addingTimeInterval(0.5))
        #expect(RFC3339.parse("0001-01-01T00:00:00+00:00") != nil)
        // A full-date is the start of that day in Dutch time (23:00 UTC the day before in winter).
        #expect(RFC3339.parse("2026-11-24") == RFC3339.parse("2026-11-23T23:00:00Z"))
        for bad in ["", "2026-02-30", "2026-13-01", "2026-11-24T25:00:00Z", "2026-11-24T10:00:00", "2026-11-24T10:00Z", "gisteren", "2026-11-24T10:00:00+0100"] {
            #expect(RFC3339.parse(bad) == nil, "\(bad)")
        }
        #expect(RFC3339.midnight(Self.day("2027-02-01")) == "2027-02-01T00:00:00+01:00")
        #expect(RFC3339.midnight(Self.day("2027-07-01")) == "2027-07-01T00:00:00+02:00")
        #expect(RFC3339.parse(RFC3339.midnight(Self.day("2027-03-28"))) == RFC3339.start(of: Self.day("2027-03-28")))
    }

    @Test("Intakes: one per date in order, or a twelve-month window from today for continuous intake; since and until select by start")
    func intakes() {
        let today = Self.day("2026-11-24")
        let dated = IntakeSchedule.intakes(dates: [Self.day("2027-09-01"), Self.day("2026-02-01"), Self.day("2027-09-01")], today: today)
        #expect(dated.map(\.key) == ["2026-02-01", "2027-09-01"] && dated.allSatisfy { !$0.flexible })
        #expect(!dated[0].isOpen(on: today) && dated[1].isOpen(on: today))

        let continuous = IntakeSchedule.intakes(dates: [], today: today)
        #expect(continuous == [IntakeSchedule.Intake(key: "continuous", firstDay: today, lastDay: Self.day("2027-11-24"), flexible: true)])

        let since = RFC3339.start(of: today)
        #expect(!dated[0].startsWithin(since: since, until: nil) && dated[1].startsWithin(since: since, until: nil))
        #expect(dated[1].startsWithin(since: RFC3339.start(of: Self.day("2027-09-01")), until: RFC3339.start(of: Self.day("2027-09-01"))))
        #expect(!dated[1].startsWithin(since: nil, until: RFC3339.parse("2027-08-31T23:59:59+02:00")))
        // One can still start a continuous intake next summer, but not after its window.
        #expect(continuous[0].startsWithin(since: RFC3339.parse("2027-06-01"), until: nil))
        #expect(!continuous[0].startsWithin(since: RFC3339.parse("2028-01-01"), until: nil))
    }

    @Test("Codes: forms to modes of delivery, cents to amounts, weeks to durations")
    func codes() {
        #expect(LearningForm.allCases.map(OEAPICodes.modeOfDelivery) == ["work_based", "online", "presential", "hybrid"])
        #expect(OEAPICodes.amount(cents: 125_050) == "1250.50" && OEAPICodes.amount(cents: 5) == "0.05" && OEAPICodes.amount(cents: 0) == "0.00")
        #expect(OEAPICodes.duration(weeks: 30) == "P30W")
    }
}
