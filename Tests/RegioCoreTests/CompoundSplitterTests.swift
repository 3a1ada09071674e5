@testable import RegioCore
import Testing

@Suite("Compound splitting and the care thesaurus")
struct CompoundSplitterTests {
    static let landscapeWords = ["dementie", "scholing", "leren", "programma", "nacht", "medewerkers", "werk", "begeleider", "zorg", "technologie", "verpleegkundige"]

    @Test("A compound of two words the landscape uses splits into their stems, linking letters and all")
    func splitsKnownCompounds() {
        var splitter = CompoundSplitter(words: Self.landscapeWords)
        #expect(splitter.parts(of: "dementiescholing") == [DutchStemmer.stem("dementie"), DutchStemmer.stem("scholing")])
        #expect(splitter.parts(of: "leerprogramma") == [DutchStemmer.stem("leren"), DutchStemmer.stem("programma")])
        #expect(splitter.parts(of: "nachtmedewerkers") == [DutchStemmer.stem("nacht"), DutchStemmer.stem("medewerker")])
        #expect(splitter.parts(of: "werkbegeleider") == [DutchStemmer.stem("werk"), DutchStemmer.stem("begeleider")])
        // The most even split wins: not "zorgtechno" + "logie".
        #expect(splitter.parts(of: "zorgtechnologie") == [DutchStemmer.stem("zorg"), DutchStemmer.stem("technologie")])
    }

    @Test("Words that are no compound of known words, and short parts, stay whole")
    func leavesOtherWordsAlone() {
        var splitter = CompoundSplitter(words: Self.landscapeWords)
        #expect(splitter.parts(of: "verpleegkundige").isEmpty)
        #expect(splitter.parts(of: "zorgvuldig").isEmpty, "'vuldig' is no word of the landscape")
        #expect(splitter.parts(of: "zorg").isEmpty)
        var empty = CompoundSplitter(words: [])
        #expect(empty.parts(of: "dementiescholing").isEmpty)
    }

    @Test("Synonyms of the field meet in one concept; phrases need both words; general words have none")
    func thesaurus() {
        let statushouders = CareThesaurus.concepts(of: DutchText.tokens("leerbanen voor statushouders"))
        let nieuwkomers = CareThesaurus.concepts(of: DutchText.tokens("werkend leren voor nieuwkomers"))
        #expect(statushouders.contains("~nieuwkomer") && nieuwkomers.contains("~nieuwkomer"))
        #expect(nieuwkomers.contains("~leren en werken"), "the phrase 'werkend leren'")
        #expect(CareThesaurus.concepts(of: DutchText.tokens("zorg in de laatste levensfase")) == ["~palliatief"])
        #expect(CareThesaurus.concepts(of: DutchText.tokens("een andere sector")).isEmpty, "'andere' is a stop word, so the phrase is not used")
        #expect(CareThesaurus.concepts(of: DutchText.tokens("opleiding en training")).isEmpty)
    }
}
