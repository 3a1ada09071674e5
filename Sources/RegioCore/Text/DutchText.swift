// DutchText.swift
// Turning Dutch text into search terms: normalise, split, drop stop words,
// stem. Documents and queries go through the same pipeline so that their
// terms are comparable.

import Foundation

/// Dutch text analysis for indexing and search.
public enum DutchText {

    /// Folding is done with Dutch rules so that e.g. "ë" in "coördinatie" and
    /// "é" in "café" lose their accents the way a Dutch reader expects.
    private static let dutchLocale = Locale(identifier: "nl_NL")

    /// Lowercases `text`, strips diacritics and turns punctuation and symbols
    /// into spaces (runs of spaces collapse to one; no leading/trailing space).
    ///
    /// Users type "cafe" for "café" and "coordinatie" for "coördinatie";
    /// folding both text and query makes them meet.
    public static func normalise(_ text: String) -> String {
        let folded = text
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: dutchLocale)
            .lowercased()
            // The single-code-point "ĳ" ligature is not a diacritic, so
            // folding keeps it; spell it out so it matches typed "ij".
            .replacingOccurrences(of: "ĳ", with: "ij")
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for ch in folded {
            if ch.isLetter || ch.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(ch)
            } else {
                // Whitespace, punctuation, symbols, stray combining marks.
                pendingSpace = true
            }
        }
        return result
    }

    /// The Snowball Dutch stop word list
    /// (https://snowballstem.org/algorithms/dutch/stop.txt), in lowercase
    /// without diacritics, i.e. in the form `normalise` produces.
    public static let stopWords: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij",
        "het", "niet", "zijn", "is", "was", "op", "aan", "met", "als", "voor",
        "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn",
        "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot",
        "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft",
        "hebben", "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge",
        "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen",
        "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja",
        "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons",
        "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
        "andere",
    ]

    /// Stems of the words in `text`, in order, with stop words and
    /// one-character tokens removed (duplicates are kept, so callers can
    /// count term frequencies).
    ///
    /// One addition to plain Snowball: a word ending in "-es" is stemmed
    /// without its final "s". Snowball never strips an "-s" after a vowel,
    /// so the common plural of e-final nouns ("leerroute" → "leerroutes",
    /// "module" → "modules", "kwestie" → "kwesties") would otherwise never
    /// meet its singular. Words of four letters or fewer ("les", "fles") are
    /// left alone.
    public static func tokens(_ text: String) -> [String] {
        normalise(text)
            .split(separator: " ")
            .compactMap { word -> String? in
                let w = String(word)
                guard w.count > 1, !stopWords.contains(w) else { return nil }
                return DutchStemmer.stem(pluralEsStripped(w))
            }
    }

    /// Search terms for a user query: exactly `tokens(query)`, so that a
    /// query term matches the same word form in a document.
    public static func searchTerms(_ query: String) -> [String] {
        tokens(query)
    }

    /// The normalised words of `text` without stop words, unstemmed: a half-typed
    /// query word ("leer") is matched against these as a prefix, because its stem
    /// ("ler") is no prefix of the stems it should find ("leercoach").
    public static func words(_ text: String) -> [String] {
        normalise(text).split(separator: " ").map(String.init).filter { $0.count > 1 && !stopWords.contains($0) }
    }

    /// See `tokens`: "leerroutes" → "leerroute", otherwise unchanged.
    static func pluralEsStripped(_ word: String) -> String {
        guard word.count >= 5, word.hasSuffix("es") else { return word }
        return String(word.dropLast())
    }
}
