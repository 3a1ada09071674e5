import Foundation

/// A small, fast random generator with a fixed seed, so that load data is the same on
/// every run (SplitMix64).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Fictional organisations and initiatives for demos and load tests. Every name says
/// it is fictional, so nobody mistakes it for a fact about a real organisation.
public struct FictionalLandscape: Sendable {
    public var vocabulary: LandscapeVocabulary
    public var municipalityCodes: [String]

    public init(vocabulary: LandscapeVocabulary) {
        self.vocabulary = vocabulary
        municipalityCodes = vocabulary.municipalityCodes.sorted()
    }

    static let orgWords = ["Zorggroep", "Thuiszorg", "Welzijnshuis", "Opleidingscentrum", "Leerhuis", "Zorgcollege", "Wijkzorg", "Zorgcoöperatie"]
    static let orgPlaces = ["Denneburg", "Waterhoek", "Lindeveld", "Beekdal", "Heuvelrijk", "Molenwaard", "Zonnedal", "Eikenhorst"]
    static let topics = ["leerroute", "werkplekleren", "praktijkopleiding", "zij-instroom", "leercoach", "mentorprogramma", "digitale vaardigheden",
                         "leerafdeling", "skills lab", "omscholing", "loopbaangesprek", "teamleren", "simulatieonderwijs", "e-learning", "stagebegeleiding",
                         "vakmanschap", "leiderschap", "vitaliteit", "zorgtechnologie", "taalondersteuning"]
    static let audiences = ["zij-instromers", "studenten", "nieuwe collega's", "vrijwilligers", "mantelzorgers", "praktijkopleiders", "teams in de wijk",
                            "leidinggevenden", "vmbo-leerlingen", "herintreders"]

    public func organisation(_ n: Int) -> OrganisationFields {
        var rng = SeededRandom(seed: UInt64(n) &* 7919)
        var f = OrganisationFields(name: "Fictief \(Self.orgWords[n % Self.orgWords.count]) \(Self.orgPlaces[(n / 8) % Self.orgPlaces.count]) \(n + 1)")
        f.kind = [.care, .care, .welfare, .education, .other].randomElement(using: &rng)
        f.municipalityCode = municipalityCodes.randomElement(using: &rng)
        f.careDomains = Array(vocabulary.careDomains.sorted().shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng)))
        f.description = "Fictieve organisatie voor demonstratie en belastingtests."
        return f
    }

    /// Initiative `n`, with participants drawn from `organisations`.
    public func initiative(_ n: Int, organisations: [UUID]) -> InitiativeFields {
        var rng = SeededRandom(seed: UInt64(n) &+ 1_000_003)
        let topic = Self.topics.randomElement(using: &rng)!, audience = Self.audiences.randomElement(using: &rng)!
        var f = InitiativeFields(name: "Fictief initiatief \(n + 1): \(topic) voor \(audience)")
        f.kind = InitiativeKind.allCases.randomElement(using: &rng)
        f.maturity = Maturity.allCases.randomElement(using: &rng)
        f.goal = "Meer \(audience) duurzaam aan het werk in zorg en welzijn via \(topic)."
        f.description = "Een fictief initiatief rond \(topic) voor \(audience). Deelnemers leren in de praktijk, met begeleiding "
            + "van een werkbegeleider en korte leereenheden. Alleen bedoeld voor demonstratie en belastingtests."
        f.strategicThemes = Array(vocabulary.strategicThemes.sorted().shuffled(using: &rng).prefix(Int.random(in: 1...2, using: &rng)))
        f.knowledgeThemes = Array(vocabulary.knowledgeThemes.sorted().shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng)))
        f.targetGroups = Array(vocabulary.targetGroups.sorted().shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
        if Int.random(in: 0..<10, using: &rng) == 0 {
            f.wholeRegion = true
        } else {
            f.municipalityCodes = Array(municipalityCodes.shuffled(using: &rng).prefix(Int.random(in: 1...4, using: &rng))).sorted()
        }
        if !organisations.isEmpty {
            let count = Int.random(in: 1...min(4, organisations.count), using: &rng)
            let chosen = (0..<count).map { _ in organisations[Int.random(in: 0..<organisations.count, using: &rng)] }
            var seen = Set<UUID>()
            f.participants = chosen.filter { seen.insert($0).inserted }.enumerated().map {
                Participant(organisationID: $1, role: $0 == 0 ? .lead : ParticipationRole.allCases.randomElement(using: &rng)!)
            }
        }
        let start = CalendarDay(year: 2020 + Int.random(in: 0...6, using: &rng), month: Int.random(in: 1...12, using: &rng), day: 1)!
        f.startDate = start
        if Int.random(in: 0..<3, using: &rng) > 0 { f.fundingEndDate = start.adding(months: Int.random(in: 6...60, using: &rng)) }
        f.recordStatus = Int.random(in: 0..<4, using: &rng) == 0 ? .concept : .published
        return f
    }
}
