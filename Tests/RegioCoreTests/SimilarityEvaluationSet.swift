/// A fictional initiative of the evaluation set (all names fictional).
struct EvalInitiative: Sendable {
    let name: String
    let goal: String
    let description: String
    let themes: [String]
    let targetGroups: [String]
    let municipalities: [String]
    let organisations: [String]
}

/// What a pair truly is: `duplicate` — the same intervention recorded twice by different
/// people; `related` — same topic or people, but a different intervention (the hard
/// negatives); `unrelated` — different topic and people.
enum EvalLabel: String, Sendable { case duplicate, related, unrelated }

struct EvalPair: Sendable {
    let a: EvalInitiative
    let b: EvalInitiative
    let label: EvalLabel
}

private func I(_ name: String, _ goal: String, _ description: String, _ themes: [String], _ groups: [String], _ places: [String], _ orgs: [String] = []) -> EvalInitiative {
    EvalInitiative(name: name, goal: goal, description: description, themes: themes, targetGroups: groups, municipalities: places, organisations: orgs)
}

private let K = "kandidaatperspectief", C = "leer-en-werkcultuur", N = "innovatieve-leerconcepten"

/// Hand-written pairs in the wording of Dutch L&D advisers and coordinators.
let similarityEvaluationSet: [EvalPair] = [
    // MARK: duplicates
    EvalPair(a: I("Leerroute zij-instromers VVT", "Zij-instromers in twee jaar opleiden tot verzorgende IG in de ouderenzorg.", "Nieuwe collega's uit andere sectoren leren werkend in de ouderenzorg. Ze volgen een BBL-route met vaste werkbegeleider en starten twee keer per jaar.", [K], ["zij-instromers"], ["GM0307"], ["Zorggroep Denneburg"]),
             b: I("Zij-instroomtraject verzorgende IG ouderenzorg", "Mensen uit een andere branche via een BBL-opleiding tot verzorgende IG brengen.", "Een leerwerktraject voor zij-instromers in de VVT: leren en werken tegelijk, met begeleiding op de afdeling. Instroom in februari en september.", [K], ["zij-instromers"], ["GM0307", "GM0327"], ["Zorggroep Denneburg", "Opleidingscentrum Waterhoek"]), label: .duplicate),
    EvalPair(a: I("Skills lab medicatieveiligheid", "Verpleegkundigen oefenen medicatie klaarzetten en toedienen in een veilige oefenomgeving.", "In het skills lab oefenen medewerkers met medicatierondes, dubbele controle en het melden van incidenten.", [N], ["zittend-personeel"], ["GM0344"], ["Zorgcollege Heuvelrijk"]),
             b: I("Oefenlab veilig medicatie toedienen", "Zorgmedewerkers trainen het veilig toedienen van medicatie.", "Praktijkgericht oefenen met medicatie: klaarzetten, aftekenen en dubbel controleren, zonder risico voor cliënten.", [N], ["zittend-personeel"], ["GM0344"]), label: .duplicate),
    EvalPair(a: I("Vrijwilligersacademie Eemland", "Vrijwilligers in zorg en welzijn krijgen korte trainingen.", "De academie biedt vrijwilligers cursussen over omgaan met dementie, grenzen stellen en signaleren. Gratis en dicht bij huis.", [C], ["vrijwilligers"], ["GM0307", "GM0342"], ["Welzijnshuis Beekdal"]),
             b: I("Trainingen voor vrijwilligers in Amersfoort en Soest", "Vrijwilligers toerusten met kennis over dementie en signalering.", "Korte, gratis trainingen voor vrijwilligers: omgaan met mensen met dementie, eigen grenzen bewaken en zorgen signaleren.", [C], ["vrijwilligers"], ["GM0307", "GM0342"], ["Welzijnshuis Beekdal"]), label: .duplicate),
    EvalPair(a: I("Leercoach op de afdeling", "Een leercoach helpt teams om samen te leren in de dagelijkse praktijk.", "Per afdeling is een leercoach die intervisie begeleidt, leervragen ophaalt en werkbegeleiders ondersteunt.", [C], ["zittend-personeel", "werkbegeleiders-en-praktijkopleiders"], ["GM0402"], ["Zorggroep Molenwaard"]),
             b: I("Leercoaches voor teams", "Teams leren samen onder begeleiding van een leercoach.", "Leercoaches begeleiden intervisie op de werkvloer en ondersteunen werkbegeleiders bij het begeleiden van leerlingen.", [C], ["zittend-personeel"], ["GM0402", "GM0406"], ["Zorggroep Molenwaard"]), label: .duplicate),
    EvalPair(a: I("Digitale vaardigheden voor zorgmedewerkers", "Medewerkers worden digitaal vaardig voor het werken met het ECD en zorgtechnologie.", "Een e-learning en inloopspreekuur voor medewerkers die moeite hebben met computers, het elektronisch cliëntdossier en apps.", [N], ["zittend-personeel"], ["GM0632"]),
             b: I("Digivaardig in de zorg", "Zorgmedewerkers leren werken met computer, ECD en apps.", "Online modules en een digicafé waar collega's hulp krijgen bij het elektronisch dossier en digitale hulpmiddelen.", [N], ["zittend-personeel"], ["GM0632"], ["Thuiszorg Lindeveld"]), label: .duplicate),
    EvalPair(a: I("Taal op de werkvloer", "Anderstalige medewerkers verbeteren hun Nederlands in de zorg.", "Lessen Nederlands op de werkplek, gericht op rapporteren en overdragen, gekoppeld aan het werk op de afdeling.", [K], ["anders-geschoolden", "zittend-personeel"], ["GM0344"], ["Zorggroep Zonnedal"]),
             b: I("Nederlands leren tijdens het werk in de zorg", "Medewerkers met een andere moedertaal versterken hun taalvaardigheid.", "Taallessen op de werkvloer met oefeningen in rapporteren en mondelinge overdracht.", [K], ["anders-geschoolden"], ["GM0344"], ["Zorggroep Zonnedal"]), label: .duplicate),
    EvalPair(a: I("Leerafdeling gehandicaptenzorg", "Studenten BBL en BOL leren samen op een leerafdeling.", "Op de leerafdeling werken studenten in een vast team onder begeleiding van een praktijkopleider; ze nemen samen verantwoordelijkheid voor de zorg.", [N], ["studenten-bol-bbl", "stagiaires"], ["GM1581"], ["Zorgcollege Heuvelrijk"]),
             b: I("Leerwerkafdeling voor studenten in de gehandicaptenzorg", "Meer stageplaatsen door studenten samen te laten leren op één afdeling.", "Studenten van verschillende niveaus werken en leren samen op een woongroep, begeleid door een praktijkopleider.", [N], ["studenten-bol-bbl"], ["GM1581"], ["Zorgcollege Heuvelrijk"]), label: .duplicate),
    EvalPair(a: I("Loopbaangesprekken voor zittend personeel", "Medewerkers krijgen een loopbaangesprek en een ontwikkelplan.", "Een loopbaancoach voert gesprekken over ambities en mogelijkheden en maakt samen met de medewerker een ontwikkelplan.", [K], ["zittend-personeel"], ["GM0355", "GM0310"]),
             b: I("Loopbaancoaching medewerkers", "Medewerkers denken met een coach na over hun loopbaan en ontwikkeling.", "Gesprekken met een loopbaancoach leiden tot een persoonlijk ontwikkelplan.", [K], ["zittend-personeel"], ["GM0355"], ["Thuiszorg Waterhoek"]), label: .duplicate),
    EvalPair(a: I("Mantelzorgcafé Nieuwegein", "Mantelzorgers ontmoeten elkaar en krijgen informatie.", "Maandelijkse bijeenkomsten voor mantelzorgers met een thema, zoals omgaan met dementie of respijtzorg.", [C], ["mantelzorgers"], ["GM0356"], ["Welzijnshuis Lindeveld"]),
             b: I("Ontmoetingscafé voor mantelzorgers", "Een plek waar mantelzorgers elkaar treffen en informatie ophalen.", "Elke maand een bijeenkomst met een gastspreker over een thema als dementie of tijdelijk ontlasten.", [C], ["mantelzorgers"], ["GM0356"]), label: .duplicate),
    EvalPair(a: I("Snuffelstages zorg voor vmbo-leerlingen", "Vmbo-leerlingen maken kennis met werken in de zorg.", "Leerlingen lopen een dag mee op een afdeling of in de wijk en maken kennis met beroepen in zorg en welzijn.", [K], ["vmbo-leerlingen"], ["GM0353", "GM0356"], ["Opleidingscentrum Beekdal"]),
             b: I("Meeloopdagen in de zorg voor vmbo", "Jongeren van het vmbo ontdekken beroepen in zorg en welzijn.", "Vmbo-leerlingen lopen een dag mee met een zorgmedewerker om te ervaren hoe het werk is.", [K], ["vmbo-leerlingen"], ["GM0353"]), label: .duplicate),
    EvalPair(a: I("Werkbegeleiders opleiden", "Werkbegeleiders leren studenten en zij-instromers goed te begeleiden.", "Een training van vier dagdelen over feedback geven, beoordelen en het begeleiden van leerprocessen op de werkvloer.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344", "GM0312"], ["Opleidingscentrum Waterhoek"]),
             b: I("Training voor werkbegeleiders", "Betere begeleiding van leerlingen door geschoolde werkbegeleiders.", "Werkbegeleiders volgen een korte training in feedback, beoordelen en coachen van studenten en nieuwe collega's.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344"]), label: .duplicate),
    EvalPair(a: I("Kansen voor afgewezen kandidaten", "Kandidaten die niet in een standaardroute passen toch een plek bieden.", "Wie nu wordt afgewezen voor een opleiding krijgt een assessment en een route op maat, met extra begeleiding.", [K], ["kandidaten-die-nu-worden-afgewezen"], ["GM0307"], ["Zorggroep Eikenhorst"]),
             b: I("Tweede kans in de zorg", "Mensen die buiten de boot vallen bij de opleiding alsnog een kans geven.", "Afgewezen kandidaten doen een assessment en volgen daarna een aangepaste leerroute met een coach.", [K], ["kandidaten-die-nu-worden-afgewezen"], ["GM0307"]), label: .duplicate),
    EvalPair(a: I("Dementie-expertise in de wijk", "Wijkteams versterken hun kennis over dementie.", "Casuïstiekbesprekingen en een e-learning over dementie voor wijkverpleegkundigen en verzorgenden.", [C], ["zittend-personeel"], ["GM1942", "GM0406"], ["Thuiszorg Heuvelrijk"]),
             b: I("Scholing dementie voor wijkteams", "Meer kennis van dementie bij medewerkers in de thuiszorg.", "Wijkteams bespreken casussen en volgen online scholing over dementie.", [C], ["zittend-personeel"], ["GM1942"], ["Thuiszorg Heuvelrijk"]), label: .duplicate),
    EvalPair(a: I("Vitaliteitsprogramma zorgmedewerkers", "Zorgmedewerkers blijven gezond en met plezier aan het werk.", "Workshops over slaap, beweging en werkdruk, plus een vitaliteitscheck en coaching.", [C], ["zittend-personeel"], ["GM0632", "GM0589"]),
             b: I("Gezond werken in de zorg", "Het welzijn en de inzetbaarheid van medewerkers verbeteren.", "Een vitaliteitscheck, workshops over beweging en slaap en gesprekken over werkdruk.", [C], ["zittend-personeel"], ["GM0632"], ["Zorggroep Waterhoek"]), label: .duplicate),
    EvalPair(a: I("Stagemakelaar regio Gooi", "Meer en betere stageplekken door vraag en aanbod te koppelen.", "Een stagemakelaar brengt studenten en zorgorganisaties samen en zoekt plekken voor wie nog geen stage heeft.", [K], ["stagiaires", "studenten-bol-bbl"], ["GM0402", "GM1942"]),
             b: I("Stagebureau voor zorgstudenten", "Studenten sneller aan een stageplek helpen.", "Een centraal stagebureau koppelt zorgstudenten zonder stageplek aan organisaties in de regio.", [K], ["stagiaires"], ["GM0402"], ["Opleidingscentrum Zonnedal"]), label: .duplicate),
    EvalPair(a: I("E-learning hygiëne en infectiepreventie", "Alle medewerkers kennen de basisregels voor hygiëne.", "Een online module over handhygiëne, persoonlijke beschermingsmiddelen en infectiepreventie, afgesloten met een toets.", [N], ["zittend-personeel"], []),
             b: I("Online module infectiepreventie", "Kennis over hygiëne en infectiepreventie op peil houden.", "E-learning over handhygiëne en beschermingsmiddelen met een afsluitende toets.", [N], ["zittend-personeel"], []), label: .duplicate),
    EvalPair(a: I("Mentoraat nieuwe collega's", "Nieuwe medewerkers krijgen het eerste half jaar een mentor.", "Elke nieuwe collega krijgt een ervaren mentor die helpt bij inwerken en vragen beantwoordt, zodat minder mensen snel vertrekken.", [C], ["zittend-personeel", "zij-instromers"], ["GM0310"], ["Zorggroep Beekdal"]),
             b: I("Buddy voor nieuwe medewerkers", "Het verloop in het eerste jaar verlagen met een vaste maatje.", "Nieuwe collega's worden gekoppeld aan een ervaren buddy die het inwerken begeleidt.", [C], ["zij-instromers"], ["GM0310"], ["Zorggroep Beekdal"]), label: .duplicate),
    EvalPair(a: I("Praktijkleren GGZ voor agogen", "Agogisch medewerkers leren in de praktijk werken in de GGZ.", "Een werkleertraject in de GGZ met intervisie, casusbesprekingen en begeleiding door een ervaren collega.", [N], ["zittend-personeel", "anders-geschoolden"], ["GM0344"], ["GGZ Kliniek Lindeveld"]),
             b: I("Werkleertraject ggz", "Medewerkers met een agogische achtergrond inwerken in de ggz.", "Leren op de werkplek in de ggz met casusbesprekingen en intervisie.", [N], ["anders-geschoolden"], ["GM0344"], ["GGZ Kliniek Lindeveld"]), label: .duplicate),
    EvalPair(a: I("Leiderschapsprogramma teamleiders", "Teamleiders ontwikkelen coachend leiderschap.", "Een programma van zes bijeenkomsten over coachend leidinggeven, zelforganisatie en een lerende teamcultuur.", [C], ["leidinggevenden"], ["GM0267"]),
             b: I("Coachend leiderschap voor leidinggevenden", "Leidinggevenden leren teams coachen in plaats van sturen.", "Zes bijeenkomsten over coachend leiderschap en zelforganiserende teams.", [C], ["leidinggevenden"], ["GM0267"], ["Zorggroep Heuvelrijk"]), label: .duplicate),
    EvalPair(a: I("Zorgtechnologie leren toepassen", "Medewerkers leren zorgtechnologie zoals sensoren en beeldzorg gebruiken.", "In een proeftuin oefenen medewerkers met sensoren, leefstijlmonitoring en beeldbellen met cliënten.", [N], ["zittend-personeel"], ["GM1904"], ["Zorggroep Waterhoek"]),
             b: I("Proeftuin zorgtechnologie", "Ervaring opdoen met technologie in de zorg.", "Medewerkers proberen sensoren en beeldbellen uit en leren hoe ze die inzetten bij cliënten.", [N], ["zittend-personeel"], ["GM1904"]), label: .duplicate),
    EvalPair(a: I("Herintreders terug in de zorg", "Oud-zorgmedewerkers keren terug in het vak.", "Een opfristraject voor herintreders met actuele kennis, een korte stage en een baangarantie.", [K], ["anders-geschoolden"], ["GM0352"]),
             b: I("Opfriscursus voor herintreders", "Mensen die eerder in de zorg werkten weer aan de slag helpen.", "Herintreders frissen hun kennis op, lopen kort stage en krijgen daarna een baan aangeboden.", [K], [], ["GM0352", "GM0312"]), label: .duplicate),
    EvalPair(a: I("Praktijkopleider BBL ziekenhuis", "BBL-studenten in het ziekenhuis goed begeleiden.", "Praktijkopleiders begeleiden BBL-studenten verpleegkunde, houden voortgangsgesprekken en stemmen af met de school.", [C], ["studenten-bol-bbl", "werkbegeleiders-en-praktijkopleiders"], ["GM0344"]),
             b: I("Begeleiding BBL-studenten verpleegkunde", "De begeleiding van BBL-leerlingen in het ziekenhuis verbeteren.", "Vaste praktijkopleiders voeren voortgangsgesprekken met BBL-studenten en overleggen met het mbo.", [C], ["studenten-bol-bbl"], ["GM0344"], ["Zorgcollege Zonnedal"]), label: .duplicate),

    // MARK: related (same topic or people, different intervention)
    EvalPair(a: I("Leerroute zij-instromers VVT", "Zij-instromers in twee jaar opleiden tot verzorgende IG in de ouderenzorg.", "Nieuwe collega's uit andere sectoren leren werkend in de ouderenzorg via een BBL-route.", [K], ["zij-instromers"], ["GM0307"]),
             b: I("Oriëntatiedag werken in de zorg", "Geïnteresseerden uit andere sectoren maken kennis met de zorg.", "Een open dag met rondleidingen en gesprekken met zorgmedewerkers voor mensen die overwegen over te stappen.", [K], ["zij-instromers"], ["GM0307"]), label: .related),
    EvalPair(a: I("Leercoach op de afdeling", "Een leercoach helpt teams om samen te leren.", "Per afdeling begeleidt een leercoach intervisie en haalt leervragen op.", [C], ["zittend-personeel"], ["GM0402"]),
             b: I("Mentoraat nieuwe collega's", "Nieuwe medewerkers krijgen het eerste half jaar een mentor.", "Elke nieuwe collega krijgt een ervaren mentor die helpt bij het inwerken.", [C], ["zittend-personeel"], ["GM0402"]), label: .related),
    EvalPair(a: I("E-learning hygiëne en infectiepreventie", "Alle medewerkers kennen de basisregels voor hygiëne.", "Een online module over handhygiëne en infectiepreventie.", [N], ["zittend-personeel"], []),
             b: I("E-learning medicatie voor helpenden", "Helpenden leren over medicijnen en bijwerkingen.", "Online lessen over medicatie, bijwerkingen en het aftekenen van toediening.", [N], ["zittend-personeel"], []), label: .related),
    EvalPair(a: I("Vrijwilligersacademie Eemland", "Vrijwilligers krijgen korte trainingen.", "Cursussen voor vrijwilligers over dementie en signaleren.", [C], ["vrijwilligers"], ["GM0307"]),
             b: I("Werving vrijwilligers in verpleeghuizen", "Meer vrijwilligers vinden voor activiteiten in verpleeghuizen.", "Een campagne en een vrijwilligerscoördinator die nieuwe vrijwilligers werft en koppelt aan locaties.", [K], ["vrijwilligers"], ["GM0307"]), label: .related),
    EvalPair(a: I("Skills lab medicatieveiligheid", "Verpleegkundigen oefenen veilig medicatie toedienen.", "In het skills lab oefenen medewerkers medicatierondes en dubbele controle.", [N], ["zittend-personeel"], ["GM0344"]),
             b: I("Skills lab tilliften en transfers", "Medewerkers oefenen veilig tillen en transfers.", "In het skills lab oefenen zorgmedewerkers met tilliften, glijzeilen en ergonomisch werken.", [N], ["zittend-personeel"], ["GM0344"]), label: .related),
    EvalPair(a: I("Digitale vaardigheden voor zorgmedewerkers", "Medewerkers worden digitaal vaardig voor het ECD.", "Een e-learning en spreekuur over computers en het elektronisch dossier.", [N], ["zittend-personeel"], ["GM0632"]),
             b: I("Digitale vaardigheden voor mantelzorgers", "Mantelzorgers leren beeldbellen en zorgapps gebruiken.", "Workshops in de bibliotheek over beeldbellen met de thuiszorg en het gebruik van zorgapps.", [N], ["mantelzorgers"], ["GM0632"]), label: .related),
    EvalPair(a: I("Taal op de werkvloer", "Anderstalige medewerkers verbeteren hun Nederlands.", "Lessen Nederlands op de werkplek gericht op rapporteren.", [K], ["anders-geschoolden"], ["GM0344"]),
             b: I("Statushouders opleiden tot helpende", "Statushouders worden opgeleid tot helpende zorg en welzijn.", "Een traject met taalles, een opleiding helpende en een werkplek, samen met de gemeente.", [K], ["anders-geschoolden"], ["GM0344"]), label: .related),
    EvalPair(a: I("Leerafdeling gehandicaptenzorg", "Studenten leren samen op een leerafdeling.", "Studenten werken in een vast team onder een praktijkopleider.", [N], ["studenten-bol-bbl"], ["GM1581"]),
             b: I("Stagebegeleiding gehandicaptenzorg verbeteren", "Minder stage-uitval bij studenten in de gehandicaptenzorg.", "Stagebegeleiders krijgen intervisie en een vast overleg met de school over studenten die vastlopen.", [C], ["stagiaires"], ["GM1581"]), label: .related),
    EvalPair(a: I("Loopbaangesprekken voor zittend personeel", "Medewerkers krijgen een loopbaangesprek.", "Een loopbaancoach maakt met de medewerker een ontwikkelplan.", [K], ["zittend-personeel"], ["GM0355"]),
             b: I("Doorstroom naar verpleegkunde", "Verzorgenden stromen door naar mbo-verpleegkundige.", "Een verkort BBL-traject voor verzorgenden die verpleegkundige willen worden, met behoud van salaris.", [K], ["zittend-personeel"], ["GM0355"]), label: .related),
    EvalPair(a: I("Mantelzorgcafé Nieuwegein", "Mantelzorgers ontmoeten elkaar.", "Maandelijkse bijeenkomsten voor mantelzorgers met een thema.", [C], ["mantelzorgers"], ["GM0356"]),
             b: I("Respijtzorg voor mantelzorgers", "Mantelzorgers tijdelijk ontlasten.", "Vrijwilligers nemen een dagdeel de zorg over zodat de mantelzorger even vrij is.", [K], ["mantelzorgers"], ["GM0356"]), label: .related),
    EvalPair(a: I("Snuffelstages zorg voor vmbo-leerlingen", "Vmbo-leerlingen maken kennis met werken in de zorg.", "Leerlingen lopen een dag mee op een afdeling.", [K], ["vmbo-leerlingen"], ["GM0353"]),
             b: I("Doorlopende leerlijn vmbo-mbo zorg", "Vmbo-leerlingen sneller en zonder uitval naar het mbo.", "Vmbo en mbo stemmen het lesprogramma zorg en welzijn af, zodat leerlingen zonder dubbeling doorstromen.", [N], ["vmbo-leerlingen"], ["GM0353"]), label: .related),
    EvalPair(a: I("Werkbegeleiders opleiden", "Werkbegeleiders leren studenten goed begeleiden.", "Een training over feedback geven en beoordelen.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344"]),
             b: I("Netwerk praktijkopleiders", "Praktijkopleiders delen kennis over de organisaties heen.", "Vier keer per jaar een bijeenkomst van praktijkopleiders uit de regio over opleidingsvragen en nieuwe kwalificatiedossiers.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344"]), label: .related),
    EvalPair(a: I("Dementie-expertise in de wijk", "Wijkteams versterken hun kennis over dementie.", "Casuïstiekbesprekingen en een e-learning over dementie.", [C], ["zittend-personeel"], ["GM1942"]),
             b: I("Dementievriendelijke gemeente", "Inwoners en winkeliers leren omgaan met mensen met dementie.", "Trainingen voor winkelpersoneel, buschauffeurs en inwoners over het herkennen van dementie.", [C], ["vrijwilligers"], ["GM1942"]), label: .related),
    EvalPair(a: I("Vitaliteitsprogramma zorgmedewerkers", "Zorgmedewerkers blijven gezond aan het werk.", "Workshops over slaap, beweging en werkdruk.", [C], ["zittend-personeel"], ["GM0632"]),
             b: I("Roosteren met zeggenschap", "Medewerkers krijgen meer invloed op hun rooster.", "Teams roosteren zelf met een digitaal systeem waarin wensen van medewerkers meewegen.", [C], ["zittend-personeel"], ["GM0632"]), label: .related),
    EvalPair(a: I("Stagemakelaar regio Gooi", "Meer stageplekken door vraag en aanbod te koppelen.", "Een stagemakelaar koppelt studenten aan zorgorganisaties.", [K], ["stagiaires"], ["GM0402"]),
             b: I("Stagevergoeding en reiskosten", "Financiële drempels voor stagiaires wegnemen.", "Zorgorganisaties betalen een gelijke stagevergoeding en reiskosten, gefinancierd uit het Stagefonds.", [K], ["stagiaires"], ["GM0402"]), label: .related),
    EvalPair(a: I("Kansen voor afgewezen kandidaten", "Kandidaten die niet in een standaardroute passen een plek bieden.", "Een assessment en een route op maat voor wie nu wordt afgewezen.", [K], ["kandidaten-die-nu-worden-afgewezen"], ["GM0307"]),
             b: I("Assessment bij instroom", "Bij instroom vaststellen wat iemand al kan.", "Een praktijkassessment bepaalt welke onderdelen van de opleiding iemand kan overslaan.", [K], ["zij-instromers"], ["GM0307"]), label: .related),
    EvalPair(a: I("Mentoraat nieuwe collega's", "Nieuwe medewerkers krijgen een mentor.", "Een ervaren mentor helpt bij inwerken.", [C], ["zij-instromers"], ["GM0310"]),
             b: I("Inwerkprogramma online", "Nieuwe medewerkers leren de organisatie kennen via een app.", "Een onboarding-app met filmpjes, protocollen en een checklist voor de eerste weken.", [N], ["zij-instromers"], ["GM0310"]), label: .related),
    EvalPair(a: I("Praktijkleren GGZ voor agogen", "Agogisch medewerkers leren in de praktijk werken in de GGZ.", "Een werkleertraject met intervisie en casusbesprekingen.", [N], ["anders-geschoolden"], ["GM0344"]),
             b: I("Ervaringsdeskundigheid in de ggz", "Ervaringsdeskundigen opleiden en inzetten in teams.", "Een opleiding ervaringsdeskundige en begeleiding van teams die met ervaringsdeskundigen gaan werken.", [K], ["anders-geschoolden"], ["GM0344"]), label: .related),
    EvalPair(a: I("Leiderschapsprogramma teamleiders", "Teamleiders ontwikkelen coachend leiderschap.", "Zes bijeenkomsten over coachend leidinggeven.", [C], ["leidinggevenden"], ["GM0267"]),
             b: I("Intervisie voor leidinggevenden", "Leidinggevenden leren van elkaars vraagstukken.", "Maandelijkse intervisiegroepen voor leidinggevenden uit verschillende organisaties.", [C], ["leidinggevenden"], ["GM0267"]), label: .related),
    EvalPair(a: I("Zorgtechnologie leren toepassen", "Medewerkers leren zorgtechnologie gebruiken.", "In een proeftuin oefenen medewerkers met sensoren en beeldbellen.", [N], ["zittend-personeel"], ["GM1904"]),
             b: I("Virtual reality in het onderwijs", "Studenten oefenen zorgsituaties met virtual reality.", "Met VR-brillen oefenen studenten lastige gesprekken en situaties thuis bij cliënten.", [N], ["studenten-bol-bbl"], ["GM1904"]), label: .related),
    EvalPair(a: I("Herintreders terug in de zorg", "Oud-zorgmedewerkers keren terug in het vak.", "Een opfristraject met stage en baangarantie.", [K], ["anders-geschoolden"], ["GM0352"]),
             b: I("Flexpool oud-medewerkers", "Gepensioneerde medewerkers inzetten bij piekdrukte.", "Oud-medewerkers staan in een flexpool en springen bij op drukke momenten.", [K], [], ["GM0352"]), label: .related),
    EvalPair(a: I("Praktijkopleider BBL ziekenhuis", "BBL-studenten in het ziekenhuis goed begeleiden.", "Praktijkopleiders voeren voortgangsgesprekken met BBL-studenten.", [C], ["studenten-bol-bbl"], ["GM0344"]),
             b: I("Leerafdeling ziekenhuis verpleegkunde", "Hbo-studenten verpleegkunde leren op een leerafdeling.", "Studenten verplegen samen een groep patiënten op een eigen leerafdeling met een clinical teacher.", [N], ["studenten-bol-bbl"], ["GM0344"]), label: .related),

    // MARK: unrelated
    EvalPair(a: I("Leerroute zij-instromers VVT", "Zij-instromers opleiden tot verzorgende IG.", "BBL-route met werkbegeleider in de ouderenzorg.", [K], ["zij-instromers"], ["GM0307"]),
             b: I("Mantelzorgcafé Nieuwegein", "Mantelzorgers ontmoeten elkaar.", "Maandelijkse bijeenkomsten met een thema.", [C], ["mantelzorgers"], ["GM0356"]), label: .unrelated),
    EvalPair(a: I("Skills lab medicatieveiligheid", "Veilig medicatie toedienen oefenen.", "Oefenen met medicatierondes en dubbele controle.", [N], ["zittend-personeel"], ["GM0344"]),
             b: I("Vrijwilligersacademie Eemland", "Vrijwilligers krijgen korte trainingen.", "Cursussen over dementie en signaleren.", [C], ["vrijwilligers"], ["GM0307"]), label: .unrelated),
    EvalPair(a: I("Taal op de werkvloer", "Anderstalige medewerkers verbeteren hun Nederlands.", "Taallessen op de werkplek.", [K], ["anders-geschoolden"], ["GM0344"]),
             b: I("Leiderschapsprogramma teamleiders", "Coachend leiderschap ontwikkelen.", "Zes bijeenkomsten voor teamleiders.", [C], ["leidinggevenden"], ["GM0267"]), label: .unrelated),
    EvalPair(a: I("Snuffelstages zorg voor vmbo-leerlingen", "Vmbo-leerlingen maken kennis met de zorg.", "Een dag meelopen op een afdeling.", [K], ["vmbo-leerlingen"], ["GM0353"]),
             b: I("Zorgtechnologie leren toepassen", "Zorgtechnologie leren gebruiken.", "Proeftuin met sensoren en beeldbellen.", [N], ["zittend-personeel"], ["GM1904"]), label: .unrelated),
    EvalPair(a: I("Vitaliteitsprogramma zorgmedewerkers", "Gezond blijven werken.", "Workshops over slaap en werkdruk.", [C], ["zittend-personeel"], ["GM0632"]),
             b: I("Stagemakelaar regio Gooi", "Stageplekken koppelen.", "Studenten en organisaties samenbrengen.", [K], ["stagiaires"], ["GM0402"]), label: .unrelated),
    EvalPair(a: I("Werkbegeleiders opleiden", "Werkbegeleiders leren begeleiden.", "Training in feedback en beoordelen.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344"]),
             b: I("Respijtzorg voor mantelzorgers", "Mantelzorgers tijdelijk ontlasten.", "Vrijwilligers nemen de zorg een dagdeel over.", [K], ["mantelzorgers"], ["GM0356"]), label: .unrelated),
    EvalPair(a: I("E-learning hygiëne en infectiepreventie", "Basisregels voor hygiëne.", "Online module over handhygiëne.", [N], ["zittend-personeel"], []),
             b: I("Kansen voor afgewezen kandidaten", "Afgewezen kandidaten een plek bieden.", "Assessment en route op maat.", [K], ["kandidaten-die-nu-worden-afgewezen"], ["GM0307"]), label: .unrelated),
    EvalPair(a: I("Dementie-expertise in de wijk", "Wijkteams leren over dementie.", "Casusbesprekingen en e-learning.", [C], ["zittend-personeel"], ["GM1942"]),
             b: I("Doorlopende leerlijn vmbo-mbo zorg", "Soepele doorstroom van vmbo naar mbo.", "Afstemming van lesprogramma's.", [N], ["vmbo-leerlingen"], ["GM0353"]), label: .unrelated),
    EvalPair(a: I("Loopbaangesprekken voor zittend personeel", "Loopbaangesprek en ontwikkelplan.", "Gesprekken met een loopbaancoach.", [K], ["zittend-personeel"], ["GM0355"]),
             b: I("Virtual reality in het onderwijs", "Oefenen met VR.", "Studenten oefenen lastige situaties met VR-brillen.", [N], ["studenten-bol-bbl"], ["GM1904"]), label: .unrelated),
    EvalPair(a: I("Leerafdeling gehandicaptenzorg", "Studenten leren samen.", "Een leerafdeling met praktijkopleider.", [N], ["studenten-bol-bbl"], ["GM1581"]),
             b: I("Werving vrijwilligers in verpleeghuizen", "Meer vrijwilligers vinden.", "Campagne en vrijwilligerscoördinator.", [K], ["vrijwilligers"], ["GM0307"]), label: .unrelated),
    EvalPair(a: I("Mentoraat nieuwe collega's", "Een mentor voor nieuwe collega's.", "Ervaren collega helpt bij inwerken.", [C], ["zij-instromers"], ["GM0310"]),
             b: I("Dementievriendelijke gemeente", "Inwoners leren omgaan met dementie.", "Trainingen voor winkelpersoneel en inwoners.", [C], ["vrijwilligers"], ["GM1942"]), label: .unrelated),
    EvalPair(a: I("Digitale vaardigheden voor zorgmedewerkers", "Digitaal vaardig voor het ECD.", "E-learning en spreekuur.", [N], ["zittend-personeel"], ["GM0632"]),
             b: I("Stagevergoeding en reiskosten", "Financiële drempels voor stagiaires wegnemen.", "Gelijke stagevergoeding uit het Stagefonds.", [K], ["stagiaires"], ["GM0402"]), label: .unrelated),
    EvalPair(a: I("Praktijkleren GGZ voor agogen", "Agogen leren in de ggz.", "Werkleertraject met intervisie.", [N], ["anders-geschoolden"], ["GM0344"]),
             b: I("Flexpool oud-medewerkers", "Gepensioneerden inzetten bij piekdrukte.", "Oud-medewerkers springen bij.", [K], [], ["GM0352"]), label: .unrelated),
    EvalPair(a: I("Herintreders terug in de zorg", "Herintreders keren terug.", "Opfristraject met stage.", [K], ["anders-geschoolden"], ["GM0352"]),
             b: I("Skills lab tilliften en transfers", "Veilig tillen oefenen.", "Oefenen met tilliften en glijzeilen.", [N], ["zittend-personeel"], ["GM0344"]), label: .unrelated),
    EvalPair(a: I("Leercoach op de afdeling", "Teams leren samen.", "Leercoach begeleidt intervisie.", [C], ["zittend-personeel"], ["GM0402"]),
             b: I("Statushouders opleiden tot helpende", "Statushouders worden helpende.", "Taalles, opleiding en werkplek.", [K], ["anders-geschoolden"], ["GM0344"]), label: .unrelated),
    EvalPair(a: I("Roosteren met zeggenschap", "Invloed op het rooster.", "Teams roosteren zelf.", [C], ["zittend-personeel"], ["GM0632"]),
             b: I("Oriëntatiedag werken in de zorg", "Kennismaken met de zorg.", "Open dag met rondleidingen.", [K], ["zij-instromers"], ["GM0307"]), label: .unrelated),
    EvalPair(a: I("Netwerk praktijkopleiders", "Kennis delen tussen praktijkopleiders.", "Regionale bijeenkomsten.", [C], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344"]),
             b: I("Digitale vaardigheden voor mantelzorgers", "Mantelzorgers leren beeldbellen.", "Workshops in de bibliotheek.", [N], ["mantelzorgers"], ["GM0632"]), label: .unrelated),
    EvalPair(a: I("Intervisie voor leidinggevenden", "Leidinggevenden leren van elkaar.", "Maandelijkse intervisiegroepen.", [C], ["leidinggevenden"], ["GM0267"]),
             b: I("Snuffelstages zorg voor vmbo-leerlingen", "Vmbo-leerlingen proeven aan de zorg.", "Meelopen op een afdeling.", [K], ["vmbo-leerlingen"], ["GM0353"]), label: .unrelated),
    EvalPair(a: I("Inwerkprogramma online", "Onboarding via een app.", "Filmpjes, protocollen en een checklist.", [N], ["zij-instromers"], ["GM0310"]),
             b: I("Mantelzorgcafé Nieuwegein", "Ontmoeting voor mantelzorgers.", "Maandelijkse themabijeenkomsten.", [C], ["mantelzorgers"], ["GM0356"]), label: .unrelated),
    EvalPair(a: I("Ervaringsdeskundigheid in de ggz", "Ervaringsdeskundigen inzetten.", "Opleiding en teambegeleiding.", [K], ["anders-geschoolden"], ["GM0344"]),
             b: I("E-learning medicatie voor helpenden", "Helpenden leren over medicijnen.", "Online lessen over bijwerkingen.", [N], ["zittend-personeel"], []), label: .unrelated),
    EvalPair(a: I("Doorstroom naar verpleegkunde", "Verzorgenden worden verpleegkundige.", "Verkort BBL-traject met behoud van salaris.", [K], ["zittend-personeel"], ["GM0355"]),
             b: I("Werving vrijwilligers in verpleeghuizen", "Meer vrijwilligers.", "Campagne en coördinator.", [K], ["vrijwilligers"], ["GM0307"]), label: .unrelated),
    EvalPair(a: I("Stagebegeleiding gehandicaptenzorg verbeteren", "Minder stage-uitval.", "Intervisie voor stagebegeleiders.", [C], ["stagiaires"], ["GM1581"]),
             b: I("Gezond werken in de zorg", "Welzijn van medewerkers.", "Vitaliteitscheck en workshops.", [C], ["zittend-personeel"], ["GM0632"]), label: .unrelated),
]
