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
    /// What an initiative is about: a few ways to name it and the words that come with it,
    /// so that generated texts vary the way texts by different writers do.
    struct Topic { let names: [String]; let words: [String] }
    static let topics: [Topic] = [
        Topic(names: ["leerroute", "leerwerktraject", "opleidingsroute"], words: ["BBL", "leren en werken", "diploma", "werkbegeleider", "praktijkdeel"]),
        Topic(names: ["zij-instroom", "omscholingstraject", "instroomprogramma"], words: ["andere sector", "carrièreswitch", "proefplaatsing", "baangarantie", "sollicitatie"]),
        Topic(names: ["leercoach", "leercoaching", "coach op de werkvloer"], words: ["intervisie", "leervragen", "reflectie", "teamleren", "feedback"]),
        Topic(names: ["mentorprogramma", "buddysysteem", "maatjesproject"], words: ["inwerken", "vast aanspreekpunt", "eerste maanden", "uitval", "welkom"]),
        Topic(names: ["digitale vaardigheden", "digivaardig", "digitale basis"], words: ["ECD", "computer", "apps", "inloopspreekuur", "beeldbellen"]),
        Topic(names: ["leerafdeling", "leerwerkafdeling", "opleidingsafdeling"], words: ["studenten", "praktijkopleider", "samen verantwoordelijk", "stageplaatsen", "woongroep"]),
        Topic(names: ["skills lab", "oefenlab", "simulatieruimte"], words: ["oefenen", "simulatie", "handelingen", "veilige omgeving", "casus"]),
        Topic(names: ["loopbaangesprek", "loopbaancoaching", "ontwikkelgesprek"], words: ["ambities", "ontwikkelplan", "loopbaanscan", "mobiliteit", "doorgroeien"]),
        Topic(names: ["e-learning", "online leren", "leerplatform"], words: ["modules", "microlearning", "leeromgeving", "certificaat", "eigen tempo"]),
        Topic(names: ["stagebegeleiding", "stagemakelaar", "stagepool"], words: ["stageplekken", "matching", "BOL", "beoordelen", "begeleiding"]),
        Topic(names: ["vakmanschap", "vakbekwaamheid", "beroepstrots"], words: ["kwaliteit", "professionele ruimte", "eigen regie", "verpleegkundig leiderschap", "werkplezier"]),
        Topic(names: ["leiderschap", "leiderschapsprogramma", "teamleiders ontwikkelen"], words: ["zelforganisatie", "coachend leidinggeven", "verzuim", "teamcultuur", "gesprekken"]),
        Topic(names: ["vitaliteit", "gezond werken", "duurzame inzetbaarheid"], words: ["werkdruk", "slaap", "beweging", "verzuim", "vitaliteitscheck"]),
        Topic(names: ["zorgtechnologie", "technologie-ambassadeurs", "slimme zorg"], words: ["sensoren", "domotica", "medicijndispenser", "leefcirkels", "innovatie"]),
        Topic(names: ["taalondersteuning", "taal op de werkvloer", "Nederlands in de zorg"], words: ["rapporteren", "overdracht", "anderstaligen", "taalcoach", "NT2"]),
        Topic(names: ["dementiescholing", "dementie-expertise", "omgaan met dementie"], words: ["casuïstiek", "onbegrepen gedrag", "naasten", "signaleren", "belevingsgericht"]),
        Topic(names: ["palliatieve zorg", "zorg in de laatste levensfase", "palliatief netwerk"], words: ["stervensbegeleiding", "pijnbestrijding", "rouw", "levenseinde", "consultatie"]),
        Topic(names: ["valpreventie", "veilig bewegen", "valtraining"], words: ["valrisico", "beweegprogramma", "thuissituatie", "fysiotherapie", "balans"]),
        Topic(names: ["medicatieveiligheid", "veilig medicatie toedienen", "medicatietraining"], words: ["dubbele controle", "aftekenen", "incidenten", "klaarzetten", "apotheek"]),
        Topic(names: ["agressiehantering", "omgaan met agressie", "de-escalatie"], words: ["grensoverschrijdend gedrag", "veiligheid", "nazorg", "training", "melden"]),
        Topic(names: ["wondzorg", "wondzorgscholing", "wondexpertise"], words: ["decubitus", "verbandmiddelen", "wondverpleegkundige", "protocol", "thuiszorg"]),
        Topic(names: ["interprofessioneel leren", "samen leren over grenzen", "ketenleren"], words: ["huisarts", "wijkteam", "disciplines", "casusoverleg", "netwerk"]),
        Topic(names: ["EVC-traject", "erkennen van ervaring", "praktijkverklaring"], words: ["portfolio", "assessment", "ervaringscertificaat", "verkorte route", "vrijstellingen"]),
        Topic(names: ["leerbanen", "werkervaringsplaatsen", "leerwerkplekken"], words: ["uitkering", "statushouders", "jobcoach", "participatie", "gemeente"]),
        Topic(names: ["vrijwilligersacademie", "trainingen voor vrijwilligers", "vrijwilligersschool"], words: ["grenzen stellen", "signaleren", "gratis", "dicht bij huis", "vrijwilligerscoördinator"]),
        Topic(names: ["mantelzorgondersteuning", "mantelzorgcafé", "respijt voor mantelzorgers"], words: ["ontlasten", "lotgenoten", "respijtzorg", "informatieavond", "overbelasting"]),
        Topic(names: ["oriëntatie op zorgberoepen", "meeloopdagen", "snuffelstages"], words: ["beroepskeuze", "open dag", "kennismaken", "jongeren", "voorlichting"]),
        Topic(names: ["nachtdienst inwerken", "onboarding nachtdienst", "werken in de nacht"], words: ["bereikbaarheid", "alleen op de afdeling", "calamiteiten", "overdracht", "nachtzuster"]),
        Topic(names: ["hybride leren", "blended leren", "leren op afstand"], words: ["online bijeenkomsten", "praktijkopdrachten", "flexibel", "planning", "leerlijn"]),
        Topic(names: ["werkbegeleiders opleiden", "training werkbegeleiding", "praktijkopleiders versterken"], words: ["feedback geven", "beoordelen", "begeleidingsvaardigheden", "leerklimaat", "dagdelen"]),
    ]
    static let audiences: [[String]] = [
        ["zij-instromers", "mensen uit een andere sector", "carrièreswitchers"], ["studenten", "mbo-studenten", "leerlingen BOL en BBL"],
        ["nieuwe collega's", "nieuwe medewerkers", "starters"], ["vrijwilligers", "vrijwillige inzet"], ["mantelzorgers", "naasten", "familie"],
        ["praktijkopleiders", "werkbegeleiders", "begeleiders van studenten"], ["wijkteams", "teams in de wijk", "wijkverpleegkundigen"],
        ["leidinggevenden", "teamleiders", "managers"], ["vmbo-leerlingen", "jongeren", "scholieren"], ["herintreders", "mensen die terugkeren in de zorg"],
        ["anderstalige medewerkers", "statushouders", "nieuwkomers"], ["verzorgenden", "helpenden", "verzorgenden IG"],
    ]
    static let settings = ["de ouderenzorg", "de thuiszorg", "de gehandicaptenzorg", "de ggz", "het ziekenhuis", "de jeugdzorg", "het sociaal domein",
                           "de wijkverpleging", "de kraamzorg", "het verpleeghuis", "de VVT", "de eerste lijn"]
    static let forms = ["in kleine groepen", "op de werkplek", "met korte online modules", "in vier bijeenkomsten", "met een vaste begeleider",
                        "in een half jaar", "naast het werk", "samen met het mbo", "met een praktijkopdracht", "in de eigen wijk"]
    static let codeAdjectives = ["Blauwe", "Gouden", "Groene", "Zilveren", "Rode", "Stille", "Wijze", "Snelle", "Sterke", "Warme", "Lichte", "Open"]
    static let codeNouns = ["Reiger", "Berk", "Linde", "Vlinder", "Uil", "Eik", "Brug", "Haven", "Toren", "Bron", "Kompas", "Lantaarn", "Zwaluw", "Molen"]

    /// Words of the trade, from common to rare: each initiative draws its own handful, so
    /// texts share words the way real ones do (a few often, most seldom).
    static let lexicon = [
        "aandachtsfunctionaris", "aanmeldprocedure", "aanspreekpunt", "activiteitenbegeleiding", "adviesraad", "afdelingsoverleg", "afstemming",
        "aftekenlijst", "agenda", "alarmering", "ambulante begeleiding", "anamnese", "arbeidsmarkt", "assessment", "audit", "avonddienst",
        "basiszorg", "bedrijfsarts", "begroting", "behandelplan", "beleidsplan", "beoordelingsformulier", "beroepshouding", "beroepspraktijkvorming",
        "bewegingsprogramma", "bewonersraad", "bijscholing", "bouwstenen", "budget", "buurtteam", "buurthuis", "casemanager", "certificering",
        "cliëntenraad", "cliëntportaal", "coachingsgesprek", "communicatieplan", "competentieprofiel", "contactmoment", "continuïteit",
        "cursusaanbod", "dagbesteding", "dagritme", "deskundigheidsbevordering", "diabetes", "dienstrooster", "digitaal portfolio",
        "doelgroepenbeleid", "doorstroom", "dossiervorming", "draaiboek", "eenzaamheid", "eerstejaars", "eindgesprek", "ergotherapie",
        "ervaringsdeskundige", "evaluatie", "expertisecentrum", "familieparticipatie", "feedbackformulier", "flexpool", "functiemix", "gastlessen",
        "gedragsvisite", "gemeentelijk beleid", "gespreksvoering", "gezondheidsvaardigheden", "groepsbegeleiding", "handboek", "herhalingstraining",
        "hulpmiddelen", "huiskamer", "hygiëneprotocol", "inclusie", "infectiepreventie", "informatiebeveiliging", "inspraak", "instructievideo",
        "intakegesprek", "integrale zorg", "interne opleiding", "jaarplan", "jobcarving", "kennisdeling", "kennisbank", "kernteam", "kinderopvang",
        "klantreis", "kookcafé", "kwaliteitskader", "kwetsbare ouderen", "landelijk programma", "leerbedrijf", "leerdoelen", "leerplan",
        "leesbaarheid", "leeftijdsbewust beleid", "levensverhaal", "lichamelijke verzorging", "lotgenotencontact", "maaltijdservice",
        "maatschappelijk werk", "matchingsgesprek", "meldcode", "mentale gezondheid", "methodiek", "middagprogramma", "mobiliteitscentrum",
        "moreel beraad", "motivatie", "multidisciplinair overleg", "netwerkkaart", "nieuwsbrief", "observatie", "onboarding", "ondersteuningsplan",
        "ontmoetingsplek", "ontslagmanagement", "oefenmateriaal", "opleidingsplan", "opvolging", "organisatiecultuur", "oudercontact",
        "overdrachtsmoment", "paramedici", "participatiewet", "peer review", "persoonsgerichte zorg", "pilotfase", "planning", "platformbijeenkomst",
        "praktijkbegeleiding", "praktijkvoorbeeld", "privacy", "procesbegeleiding", "professionalisering", "proeftuin", "projectplan",
        "psycho-educatie", "rapportagesysteem", "reablement", "recruitment", "regiebehandelaar", "regionale tafel", "rekenvaardigheid", "rolmodel",
        "roosterflexibiliteit", "samenwerkingsovereenkomst", "scholingsbudget", "schuldhulp", "signaleringslijst", "sociale kaart", "spreekuur",
        "stagecontract", "stageovereenkomst", "stuurgroep", "subsidieaanvraag", "supervisie", "taakherschikking", "teamcoach", "teamdag",
        "terugkomdag", "thuisbegeleiding", "toetsing", "tweedejaars", "uitstroom", "urenregistratie", "vacaturebank", "veranderaanpak",
        "verbeterplan", "verpleegtechnische handelingen", "verzuimbegeleiding", "videobellen", "vindplaats", "voeding", "voorlichtingsavond",
        "voortgangsgesprek", "vraagverheldering", "vroegsignalering", "waardering", "wachtlijst", "webinar", "weekplanning", "welkomstpakket",
        "werkagenda", "werkervaring", "werkgroep", "werkinstructie", "werkoverleg", "wijkcentrum", "wijkgericht", "werken", "woonzorgcentrum",
        "zelfmanagement", "zelfstandigheid", "ziekteverzuim", "zingeving", "zorgbemiddeling", "zorgleefplan", "zorgpad", "zorgvraag", "zwangerschap"
    ]

    /// What an initiative is, before it is written down.
    struct Plan { var topic: Int; var secondTopic: Int; var audience: Int; var setting: Int; var content: [String]; var seed: UInt64 }

    /// Eight words of the lexicon, skewed towards its start (a Zipf-like spread).
    static func contentWords(using rng: inout SeededRandom) -> [String] {
        (0..<8).map { _ in lexicon[Int(pow(Double.random(in: 0..<1, using: &rng), 1.5) * Double(lexicon.count))] }
    }

    /// The plan of initiative `n`. One in ten initiatives is a second record of an earlier
    /// one (a duplicate written by someone else), as happens in a real landscape.
    func plan(_ n: Int) -> (plan: Plan, duplicateOf: Int?) {
        var rng = SeededRandom(seed: UInt64(n) &+ 1_000_003)
        if n >= 10 && n % 10 == 9 {
            let base = n - 1 - Int.random(in: 0..<min(n - 1, 500), using: &rng)
            return (plan(base).plan, base)
        }
        return (Plan(topic: Int.random(in: 0..<Self.topics.count, using: &rng), secondTopic: Int.random(in: 0..<Self.topics.count, using: &rng), audience: Int.random(in: 0..<Self.audiences.count, using: &rng),
                     setting: Int.random(in: 0..<Self.settings.count, using: &rng), content: Self.contentWords(using: &rng), seed: UInt64(n) &+ 1_000_003), nil)
    }

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
        let (plan, duplicateOf) = self.plan(n)
        // The record's own words come from its own generator; what it is about (and, for a
        // duplicate, where and for whom) from the plan.
        var rng = SeededRandom(seed: UInt64(n) &* 2_654_435_761 &+ 17)
        var structure = SeededRandom(seed: plan.seed)
        let topic = Self.topics[plan.topic], second = Self.topics[plan.secondTopic], audience = Self.audiences[plan.audience], setting = Self.settings[plan.setting]
        func pick(_ words: [String]) -> String { words.randomElement(using: &rng)! }
        func picks(_ words: [String], _ count: Int) -> [String] { Array(words.shuffled(using: &rng).prefix(count)) }
        let code = "\(pick(Self.codeAdjectives)) \(pick(Self.codeNouns))"
        let name: String
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: name = "\(Slug.sentenceCase(pick(topic.names))) voor \(pick(audience))"
        case 1: name = "\(Slug.sentenceCase(pick(topic.names))) en \(pick(second.names)) in \(setting)"
        case 2: name = "Project \(code): \(pick(topic.names))"
        default: name = "\(Slug.sentenceCase(pick(topic.names))) \(pick(audience)) \(setting.split(separator: " ").last!)"
        }
        var f = InitiativeFields(name: "Fictief initiatief \(n + 1): \(name)")
        let words = picks(topic.words, Int.random(in: 2...4, using: &rng))
        let content = plan.content.shuffled(using: &rng)
        f.goal = [
            "Meer \(pick(audience)) duurzaam aan het werk in \(setting) via \(pick(topic.names)).",
            "\(Slug.sentenceCase(pick(audience))) krijgen \(pick(Self.forms)) ruimte voor \(words[0]).",
            "Met \(pick(topic.names)) werken aan \(words[0]) en \(words[1]) in \(setting).",
            "",
        ][Int.random(in: 0..<4, using: &rng)]
        var sentences = [
            "Een fictief initiatief rond \(pick(topic.names)) voor \(pick(audience)) \(pick(Self.forms)).",
            "Deelnemers werken aan \(words.joined(separator: ", ")).",
            "Het loopt in \(setting), \(pick(Self.forms)).",
            "Bijzonder is de aandacht voor \(words.last!) \(pick(Self.forms)).",
            "Werktitel: \(code).",
            "Daarnaast komt \(pick(second.names)) aan bod, met aandacht voor \(picks(second.words, 2).joined(separator: " en ")).",
            "We combineren dit met \(pick(second.names)) \(pick(Self.forms)).",
        ].shuffled(using: &rng)
        // What this initiative is specifically about is always said, in its own order.
        let specific = [
            "Het aanbod draait om \(content[0]), \(content[1]) en \(content[2]).",
            "Er is aandacht voor \(content[3]) en \(content[4]).",
            "Ook \(content[5]) en \(Self.lexicon.randomElement(using: &rng)!) spelen mee.",
        ].shuffled(using: &rng)
        sentences = Array(specific.prefix(Int.random(in: 2...3, using: &rng)) + sentences.prefix(Int.random(in: 1...3, using: &rng))).shuffled(using: &rng)
        f.description = (sentences + ["Alleen bedoeld voor demonstratie en belastingtests."]).joined(separator: " ")
        f.kind = InitiativeKind.allCases.randomElement(using: &rng)
        f.maturity = Maturity.allCases.randomElement(using: &rng)
        f.strategicThemes = Array(vocabulary.strategicThemes.sorted().shuffled(using: &structure).prefix(Int.random(in: 1...2, using: &structure)))
        f.knowledgeThemes = Array(vocabulary.knowledgeThemes.sorted().shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng)))
        f.targetGroups = Array(vocabulary.targetGroups.sorted().shuffled(using: &structure).prefix(Int.random(in: 1...3, using: &structure)))
        if Int.random(in: 0..<10, using: &structure) == 0 {
            f.wholeRegion = true
        } else {
            var places = Array(municipalityCodes.shuffled(using: &structure).prefix(Int.random(in: 1...4, using: &structure)))
            // A second record often names fewer of the places.
            if duplicateOf != nil && places.count > 1 && Bool.random(using: &rng) { places.removeLast() }
            f.municipalityCodes = places.sorted()
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
