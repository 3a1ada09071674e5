import Testing
@testable import RegioCore

// Word → stem pairs taken from the published output of the classic Snowball
// Dutch stemmer: snowballstem/snowball-data, dutch/diffs.txt (vocabulary in
// the left column, classic-algorithm stem in the right). A hand-picked,
// varied sample; the whole vocabulary is not copied.
private let snowballPairs: [(word: String, stem: String)] = [
    // Short words and words without suffixes.
    ("a", "a"),
    ("ge", "ge"),
    ("aan", "aan"),
    ("aanbod", "aanbod"),
    ("aangebracht", "aangebracht"),

    // -heden → -heid (R1), then step 3a where -heid is in R2.
    ("aangelegenheden", "aangeleg"),
    ("aanhankelijkheden", "aanhank"),
    ("mogelijkheden", "mogelijk"),
    ("zekerheden", "zeker"),
    ("laagheden", "laagheid"),
    ("wreedheden", "wreedheid"),
    ("nietigheden", "nietig"),

    // -en / -ene after a consonant, with kk/dd/tt undoubling.
    ("aanbesteden", "aanbested"),
    ("aandelen", "aandel"),
    ("aangeboden", "aangebod"),
    ("aanbidden", "aanbid"),
    ("aanpakken", "aanpak"),
    ("lakken", "lak"),
    ("zitten", "zit"),
    ("negen", "neg"),
    ("kuiken", "kuik"),
    ("gebodene", "gebod"),
    ("opene", "open"),
    ("openen", "open"),
    ("aanbevelen", "aanbevel"),

    // -s / -se after a valid s-ending (not a vowel, not j).
    ("aalders", "aalder"),
    ("aanhangers", "aanhanger"),
    ("gazons", "gazon"),
    ("kwarts", "kwart"),
    ("zelfs", "zelf"),
    ("nieuws", "nieuw"),
    ("opens", "open"),
    ("aalsmeerse", "aalsmer"),
    ("zeeuwse", "zeeuw"),
    ("nederlandse", "nederland"),
    ("aaltjes", "aaltjes"),
    ("aannames", "aannames"),
    ("kuikens", "kuiken"),

    // Step 2: final -e after a consonant, with undoubling.
    ("gate", "gat"),
    ("aangebrachte", "aangebracht"),
    ("witte", "wit"),
    ("gave", "gav"),
    ("kundige", "kundig"),

    // Step 3a: -heid in R2, not after c.
    ("openheid", "open"),
    ("opgewektheid", "opgewekt"),
    ("gedrevenheid", "gedrev"),
    ("zelfontevredenheid", "zelfontevred"),
    ("afscheid", "afscheid"),
    ("zachtheid", "zachtheid"),
    ("kuisheid", "kuisheid"),

    // Step 3b: -end / -ing (with -ig), -ig.
    ("aanbesteding", "aanbested"),
    ("aanbestedingen", "aanbested"),
    ("aanbidding", "aanbid"),
    ("aanbiddend", "aanbid"),
    ("aankondiging", "aankond"),
    ("opjeugdiging", "opjeugd"),
    ("negentiende", "negenti"),
    ("koersgevend", "koersgev"),
    ("neiging", "neiging"),
    ("zending", "zending"),
    ("aandachtig", "aandacht"),
    ("nauwkeurig", "nauwkeur"),
    ("gebrekkig", "gebrekk"),
    ("zalig", "zalig"),

    // Step 3b: -lijk (then step 2 again).
    ("aanbiddelijk", "aanbid"),
    ("aansprakelijk", "aansprak"),
    ("aansprakelijkheid", "aansprak"),
    ("gebruikelijk", "gebruik"),
    ("koninklijk", "konink"),
    ("openlijk", "open"),
    ("moeilijk", "moeilijk"),

    // Step 3b: -baar, and -bar only after a removed e.
    ("oplosbaar", "oplos"),
    ("oplaadbaar", "oplad"),
    ("aanpasbaarheid", "aanpas"),
    ("kwetsbaar", "kwetsbar"),
    ("openbare", "open"),
    ("kwetsbare", "kwetsbar"),
    ("openbaring", "openbar"),

    // Step 4: undouble aa/ee/oo/uu between consonants.
    ("aandeel", "aandel"),
    ("aankoop", "aankop"),
    ("kwaal", "kwal"),
    ("minuut", "minut"),
    ("zeer", "zer"),
    ("mondiaal", "mondiaal"),

    // i between vowels and y after a vowel or word-initially are consonants.
    ("koeien", "koei"),
    ("zaaien", "zaai"),
    ("zenuwbuien", "zenuwbui"),
    ("laaiing", "laaiing"),
    ("arebeien", "arebei"),
    ("kooy", "koy"),
    ("kuwayt", "kuwayt"),
    ("moby", "moby"),
    ("yerseke", "yersek"),
    ("ytsen", "ytsen"),
    ("wyers", "wyer"),

    // Umlauts and acute accents are removed ...
    ("á", "a"),
    ("áan", "aan"),
    ("gecoördineerd", "gecoordineerd"),
    ("gecreëerd", "gecreeerd"),
    ("gedébaucheerd", "gedebaucheerd"),
    ("knieën", "knieen"),
    ("niëren", "nier"),
    ("möller", "moller"),
    ("miljúndersógelser", "miljundersogelser"),
    ("zaïrese", "zaires"),
    ("mócht", "mocht"),
    // ... other diacritics are kept by the reference (è is even a vowel).
    ("à", "à"),
    ("nièt", "nièt"),
    ("arebèien", "arebèi"),
    ("kùnnen", "kùnnen"),
    ("gedaçht", "gedaçht"),
    ("zaâl", "zaâl"),
]

