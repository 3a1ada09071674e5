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
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // The common case, byte by byte: letters lowercased, digits kept.
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { append(scalar) }
                else if (0x41...0x5A).contains(v) { append(Unicode.Scalar(v + 0x20)!) }
                else { pendingSpace = true }
            } else if let plain = folded[v] {
                for s in plain.unicodeScalars { append(s) }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // a combining accent: dropped, the letter before it stays
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for s in String(scalar).lowercased().unicodeScalars { append(s) }
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }

    /// Latin letters with diacritics (and the "ĳ" ligature) → their plain lower-case
    /// form, as Dutch readers fold them.
    private static let folded: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"),
            ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ýÿ", "y"), ("ÝŸ", "y"),
            ("śŝşš", "s"), ("ŚŜŞŠ", "s"), ("źżž", "z"), ("ŹŻŽ", "z"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ł", "l"), ("Ł", "l"),
            ("ŕř", "r"), ("ŔŘ", "r"), ("ţťŧ", "t"), ("ŢŤŦ", "t"),
        ]
        for (letters, plain) in groups { for s in letters.unicodeScalars { table[s.value] = plain } }
        table[0x0133] = "ij"; table[0x0132] = "ij"; table[0x00DF] = "ss"; table[0x00E6] = "ae"; table[0x00C6] = "ae"
        table[0x0153] = "oe"; table[0x0152] = "oe"
        return table
    }()

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

    /// Stems and plain words of many texts, remembering each word's stem: a landscape
    /// repeats the same words thousands of times, and stemming is the costly step.
    public struct Analyzer {
        private var stems: [Substring: String] = [:]

        public init() {}

        /// The stems (as `tokens`) and plain words (as `words`) of `text`.
        public mutating func terms(_ text: String) -> (stems: [String], words: [String]) {
            var result: (stems: [String], words: [String]) = ([], [])
            for word in DutchText.normalise(text).split(separator: " ") where word.count > 1 {
                let w = String(word)
                guard !DutchText.stopWords.contains(w) else { continue }
                result.words.append(w)
                if let stem = stems[word] {
                    result.stems.append(stem)
                } else {
                    let stem = DutchStemmer.stem(DutchText.pluralEsStripped(w))
                    stems[word] = stem
                    result.stems.append(stem)
                }
            }
            return result
        }
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
