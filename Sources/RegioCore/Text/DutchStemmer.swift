// DutchStemmer.swift
// A pure-Swift port of the classic Snowball Dutch stemmer
// (https://snowballstem.org/algorithms/dutch/stemmer.html).
//
// The implementation follows the reference Snowball program (`dutch.sbl`)
// step by step rather than the prose description, because the prose leaves
// a few details open (which suffix wins, what happens when a condition
// fails half-way). Where the two matter the comments say which one we
// follow.

/// Snowball (Porter-style) stemmer for Dutch.
///
/// Conflates inflected and derived Dutch word forms to a common stem so that
/// e.g. "aanbesteden", "aanbesteding" and "aanbestedingen" (all
/// "aanbested") match in search. The stem is not necessarily a real word.
///
/// This is the algorithm exactly as published, checked against the Snowball
/// reference output; search-specific extras live in `DutchText`.
public enum DutchStemmer {

    /// Returns the Snowball Dutch stem of `word`.
    ///
    /// - Parameter word: a single, already lowercased word.
    /// - Returns: the stem, in lowercase.
    public static func stem(_ word: String) -> String {
        var w = Word(word)
        w.prelude()
        w.markRegions()
        w.step1()
        w.step2()
        w.step3a()
        w.step3b()
        w.step4()
        return w.postlude()
    }
}

// MARK: - Working buffer

