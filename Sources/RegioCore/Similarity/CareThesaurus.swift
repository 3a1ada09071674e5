// CareThesaurus.swift
// Records of one intervention written by different people use different words
// for the same thing: "statushouders" and "nieuwkomers", "levenseinde" and
// "palliatieve zorg", "onboarding" and "inwerken". Bag-of-words similarity
// misses those; a small thesaurus of the field's synonyms lets them meet.

/// Synonyms of the Dutch care and learning field, grouped into concepts.
///
/// Each concept adds one extra term ("~palliatief") to every text that uses one of its
/// words, next to the words themselves, so that exact wording still counts more than a
/// synonym. Written from the field's own vocabulary (job titles, sectors, learning
/// forms); general words ("opleiding", "training") are left out on purpose, because
/// they would make every pair of initiatives look alike.
public enum CareThesaurus {
    /// Concept → the words and two-word phrases that express it.
    public static let concepts: [String: [String]] = [
        "palliatief": ["palliatief", "palliatieve", "levenseinde", "stervensbegeleiding", "terminaal", "terminale", "laatste levensfase", "sterven"],
        "dementie": ["dementie", "alzheimer", "geheugenproblemen", "onbegrepen gedrag", "psychogeriatrie"],
        "nieuwkomer": ["statushouder", "statushouders", "nieuwkomer", "nieuwkomers", "vluchteling", "vluchtelingen", "inburgering", "inburgeraar", "verblijfsvergunning"],
        "taal": ["anderstalig", "anderstalige", "nt2", "taalcoach", "taalles", "taallessen", "taalvaardigheid", "taalniveau", "taalondersteuning", "moedertaal"],
        "inwerken": ["inwerken", "inwerktraject", "inwerkprogramma", "onboarding", "introductieprogramma", "eerste werkweken"],
        "zij-instroom": ["instromer", "instromers", "zijinstroom", "carrierewisselaar", "carriereswitcher", "carriereswitch", "omscholing", "omscholen", "andere sector", "andere branche"],
        "herintreder": ["herintreder", "herintreders", "herintreden", "terugkeerder", "terugkeerders"],
        "dossier": ["ecd", "clientdossier", "elektronisch dossier", "rapporteren", "rapportage", "verslaglegging", "soep", "dossiervoering"],
        "zorgtechnologie": ["zorgtechnologie", "technologie", "domotica", "sensoren", "medicijndispenser", "medicijnrobot", "beeldzorg", "beeldbellen", "ehealth", "zorgtech", "digitale zorg"],
        "digivaardig": ["digivaardig", "digivaardigheid", "computervaardigheden", "digitale vaardigheden", "digicafe", "ict vaardigheden"],
        "evc": ["evc", "verworven competenties", "ervaringscertificaat", "praktijkverklaring", "eerder verworven"],
        "vallen": ["valpreventie", "vallen", "valrisico", "valincident", "valincidenten", "vallen voorkomen"],
        "agressie": ["agressie", "agressiehantering", "deescaleren", "deescalatie", "grensoverschrijdend gedrag", "geweld"],
        "medicatie": ["medicatie", "medicijnen", "geneesmiddelen", "medicatieveiligheid", "medicatiefouten"],
        "vitaliteit": ["vitaliteit", "vitaal", "duurzame inzetbaarheid", "gezond werken", "werkdruk", "werkplezier"],
        "loopbaan": ["loopbaan", "loopbaangesprek", "loopbaancoach", "loopbaancoaching", "loopbaanscan", "ontwikkelgesprek", "carriere", "doorgroeien", "doorgroeimogelijkheden"],
        "werkbegeleiding": ["werkbegeleider", "werkbegeleiders", "praktijkbegeleider", "praktijkbegeleiders", "praktijkopleider", "praktijkopleiders", "leermeester", "werkbegeleiding"],
        "maatje": ["buddy", "buddys", "maatje", "maatjes", "mentor", "mentoren", "mentorprogramma", "buddyprogramma", "vast aanspreekpunt"],
        "stage": ["stage", "stages", "stageplek", "stageplekken", "stageplaats", "stageplaatsen", "stagiair", "stagiairs", "stagiaire", "bpv", "beroepspraktijkvorming"],
        "orientatie": ["meeloopdag", "meeloopdagen", "meelopen", "snuffelstage", "snuffelstages", "open dag", "proefdag", "beroepsorientatie", "kennismaken"],
        "vrijwilliger": ["vrijwilliger", "vrijwilligers", "vrijwilligerswerk", "vrijwillige"],
        "mantelzorg": ["mantelzorger", "mantelzorgers", "mantelzorg", "informele zorg", "naasten"],
        "respijt": ["respijt", "respijtzorg", "ontlasten", "ontlasting", "adempauze"],
        "leerafdeling": ["leerafdeling", "leerwerkafdeling", "opleidingsafdeling", "leerunit", "leerwerkplaats"],
        "interprofessioneel": ["interprofessioneel", "interprofessionele", "ipl", "multidisciplinair", "disciplines"],
        "oefenen": ["skillslab", "skills lab", "oefenlab", "simulatie", "simulatieonderwijs", "oefenruimte", "oefenomgeving"],
        "online leren": ["elearning", "e learning", "online leren", "leerplatform", "webinar", "digitale leeromgeving", "online module", "online modules"],
        "leiderschap": ["leiderschap", "leidinggevende", "leidinggevenden", "teamleider", "teamleiders", "teammanager", "coachend leidinggeven"],
        "wondzorg": ["wondzorg", "wonden", "decubitus", "doorligwonden", "wondverpleegkundige"],
        "leren en werken": ["bbl", "leren en werken", "werkend leren", "leerwerktraject", "leerbaan", "leerbanen", "leerwerkplek", "leerwerkplekken"],
        "intervisie": ["intervisie", "reflectie", "moreel beraad", "casusbespreking", "casuistiek", "casusoverleg"],
        "kraamzorg": ["kraamzorg", "kraamverzorgende", "kraamverzorgenden", "kraamvrouw"],
        "jeugd": ["jeugdzorg", "jeugdhulp", "jeugdwerk"],
        "ggz": ["ggz", "psychiatrie", "geestelijke gezondheidszorg", "psychische"],
        "gehandicaptenzorg": ["ghz", "gehandicaptenzorg", "verstandelijke beperking", "beperking"],
        "ouderenzorg": ["vvt", "ouderenzorg", "verpleeghuis", "verpleeghuizen", "woonzorgcentrum", "woonzorglocatie", "woonzorglocaties", "verzorgingshuis"],
        "wijk": ["wijkverpleging", "wijkteam", "wijkteams", "thuiszorg", "wijkverpleegkundige", "wijkverpleegkundigen", "thuiswonende"],
        "nacht": ["nachtdienst", "nachtdiensten", "nachtwerk", "nachtmedewerker", "nachtmedewerkers", "nachtzuster"],
        "hygiene": ["hygiene", "infectiepreventie", "handhygiene"],
        "verzorgende": ["verzorgende ig", "vig", "verzorgende", "verzorgenden"],
        "certificaat": ["microcredential", "microcredentials", "deelcertificaat", "mbo certificaat", "certificaat"],
        "tweede kans": ["afgewezen", "tweede kans", "buiten de boot", "uitgevallen"],
        "revalidatie": ["revalidatie", "revalidant", "revalidanten", "geriatrische revalidatie"],
        "dagbesteding": ["dagbesteding", "dagactiviteiten", "activiteitenbegeleiding"],
    ]

    /// Stem (or two stems joined by a space) → concept term, as `DutchText.tokens` makes them.
    public static let byStems: [String: String] = {
        var table: [String: String] = [:]
        for (concept, phrases) in concepts {
            for phrase in phrases {
                // A phrase must keep two stems; one that loses a word to the stop list
                // ("andere sector" → "sector") would make a common word a synonym.
                let stems = DutchText.tokens(phrase), isPhrase = phrase.contains(" ")
                guard stems.count == (isPhrase ? 2 : 1) else { continue }
                table[stems.joined(separator: " ")] = "~" + concept
            }
        }
        return table
    }()

    /// The concept terms of a run of stems: each word, and each pair of neighbours.
    public static func concepts(of stems: [String]) -> [String] {
        var found: [String] = []
        for (i, stem) in stems.enumerated() {
            if let concept = byStems[stem] { found.append(concept) }
            if i + 1 < stems.count, let concept = byStems[stem + " " + stems[i + 1]] { found.append(concept) }
        }
        return found
    }
}
