import Foundation

/// The dimensions of a Volgspot (progress review). These six are the platform's own
/// choice, not a list taken from the Zorgpact: what a collaboration needs to last — a
/// shared aim, people who carry it, how they work together, what it yields, whether it
/// continues beyond project money, and whether it learns. Changing them changes how old
/// reviews read, so add a dimension only with a migration of the stored reviews.
public enum ReviewDimension: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable, DutchLabelled {
    case sharedAmbition = "gedeelde-ambitie"
    case ownership = "eigenaarschap"
    case collaboration = "samenwerking"
    case results = "resultaten"
    case embedding = "borging"
    case learning = "leren-en-bijsturen"

    public var dutchLabel: String {
        switch self {
        case .sharedAmbition: "Gedeelde ambitie"
        case .ownership: "Eigenaarschap"
        case .collaboration: "Samenwerking"
        case .results: "Resultaten"
        case .embedding: "Borging"
        case .learning: "Leren en bijsturen"
        }
    }

    /// The question the conversation answers for this dimension, shown with the score.
    public var question: String {
        switch self {
        case .sharedAmbition: "Weten alle partners waar we samen naartoe werken, en willen ze dat ook?"
        case .ownership: "Nemen de partners zelf verantwoordelijkheid, met mensen en middelen?"
        case .collaboration: "Werken de partners goed samen: open, op tijd en met vertrouwen?"
        case .results: "Levert het op wat we ons voornamen, voor (toekomstige) medewerkers en cliënten?"
        case .embedding: "Gaat het door na de projectperiode: in beleid, begroting en het werk van alledag?"
        case .learning: "Kijken we samen naar wat werkt en stellen we bij waar nodig?"
        }
    }
}

/// One Volgspot: a dated, structured review of a coalition's or the agenda's progress.
public struct ProgressReview: Codable, Equatable, Sendable {
    public var date: CalendarDay
    /// A score from 1 to 5 for every dimension.
    public var scores: [ReviewDimension: Int]
    /// The short story behind the scores.
    public var narrative: String
    /// Web addresses (http or https) of reports, minutes or results that show the progress.
    public var evidenceLinks: [String]

    public init(date: CalendarDay, scores: [ReviewDimension: Int], narrative: String, evidenceLinks: [String] = []) {
        self.date = date; self.scores = scores; self.narrative = narrative; self.evidenceLinks = evidenceLinks
    }

    public static let scores = 1...5

    /// What a score means, for the legend and the form: 1 "Nog niet" … 5 "Volledig".
    public static func scoreLabel(_ score: Int) -> String {
        switch score {
        case 1: "Nog niet"
        case 2: "Beginnend"
        case 3: "Op weg"
        case 4: "Grotendeels"
        case 5: "Volledig"
        default: "Geen score"
        }
    }

    /// The score of `dimension` (0 if it is missing, which validation does not allow).
    public func score(_ dimension: ReviewDimension) -> Int { scores[dimension] ?? 0 }

    /// The mean of the scores, to one decimal (3,5).
    public var average: Double {
        let total = ReviewDimension.allCases.reduce(0) { $0 + score($1) }
        return (Double(total * 10) / Double(ReviewDimension.allCases.count)).rounded() / 10
    }
}

/// Which way a dimension's score went between two reviews.
public enum ScoreTrend: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case improved = "vooruit", same = "gelijk", declined = "achteruit"

    public var dutchLabel: String {
        switch self {
        case .improved: "Vooruit"
        case .same: "Gelijk"
        case .declined: "Achteruit"
        }
    }
}

/// One dimension between two reviews.
public struct DimensionChange: Equatable, Sendable {
    public let dimension: ReviewDimension
    public let before: Int
    public let after: Int
    /// After minus before: +2 is two steps up.
    public var delta: Int { after - before }
    public var trend: ScoreTrend { delta > 0 ? .improved : delta < 0 ? .declined : .same }
}

/// Two reviews side by side: per dimension what changed.
public struct ReviewComparison: Equatable, Sendable {
    public let earlierDate: CalendarDay
    public let laterDate: CalendarDay
    /// Every dimension, in the order of `ReviewDimension`.
    public let changes: [DimensionChange]

    /// Compares `earlier` with `later` as given; `ReviewHistory.latestComparison` picks them by date.
    public init(from earlier: ProgressReview, to later: ProgressReview) {
        earlierDate = earlier.date; laterDate = later.date
        changes = ReviewDimension.allCases.map { DimensionChange(dimension: $0, before: earlier.score($0), after: later.score($0)) }
    }

    public func dimensions(_ trend: ScoreTrend) -> [ReviewDimension] { changes.filter { $0.trend == trend }.map(\.dimension) }

    /// "Vooruit op Eigenaarschap en Resultaten; achteruit op Borging; gelijk op 3 dimensies."
    public var dutchSummary: String {
        var parts: [String] = []
        for trend in [ScoreTrend.improved, .declined] {
            let labels = dimensions(trend).map(\.dutchLabel)
            if !labels.isEmpty { parts.append("\(trend == .improved ? "vooruit" : "achteruit") op \(labels.dutchList)") }
        }
        let same = dimensions(.same).count
        if same == changes.count { return "Gelijk op alle dimensies." }
        if same > 0 { parts.append(same == 1 ? "gelijk op 1 dimensie" : "gelijk op \(same) dimensies") }
        return Slug.sentenceCase(parts.joined(separator: "; ")) + "."
    }
}

/// A collaboration's reviews over time: a series per dimension for the history chart.
public enum ReviewHistory {
    public struct Point: Equatable, Sendable {
        public let date: CalendarDay
        public let score: Int
    }

    public struct Series: Equatable, Sendable {
        public let dimension: ReviewDimension
        /// Oldest first.
        public let points: [Point]
    }

    /// `reviews` oldest first; reviews of the same day keep their given order.
    public static func chronological(_ reviews: [ProgressReview]) -> [ProgressReview] {
        reviews.sorted(stablyBy: \.date)
    }

    /// One series per dimension, in the order of `ReviewDimension`, each oldest first.
    public static func series(_ reviews: [ProgressReview]) -> [Series] {
        let ordered = chronological(reviews)
        return ReviewDimension.allCases.map { d in Series(dimension: d, points: ordered.map { Point(date: $0.date, score: $0.score(d)) }) }
    }

    /// The last review against the one before it; nil with fewer than two reviews.
    public static func latestComparison(_ reviews: [ProgressReview]) -> ReviewComparison? {
        let ordered = chronological(reviews)
        guard ordered.count >= 2 else { return nil }
        return ReviewComparison(from: ordered[ordered.count - 2], to: ordered[ordered.count - 1])
    }
}
