// CompoundSplitter.swift
// Dutch writes compounds as one word ("leerprogramma", "nachtmedewerkers"), so
// two records that say "programma om te leren" and "leerprogramma" share no
// word. Splitting a compound into parts that the landscape also uses on their
// own lets them meet.

/// Splits Dutch compounds into two known parts: cheap, dictionary-based, one level.
///
/// The dictionary is the set of stems a landscape uses as words on their own, so a split
/// is only made into parts that mean something there ("dementiescholing" → "dementie" +
/// "scholing" only when both occur). Parts are compared as stems, so the verb stem in
/// "leerprogramma" meets "leren". Linking letters ("-s-", "-e-", "-en-") between the parts
/// are recognised. Results are remembered per word.
public struct CompoundSplitter {
    /// Parts shorter than this are not trusted: "ver", "ont" and "be" are prefixes, not words.
    public static let minimumPart = 4
    private let known: Set<String>
    private var memo: [String: [String]] = [:]

    /// `words`: normalised words (as `DutchText.words`) whose stems count as parts.
    public init<Words: Sequence>(words: Words) where Words.Element == String {
        known = Set(words.lazy.filter { $0.count >= Self.minimumPart }.map { DutchStemmer.stem(DutchText.pluralEsStripped($0)) })
    }

    /// The stems of the two parts of `word` (normalised), or `[]` when it is no compound
    /// of known words.
    /// Of several splits, the one with the most even parts wins: "zorgtechnologie" →
    /// "zorg" + "technologie", not a split inside "technologie".
    public mutating func parts(of word: String) -> [String] {
        if let done = memo[word] { return done }
        var best: [String] = [], bestShortest = 0
        let letters = Array(word)
        if letters.count >= 2 * Self.minimumPart {
            for cut in Self.minimumPart...(letters.count - Self.minimumPart) {
                let tail = DutchStemmer.stem(DutchText.pluralEsStripped(String(letters[cut...])))
                guard known.contains(tail) else { continue }
                let head = String(letters[..<cut])
                for candidate in [head, Self.withoutLink(head, "s"), Self.withoutLink(head, "en"), Self.withoutLink(head, "e")] {
                    guard let candidate, candidate.count >= Self.minimumPart else { continue }
                    let stem = DutchStemmer.stem(candidate)
                    guard known.contains(stem) else { continue }
                    let shortest = min(candidate.count, letters.count - cut)
                    if shortest > bestShortest { best = [stem, tail]; bestShortest = shortest }
                    break
                }
            }
        }
        memo[word] = best
        return best
    }

    private static func withoutLink(_ head: String, _ link: String) -> String? {
        head.hasSuffix(link) ? String(head.dropLast(link.count)) : nil
    }
}