@Test func stemmerMatchesSnowballReferenceOutput() {
    #expect(snowballPairs.count >= 60)
    for (word, stem) in snowballPairs {
        #expect(DutchStemmer.stem(word) == stem, "stem(\"\(word)\")")
    }
}

@Test func stemmerHandlesEmptyAndTinyInput() {
    #expect(DutchStemmer.stem("") == "")
    #expect(DutchStemmer.stem("e") == "e")
    #expect(DutchStemmer.stem("y") == "y")
}

@Test func pluralAndSingularShareAStem() throws {
    let phrase = DutchText.tokens("Persoonlijke leerroutes op maat")
    let single = DutchText.tokens("leerroute")
    let stem = try #require(single.first)
    #expect(single.count == 1)
    #expect(phrase.contains(stem))
    #expect(!phrase.contains("op"))
}

@Test func normaliseFoldsCaseAndDiacritics() {
    #expect(DutchText.normalise("café") == "cafe")
    #expect(DutchText.normalise("Café") == "cafe")
    #expect(DutchText.normalise("Coördinatie, café!") == "coordinatie cafe")
    #expect(DutchText.normalise("e-learning (2025)") == "e learning 2025")
}

@Test func accentedAndPlainQueriesMatch() {
    #expect(DutchText.searchTerms("cafe") == DutchText.tokens("café"))
    #expect(DutchText.searchTerms("coordinatie") == DutchText.tokens("Coördinatie"))
}

@Test func stopWordsAndOneLetterTokensAreDropped() {
    #expect(DutchText.stopWords.count == 101)
    #expect(DutchText.stopWords.contains("de"))
    #expect(DutchText.stopWords.contains("andere"))
    #expect(DutchText.tokens("de en van het een") == [])
    #expect(DutchText.tokens("De leerling en het onderwijs") == ["leerling", "onderwijs"])
    #expect(DutchText.tokens("a b c leerroute") == ["leerrout"])
}

@Test func searchTermsEqualTokens() {
    let query = "Aanbestedingen voor persoonlijke leerroutes"
    #expect(DutchText.searchTerms(query) == DutchText.tokens(query))
}
