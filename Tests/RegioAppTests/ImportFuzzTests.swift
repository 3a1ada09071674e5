import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// A small, seeded generator (SplitMix64): the same seed gives the same inputs, so a
/// failure printed with its seed can be replayed with `REGIO_FUZZ_SEED`.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Fuzzing of every importer and of the matching input, bounded in count: every CSV
/// import route of the router gets generated files (real column names of the exports,
/// cells that are valid, almost valid, hostile or huge; broken quoting; random bytes), and
/// `POST /api/v1/matches` gets mutated profiles. Nothing may answer 5xx, and a refused
/// import writes nothing. `REGIO_FUZZ_ITERATIONS` (default 20 per route) and
/// `REGIO_FUZZ_SEED` (default: a fixed seed, so CI is repeatable) set the run.
@Suite("Fuzzing of the importers and the matching input")
struct ImportFuzzTests {
    static var iterations: Int { Int(ProcessInfo.processInfo.environment["REGIO_FUZZ_ITERATIONS"] ?? "") ?? 20 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["REGIO_FUZZ_SEED"] ?? "") ?? 20_261_124 }

    /// Cells to build rows from: plausible values, values of the wrong kind, hostile text.
    static func cell(_ rng: inout SeededGenerator, ids: [UUID]) -> String {
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return ""
        case 1: return ids.randomElement(using: &rng)?.uuidString ?? ""
        case 2: return UUID().uuidString
        case 3: return String(Int.random(in: -5...500, using: &rng))
        case 4: return "2026-\(Int.random(in: 0...13, using: &rng))-\(Int.random(in: 0...32, using: &rng))"
        case 5: return ["ja", "nee", "true", "per-plek", "open", "lopend", "gepland", "centraal", "regelgeving", "bbl-plek", "programme", "GM0344"].randomElement(using: &rng)!
        case 6: return "Fictief \"aangehaald\", met komma"
        case 7: return "regel\neen\r\ntwee"
        case 8: return String(repeating: "x", count: Int.random(in: 1000...20000, using: &rng))
        case 9: return "<script>alert(1)</script>"
        case 10: return "' OR 1=1; --"
        case 11: return "a|b|c|\(ids.randomElement(using: &rng)?.uuidString ?? "")"
        case 12: return "3,5"
        case 13: return "€ 1.250,50"
        case 14: return "\u{0}\u{1F}\u{202E}ë🙂"
        default: return "Fictieve waarde \(Int.random(in: 0...99, using: &rng))"
        }
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A generated CSV file over `header` (sometimes with a column dropped, added or broken quoting).
    static func file(_ rng: inout SeededGenerator, header: [String], ids: [UUID]) -> String {
        var columns = header
        switch Int.random(in: 0..<8, using: &rng) {
        case 0 where !columns.isEmpty: columns.remove(at: Int.random(in: 0..<columns.count, using: &rng))
        case 1: columns.append("onbekend")
        case 2: columns.shuffle(using: &rng)
        default: break
        }
        if Int.random(in: 0..<12, using: &rng) == 0 {
            // Random bytes as text: not CSV at all.
            return String(decoding: (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
        }
        let rows = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
            columns.map { _ in quoted(cell(&rng, ids: ids)) }.joined(separator: ",")
        }
        var text = ([columns.joined(separator: ",")] + rows).joined(separator: "\r\n")
        if Int.random(in: 0..<10, using: &rng) == 0 { text += "\r\n\"niet gesloten" }
        return text
    }

    @Test("Every CSV importer: generated files never give a 5xx, and a refused file writes nothing")
    func importers() async throws {
        try await withApp { app in
            let ids = try await CollaborationTests.setUp(app)
            _ = try await AuthorisationMatrixTests.fixture(app, ids)
            let coordinator = HTMLFlowTests.Browser(app)
            try await coordinator.login("coordinator@example.org")
            // The real column names, from every CSV export the router has.
            var headers: [[String]] = []
            for route in app.routes.all where route.method == .GET && route.path.last?.description.hasSuffix(".csv") == true
                && !route.path.contains(where: { if case .parameter = $0 { true } else { false } }) {
                let csv = try await coordinator.get("/" + route.path.map(\.description).joined(separator: "/")).body.string
                if let first = csv.split(separator: "\r\n").first { headers.append(first.split(separator: ",").map(String.init)) }
            }
            #expect(headers.count >= 8, "\(headers.count) exports found")
            let recordIDs = try await Initiative.query(on: app.db).all().compactMap(\.id) + [ids.a, ids.b, ids.c]
            let imports = app.routes.all.filter { $0.method == .POST && ["import", "importeren"].contains($0.path.last?.description ?? "") }
            #expect(imports.count >= 8, "\(imports.count) import routes")
            var rng = SeededGenerator(seed: Self.seed)
            for route in imports {
                let path = "/" + route.path.map(\.description).joined(separator: "/")
                for n in 0..<Self.iterations {
                    let text = Self.file(&rng, header: headers.randomElement(using: &rng) ?? ["id"], ids: recordIDs)
                    let before = try await RecordChange.query(on: app.db).count()
                    let res: TestingHTTPResponse
                    if path.hasPrefix("/api/") {
                        var h = TestUsers.basic("coordinator@example.org")
                        h.contentType = HTTPMediaType(type: "text", subType: "csv")
                        res = try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: text))
                    } else if path == "/aanbod/importeren" {
                        res = try await coordinator.upload(path, [("kind", OfferKind.allCases.randomElement(using: &rng)!.rawValue),
                                                                 ("mode", ImportMode.allCases.randomElement(using: &rng)!.rawValue)], file: ("fuzz.csv", text))
                    } else {
                        res = try await coordinator.upload(path, file: ("fuzz.csv", text))
                    }
                    #expect(res.status.code < 500, "\(path) #\(n) seed \(Self.seed) → \(res.status.code) \(res.body.string.prefix(300))")
                    if !(200..<400).contains(res.status.code) {
                        #expect(try await RecordChange.query(on: app.db).count() == before, "\(path) #\(n): a refused import wrote history")
                    }
                }
            }
        }
    }

    @Test("Matching input: mutated profiles never give a 5xx; every refusal names fields")
    func matchingInput() async throws {
        try await withApp { app in
            _ = try await CandidateTests.setUp(app)
            var rng = SeededGenerator(seed: Self.seed)
            let keys = ["situation", "skills", "hoursPerWeek", "startDate", "municipalityCode", "postcodeArea", "maxTravelKm", "wishedRoles",
                        "wishedDomains", "targetGroups", "needsIncome", "needsLanguageSupport", "experience", "education"]
            func value(_ rng: inout SeededGenerator) -> Any {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: return NSNull()
                case 1: return Int.random(in: -100...200, using: &rng)
                case 2: return ["zij-instromer", "student", "werkzoekende", "onbekend"].randomElement(using: &rng)!
                case 3: return [["skill": "tillen-en-transfers", "level": Int.random(in: -1...6, using: &rng)], ["skill": "bestaat-niet", "level": 2]]
                case 4: return ["GM0344", "GM9999", "3511", "0000AA", ""].randomElement(using: &rng)!
                case 5: return String(repeating: "a", count: Int.random(in: 0...50_000, using: &rng))
                case 6: return ["2026-13-40", "2027-01-15", "gisteren"].randomElement(using: &rng)!
                case 7: return Bool.random(using: &rng)
                case 8: return ["helpende-zorg-en-welzijn", "<script>"]
                default: return ["nested": ["deep": 1]]
                }
            }
            for n in 0..<(Self.iterations * 5) {
                var profile: [String: Any] = ["situation": "zij-instromer", "hoursPerWeek": 24, "municipalityCode": "GM0344", "maxTravelKm": 20]
                for key in keys where Int.random(in: 0..<3, using: &rng) == 0 { profile[key] = value(&rng) }
                let body = Int.random(in: 0..<20, using: &rng) == 0 ? "{\"situation\": " : String(decoding: try JSONSerialization.data(withJSONObject: profile), as: UTF8.self)
                let res = try await app.testing().sendRequest(.POST, "/api/v1/matches", headers: HTTPHeaders.json(), body: ByteBuffer(string: body))
                #expect(res.status.code < 500, "#\(n) seed \(Self.seed) → \(res.status.code) \(res.body.string.prefix(300))")
                if res.status == .unprocessableEntity { #expect(res.body.string.contains("\"errors\""), "#\(n): a refusal without fields") }
            }
        }
    }
}