extension DutchStemmer {
    /// The word being stemmed, as an array of characters plus the region marks.
    ///
    /// Snowball works on a mutable buffer with indices; mirroring that keeps the
    /// port easy to check against the reference program. Nested so the short
    /// name cannot clash with other types in the module.
    fileprivate struct Word {
        var chars: [Character]
        /// Start of region R1 (index into `chars`); `chars.count` means "empty".
        var p1: Int = 0
        /// Start of region R2.
        var p2: Int = 0
        /// Set by the step-2 `e` removal; step 3b only strips `-bar` if it fired,
        /// because `-bar` is then really `-bare` ("openbare" → "open"), whereas a
        /// bare `-bar` is usually part of the stem.
        var eFound = false

        init(_ word: String) { chars = Array(word) }

        var count: Int { chars.count }

        // MARK: Character classes

        /// Dutch vowels in the algorithm's sense. `è` is a vowel (it is kept, not
        /// folded, by the reference prelude); uppercase `I`/`Y` are deliberately
        /// absent: they mark i/y used as consonants.
        static func isVowel(_ c: Character) -> Bool {
            switch c {
            case "a", "e", "i", "o", "u", "y", "è": return true
            default: return false
            }
        }

        // MARK: Prelude

        /// Folds accents and marks consonantal i/y.
        ///
        /// Only umlauts and acute accents are removed (as in the reference); other
        /// diacritics are left alone. An initial y and a y after a vowel act as
        /// consonants ("yoghurt", "ooyevaar" → Y), as does an i between vowels
        /// ("koeien" → koeIen); uppercasing them takes them out of the vowel
        /// class so they do not open R1/R2 or satisfy vowel tests later.
        mutating func prelude() {
            for i in chars.indices {
                switch chars[i] {
                case "ä", "á": chars[i] = "a"
                case "ë", "é": chars[i] = "e"
                case "ï", "í": chars[i] = "i"
                case "ö", "ó": chars[i] = "o"
                case "ü", "ú": chars[i] = "u"
                default: break
                }
            }
            if chars.first == "y" { chars[0] = "Y" }
            // A single left-to-right pass on the mutating buffer reproduces
            // Snowball's `repeat goto (...)`: once an i/y is uppercased it is no
            // longer a vowel, so it cannot serve as the left vowel of a later match.
            var i = 0
            while i + 1 < count {
                if Word.isVowel(chars[i]) {
                    if chars[i + 1] == "i", i + 2 < count, Word.isVowel(chars[i + 2]) {
                        chars[i + 1] = "I"
                    } else if chars[i + 1] == "y" {
                        chars[i + 1] = "Y"
                    }
                }
                i += 1
            }
        }

        // MARK: Regions

        /// Position just after the first non-vowel that follows a vowel, searching
        /// from `start`; `count` if there is none.
        func regionStart(from start: Int) -> Int {
            var i = start
            while i < count, !Word.isVowel(chars[i]) { i += 1 }
            guard i < count else { return count }
            while i < count, Word.isVowel(chars[i]) { i += 1 }
            guard i < count else { return count }
            return i + 1
        }

        /// Sets R1 and R2 as usual for Snowball, except that R1 must leave at
        /// least 3 letters before it: very short "stems" would otherwise lose
        /// meaningful endings ("open" must not become "op").
        mutating func markRegions() {
            p1 = count
            p2 = count
            // Reference: `test(hop 3 ...)` fails for words under 3 letters, which
            // leaves both regions empty.
            guard count >= 3 else { return }
            let r1 = regionStart(from: 0)
            p1 = max(r1, 3)
            // R2 is searched from the unadjusted R1 start, as in the reference.
            p2 = regionStart(from: r1)
        }

        func inR1(_ i: Int) -> Bool { p1 <= i }
        func inR2(_ i: Int) -> Bool { p2 <= i }

        // MARK: Helpers

        func endsWith(_ suffix: String) -> Bool {
            let s = Array(suffix)
            guard s.count <= count else { return false }
            return Array(chars[(count - s.count)...]) == s
        }

        /// Whether the text before index `end` ends with `s`.
        func has(_ s: String, endingAt end: Int) -> Bool {
            let a = Array(s)
            guard end >= a.count, end <= count else { return false }
            return Array(chars[(end - a.count)..<end]) == a
        }

        /// True if there is a character before `i` and it is not a vowel.
        func nonVowel(before i: Int) -> Bool {
            i > 0 && !Word.isVowel(chars[i - 1])
        }

        mutating func truncate(to n: Int) { chars.removeSubrange(n...) }

        /// Removes one letter of a final kk/dd/tt: after stripping "-en" from
        /// "bakken" we want "bak" (as in "bak", "bakt"), not "bakk".
        @discardableResult
        mutating func undouble() -> Bool {
            if endsWith("kk") || endsWith("dd") || endsWith("tt") {
                chars.removeLast()
                return true
            }
            return false
        }

        /// `-en`/`-ene` removal shared by steps 1 and 3a. Only after a consonant:
        /// after a vowel the "en" is usually part of the stem or of a spelling
        /// like "zeeën". Not after "gem", so that "algemene" keeps its "-en-" and
        /// meets "algemeen" (both → "algemen").
        @discardableResult
        mutating func enEnding(suffixStart i: Int) -> Bool {
            guard inR1(i), nonVowel(before: i), !has("gem", endingAt: i) else { return false }
            truncate(to: i)
            undouble()
            return true
        }

        /// Step 2 (also reused after `-lijk`): a final `-e` in R1 after a
        /// consonant is an inflection ("aangepaste" → "aangepast"), so drop it.
        @discardableResult
        mutating func eEnding() -> Bool {
            eFound = false
            guard endsWith("e") else { return false }
            let i = count - 1
            guard inR1(i), nonVowel(before: i) else { return false }
            truncate(to: i)
            eFound = true
            undouble()
            return true
        }

        // MARK: Steps

        /// Step 1: plural/inflection endings. Only the longest matching suffix is
        /// considered; if its condition fails, nothing is removed in this step
        /// (Snowball `among` semantics).
        mutating func step1() {
            if endsWith("heden") {
                // "-heden" is the plural of "-heid": map it back so step 3a can
                // treat both alike.
                let i = count - 5
                if inR1(i) {
                    truncate(to: i)
                    chars.append(contentsOf: "heid")
                }
            } else if endsWith("ene") {
                enEnding(suffixStart: count - 3)
            } else if endsWith("en") {
                enEnding(suffixStart: count - 2)
            } else if endsWith("se") || endsWith("s") {
                // Plural/genitive -s(e) after a consonant ("aalders" → "aalder").
                // Not after a vowel (such plurals are spelled "auto's") and not
                // after j: diminutive plurals ("aaltjes") are left alone.
                let i = count - (endsWith("se") ? 2 : 1)
                if inR1(i), i > 0, !Word.isVowel(chars[i - 1]), chars[i - 1] != "j" {
                    truncate(to: i)
                }
            }
        }

        /// Step 2: final inflectional -e.
        mutating func step2() {
            eEnding()
        }

        /// Step 3a: "-heid" (abstract nouns) in R2, but not after "c", where the
        /// "h" belongs to "ch" ("afscheid" is not "afsc" + "heid"); an "-en"
        /// exposed by the removal is then treated as in step 1.
        mutating func step3a() {
            guard endsWith("heid") else { return }
            let i = count - 4
            guard inR2(i), !has("c", endingAt: i) else { return }
            truncate(to: i)
            if endsWith("en") {
                enEnding(suffixStart: count - 2)
            }
        }

        /// Step 3b: derivational suffixes, all required to lie in R2 so that
        /// short words ("ding", "bar") are left alone.
        mutating func step3b() {
            let candidates = ["lijk", "baar", "end", "ing", "bar", "ig"]
            // Longest match wins; the list above has no suffix of another, so the
            // first hit is the only one.
            guard let suffix = candidates.first(where: endsWith) else { return }
            let i = count - suffix.count
            guard inR2(i) else { return }
            switch suffix {
            case "end", "ing":
                truncate(to: i)
                // "-igend"/"-iging" → also drop "-ig" ("vereniging" → "veren");
                // otherwise undouble ("aanbiddend" → "aanbid").
                if endsWith("ig"), inR2(count - 2), !has("e", endingAt: count - 2) {
                    truncate(to: count - 2)
                } else {
                    undouble()
                }
            case "ig":
                // Not after "e": in "-eig" the "ei" is a diphthong of the stem.
                if !has("e", endingAt: i) { truncate(to: i) }
            case "lijk":
                truncate(to: i)
                eEnding()
            case "baar":
                truncate(to: i)
            case "bar":
                // Only when step 2 removed an e: then this was "-bare".
                if eFound { truncate(to: i) }
            default:
                break
            }
        }

        /// Step 4: undouble a long vowel in a closed final syllable, so that the
        /// singular "aandeel" and the plural stem "aandel" (from "aandelen") meet.
        mutating func step4() {
            let n = count
            guard n >= 4 else { return }
            let last = chars[n - 1]
            guard !Word.isVowel(last), last != "I" else { return }
            let a = chars[n - 3], b = chars[n - 2]
            guard a == b, "aeou".contains(a) else { return }
            guard !Word.isVowel(chars[n - 4]) else { return }
            chars.remove(at: n - 2)
        }

        // MARK: Postlude

        /// Turns the consonant markers back into ordinary letters.
        func postlude() -> String {
            String(chars.map { c -> Character in
                switch c {
                case "I": return "i"
                case "Y": return "y"
                default: return c
                }
            })
        }
    }
}
