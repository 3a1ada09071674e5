/// A blind TEST set of initiative pairs for the duplicate detector.
///
/// Written independently, without seeing the detector, its source, or the other
/// evaluation sets. Use it only for measuring — never for tuning thresholds or
/// features, or it stops being an honest test. All initiatives, organisations and
/// people are fictional; municipality codes are real CBS codes used as places only.
///
/// Mix: 20 duplicates (≈5 near-copies, ≈10 ordinary rewordings, ≈5 hard paraphrases),
/// 20 related pairs (hard negatives: same topic or same people/place, different
/// intervention) and 20 unrelated pairs.

private func T(_ name: String, _ goal: String, _ description: String, _ themes: [String], _ groups: [String], _ places: [String], _ orgs: [String] = []) -> EvalInitiative {
    EvalInitiative(name: name, goal: goal, description: description, themes: themes, targetGroups: groups, municipalities: places, organisations: orgs)
}

private let tk = "kandidaatperspectief", tl = "leer-en-werkcultuur", ti = "innovatieve-leerconcepten"

let similarityTestSet: [EvalPair] = [

    // MARK: - Duplicates: near-copies (one record copied from the other and edited)

    EvalPair(
        a: T("Leerafdeling Vossendaal",
             "Studenten leren in een eigen afdeling samen zorg te verlenen onder begeleiding van een praktijkopleider.",
             "Op de leerafdeling van Zorggroep Vossendaal verzorgen BBL- en BOL-studenten Verzorgende-IG en MBO-verpleegkundige samen de bewoners. Een vaste praktijkopleider en werkbegeleiders coachen het team; de studenten plannen zelf de dagelijkse zorg.",
             [tl, ti], ["studenten-bol-bbl", "stagiaires"], ["GM0307"], ["Zorggroep Vossendaal", "Zorgcollege Sterrenwoud"]),
        b: T("Leerafdeling bij Zorggroep Vossendaal",
             "Studenten leren op een eigen afdeling samen de zorg te verlenen, begeleid door een praktijkopleider.",
             "Op de leerafdeling van Zorggroep Vossendaal (locatie De Hoeve) verzorgen BBL- en BOL-studenten Verzorgende-IG en MBO-verpleegkundige samen de bewoners. Een vaste praktijkopleider coacht het team en de studenten plannen zelf de dagelijkse zorg. Start: september.",
             [tl], ["studenten-bol-bbl"], ["GM0307"], ["Zorggroep Vossendaal"]),
        label: .duplicate),

    EvalPair(
        a: T("Taalcoaching op de werkvloer",
             "Medewerkers met Nederlands als tweede taal worden sterker in werktaal en rapporteren.",
             "Vrijwillige taalcoaches van Welzijnshuis Wilgenoord koppelen we aan huishoudelijk medewerkers en helpenden met Nederlands als tweede taal. Wekelijks oefenen ze een uur met overdrachten, rapporteren in het ECD en gesprekken met cliënten.",
             [tl], ["zittend-personeel"], ["GM0356", "GM0353"], ["Thuiszorg Hazelbeek", "Welzijnshuis Wilgenoord"]),
        b: T("Taalcoaching op de werkvloer (NT2)",
             "Medewerkers met Nederlands als tweede taal worden sterker in werktaal en in het rapporteren.",
             "Vrijwillige taalcoaches van Welzijnshuis Wilgenoord worden gekoppeld aan huishoudelijk medewerkers en helpenden met NT2. Wekelijks oefenen zij een uur met overdrachten, rapporteren in het ECD en gesprekken met cliënten.",
             [tl], ["zittend-personeel", "vrijwilligers"], ["GM0356"], ["Thuiszorg Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Meeloopdag zorg voor vmbo-leerlingen",
             "Vmbo-leerlingen ontdekken wat werken in de zorg inhoudt.",
             "Leerlingen uit vmbo 3 lopen een dag mee in de wijkverpleging, de dagbesteding of het verpleeghuis van Wijkzorg Klaverveld. Na afloop volgt een terugkomles op school met de zorgcoördinator.",
             [tk], ["vmbo-leerlingen"], ["GM0632", "GM0589"], ["Wijkzorg Klaverveld", "Leerhuis Meeuwenstrand"]),
        b: T("Meeloopdagen zorg vmbo",
             "Vmbo-leerlingen ontdekken wat werken in de zorg echt inhoudt.",
             "Leerlingen uit vmbo 3 lopen een dag mee in de wijkverpleging, dagbesteding of het verpleeghuis van Wijkzorg Klaverveld. Daarna volgt een terugkomles op school.",
             [tk], ["vmbo-leerlingen"], ["GM0632"], ["Wijkzorg Klaverveld"]),
        label: .duplicate),

    EvalPair(
        a: T("Intervisiegroep werkbegeleiders GHZ",
             "Werkbegeleiders in de gehandicaptenzorg delen ervaringen en versterken hun begeleidingsvaardigheden.",
             "Zes keer per jaar komen werkbegeleiders van verschillende woonlocaties samen voor intervisie volgens de incidentmethode. Een praktijkopleider van Zorggroep Sterrenwoud begeleidt de bijeenkomsten.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0310", "GM0355"], ["Zorggroep Sterrenwoud"]),
        b: T("Intervisie voor werkbegeleiders in de GHZ",
             "Werkbegeleiders in de gehandicaptenzorg delen ervaringen en versterken hun begeleidingsvaardigheden.",
             "Zes keer per jaar komen de werkbegeleiders van de woonlocaties in De Bilt en Zeist samen voor intervisie (incidentmethode), begeleid door een praktijkopleider.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0310", "GM0355"], ["Zorggroep Sterrenwoud", "Opleidingscentrum Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("E-learning medicatieveiligheid wijkverpleging",
             "Alle wijkverpleegkundigen en verzorgenden zijn bevoegd en bekwaam voor medicatietoediening.",
             "Jaarlijkse e-learning met toets over medicatieveiligheid, gevolgd door een praktijktoets in het skills lab. Na het behalen wordt de bekwaamheid vastgelegd in het ECD.",
             [ti], ["zittend-personeel"], ["GM0402", "GM1942", "GM0406"], ["Thuiszorg Meeuwenstrand"]),
        b: T("E-learning + praktijktoets medicatieveiligheid",
             "Alle wijkverpleegkundigen en verzorgenden zijn bevoegd en bekwaam voor het toedienen van medicatie.",
             "Jaarlijkse e-learning met toets over medicatieveiligheid, daarna een praktijktoets in het skills lab. De bekwaamheid wordt na het behalen vastgelegd in het personeelsdossier.",
             [ti], ["zittend-personeel"], ["GM0402", "GM0406"], ["Thuiszorg Meeuwenstrand"]),
        label: .duplicate),

    // MARK: - Duplicates: ordinary rewordings (same key terms, different sentences)

    EvalPair(
        a: T("Zij-instroomtraject Verzorgende-IG",
             "Meer zij-instromers opleiden tot Verzorgende-IG met een baan vanaf dag één.",
             "Zij-instromers uit andere sectoren starten met een arbeidscontract bij Zorggroep Wilgenoord en volgen de verkorte BBL-opleiding Verzorgende-IG bij Zorgcollege Sterrenwoud. Een vaste werkbegeleider begeleidt hen op de afdeling.",
             [tk], ["zij-instromers"], ["GM0344", "GM0356"], ["Zorggroep Wilgenoord", "Zorgcollege Sterrenwoud"]),
        b: T("Verkorte BBL VIG voor zij-instromers",
             "Mensen uit een andere branche in anderhalf jaar opleiden tot Verzorgende-IG.",
             "Wie overstapt uit bijvoorbeeld de retail of horeca krijgt direct een leerwerkovereenkomst bij Zorggroep Wilgenoord. Twee dagen per maand naar school bij Zorgcollege Sterrenwoud, de rest van de tijd leren en werken op de afdeling met een werkbegeleider.",
             [tk, tl], ["zij-instromers", "anders-geschoolden"], ["GM0344"], ["Zorgcollege Sterrenwoud"]),
        label: .duplicate),

    EvalPair(
        a: T("Buddyprogramma nieuwe medewerkers",
             "Nieuwe medewerkers voelen zich sneller thuis en blijven langer.",
             "Elke nieuwe medewerker in de thuiszorg krijgt de eerste drie maanden een buddy uit het eigen team. Buddy en nieuwkomer hebben vaste contactmomenten en werken samen een checklist voor het inwerken af.",
             [tl], ["zittend-personeel"], ["GM0342", "GM0402"], ["Thuiszorg Vossendaal"]),
        b: T("Buddy's voor nieuwkomers thuiszorg",
             "Minder uitval in het eerste jaar door betere opvang van nieuwe collega's.",
             "Een ervaren collega uit het team wordt buddy van een nieuwe medewerker tijdens het inwerken. Drie maanden lang zijn er vaste gesprekken aan de hand van de inwerkchecklist.",
             [tl], ["zittend-personeel"], ["GM0342"], ["Thuiszorg Vossendaal"]),
        label: .duplicate),

    EvalPair(
        a: T("Herintredersprogramma verpleegkundigen",
             "Verpleegkundigen die een tijd niet in de zorg hebben gewerkt weer laten terugkeren.",
             "Oud-verpleegkundigen volgen een opfriscursus van tien weken met theorie en oefenen in het skills lab, gevolgd door een betaalde werkervaringsplaats in de wijkverpleging. Na afronding kunnen ze zich herregistreren in het BIG-register.",
             [tk], ["anders-geschoolden"], ["GM0307", "GM0327"], ["Wijkzorg Hazelbeek", "Opleidingscentrum Sterrenwoud"]),
        b: T("Terugkeren in de wijkverpleging",
             "Verpleegkundigen zonder recente werkervaring in de zorg opnieuw inzetbaar maken.",
             "Een opfriscursus van tien weken (theorie plus skills lab) voor verpleegkundigen die de zorg hebben verlaten, daarna een betaalde werkervaringsplaats in de wijk. Deelnemers worden begeleid naar herregistratie in het BIG-register.",
             [tk], ["anders-geschoolden", "zij-instromers"], ["GM0307"], ["Wijkzorg Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Leiderschapsprogramma teamleiders VVT",
             "Teamleiders ontwikkelen coachend leiderschap zodat teams meer zelf oplossen.",
             "In zes modules werken teamleiders aan coachend leiderschap, feedback geven en het voeren van lastige gesprekken. Tussen de modules passen zij het geleerde toe in hun eigen team en bespreken het in intervisie.",
             [tl], ["leidinggevenden"], ["GM1904", "GM0344"], ["Zorggroep Klaverveld"]),
        b: T("Coachend leidinggeven voor teamleiders",
             "Teamleiders in de ouderenzorg leren coachend leidinggeven.",
             "Programma van zes bijeenkomsten over coachend leiderschap, feedback en moeilijke gesprekken. Deelnemers oefenen in de praktijk met hun team en reflecteren daarop in intervisiegroepjes.",
             [tl], ["leidinggevenden"], ["GM1904"], ["Zorggroep Klaverveld", "Leerhuis Vossendaal"]),
        label: .duplicate),

    EvalPair(
        a: T("Ergocoaches op elke afdeling",
             "Minder fysieke klachten en verzuim door gezond tillen en verantwoorde transfers.",
             "Op iedere afdeling wordt een medewerker opgeleid tot ergocoach. De ergocoach adviseert collega's over til- en transferhulpmiddelen en signaleert te zware fysieke belasting.",
             [tl], ["zittend-personeel"], ["GM1581", "GM0355"], ["Zorggroep Hazelbeek"]),
        b: T("Opleiding ergocoach",
             "Verzuim door fysieke belasting terugdringen.",
             "Per team volgt één zorgmedewerker de training tot ergocoach. Die collega adviseert het team over tilliften, transfers en andere hulpmiddelen en signaleert wanneer de fysieke belasting te hoog wordt.",
             [tl], ["zittend-personeel"], ["GM1581"], ["Zorggroep Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Cursus omgaan met dementie voor mantelzorgers",
             "Mantelzorgers van mensen met dementie beter toerusten en overbelasting voorkomen.",
             "In vijf avonden leren mantelzorgers over het ziektebeeld dementie, communiceren met hun naaste en het bewaken van hun eigen grenzen. De cursus wordt gegeven door een casemanager dementie en een mantelzorgconsulent.",
             [tl], ["mantelzorgers"], ["GM0355", "GM0312"], ["Welzijnshuis Klaverveld", "Wijkzorg Sterrenwoud"]),
        b: T("Mantelzorgcursus dementie",
             "Overbelasting van mantelzorgers van mensen met dementie voorkomen.",
             "Vijf avondbijeenkomsten voor mantelzorgers: wat is dementie, hoe communiceer je met je naaste en hoe bewaak je je eigen grenzen? Gegeven door de casemanager dementie en de mantelzorgconsulent van Welzijnshuis Klaverveld.",
             [tl], ["mantelzorgers"], ["GM0355"], ["Welzijnshuis Klaverveld"]),
        label: .duplicate),

    EvalPair(
        a: T("Microcredential wondzorg",
             "Verzorgenden en verpleegkundigen bekwamen zich in complexe wondzorg met een erkend bewijs.",
             "Korte modulaire scholing wondzorg (vier bijeenkomsten en e-learning) bij Opleidingscentrum Wilgenoord. Deelnemers sluiten af met een praktijkopdracht en ontvangen een microcredential die meetelt in de BBL-opleiding.",
             [ti], ["zittend-personeel"], ["GM0344", "GM1904"], ["Opleidingscentrum Wilgenoord", "Thuiszorg Klaverveld"]),
        b: T("Module wondzorg met microcredential",
             "Zittende medewerkers scholen in wondzorg en dat zichtbaar erkennen.",
             "Verzorgenden-IG en verpleegkundigen uit de thuiszorg volgen een module wondzorg met e-learning en vier lesdagen. Wie de praktijkopdracht haalt, krijgt een microcredential die ook meetelt bij een vervolgopleiding.",
             [ti, tl], ["zittend-personeel"], ["GM0344"], ["Thuiszorg Klaverveld"]),
        label: .duplicate),

    EvalPair(
        a: T("Regionaal stagebureau jeugdhulp",
             "Meer en betere stageplekken voor studenten in de jeugdhulp.",
             "Drie jeugdhulpaanbieders werven en plaatsen stagiaires via één gezamenlijk stagebureau. Het bureau matcht studenten aan stageplekken en ondersteunt de praktijkbegeleiders.",
             [tk], ["stagiaires"], ["GM0402", "GM0342", "GM1942"], ["Jeugdhulp Meeuwenstrand", "Jeugdhulp Vossendaal", "Zorggroep Hazelbeek"]),
        b: T("Eén stageloket jeugdhulp",
             "Stageplaatsen in de jeugdzorg beter benutten.",
             "Jeugdhulp Meeuwenstrand, Jeugdhulp Vossendaal en Zorggroep Hazelbeek bundelen de stagewerving in één stageloket. Het loket koppelt studenten aan stageplekken en biedt training aan praktijkbegeleiders.",
             [tk], ["stagiaires", "studenten-bol-bbl"], ["GM0402", "GM0342"], ["Jeugdhulp Meeuwenstrand", "Jeugdhulp Vossendaal", "Zorggroep Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Zorgtechnologie-ambassadeurs",
             "Zorgtechnologie zoals sensoren en beeldbellen wordt beter benut in de dagelijkse zorg.",
             "Per team wordt een medewerker opgeleid tot ambassadeur zorgtechnologie. De ambassadeurs oefenen in een proeftuin met sensoren, medicijndispensers en beeldbellen en helpen daarna collega's op de werkvloer.",
             [ti], ["zittend-personeel"], ["GM0267", "GM0307"], ["Zorggroep Meeuwenstrand"]),
        b: T("Ambassadeurs zorgtechnologie per team",
             "Meer gebruik van zorgtechnologie in de zorg thuis en op de locaties.",
             "In elk team wordt een collega ambassadeur zorgtechnologie. Na een training in de proeftuin (beeldbellen, sensoren, medicijndispensers) ondersteunen zij hun collega's bij het gebruik.",
             [ti], ["zittend-personeel"], ["GM0267"], ["Zorggroep Meeuwenstrand"]),
        label: .duplicate),

    EvalPair(
        a: T("Basistraining vrijwilligers dagbesteding",
             "Vrijwilligers in de dagbesteding voelen zich toegerust en blijven langer actief.",
             "Nieuwe vrijwilligers volgen drie dagdelen basistraining: omgaan met ouderen met geheugenproblemen, privacy en wat te doen bij een incident. Daarna lopen ze mee met een ervaren vrijwilliger.",
             [tl], ["vrijwilligers"], ["GM0352", "GM0312"], ["Welzijnshuis Hazelbeek"]),
        b: T("Training nieuwe vrijwilligers dagbesteding ouderen",
             "Vrijwilligers goed voorbereiden op hun taken in de dagbesteding.",
             "Drie dagdelen training voor nieuwe vrijwilligers over geheugenproblemen bij ouderen, privacy en handelen bij incidenten. Aansluitend meelopen met een ervaren vrijwilliger.",
             [tl], ["vrijwilligers"], ["GM0352"], ["Welzijnshuis Hazelbeek", "Zorggroep Wilgenoord"]),
        label: .duplicate),

    // MARK: - Duplicates: hard paraphrases (synonyms, little word overlap)

    EvalPair(
        a: T("Studententeam wijkverpleging",
             "Studenten leren zelfstandig wijkzorg te verlenen.",
             "Een team van BBL-studenten MBO-verpleegkundige verzorgt een eigen wijk, met een praktijkopleider op de achtergrond.",
             [tl, ti], ["studenten-bol-bbl"], ["GM0632"], ["Thuiszorg Wilgenoord"]),
        b: T("Leerwijk Woerden-Noord",
             "",
             "Leerlingen van de mbo-verpleegopleiding rijden onder supervisie van een opleider hun eigen thuiszorgroute met vaste cliënten. Zo ervaren zij hoe het is om verantwoordelijkheid te dragen bij mensen thuis.",
             [ti], ["studenten-bol-bbl", "stagiaires"], ["GM0632", "GM0589"], ["Thuiszorg Wilgenoord", "Zorgcollege Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Proefdraaien in de zorg",
             "Werkzoekenden met interesse in zorg een realistisch beeld geven voordat ze een opleiding kiezen.",
             "Een week meewerken op een locatie van Zorggroep Klaverveld, met een kennismakingsgesprek vooraf en een loopbaangesprek achteraf.",
             [tk], ["zij-instromers"], ["GM0344", "GM1904"], ["Zorggroep Klaverveld"]),
        b: T("Oriëntatieweek ouderenzorg",
             "Mensen uit andere beroepen laten ervaren of het verzorgen van ouderen bij hen past.",
             "Deelnemers zonder zorgachtergrond draaien vijf dagen mee in een verpleeghuis. Eerst maken we kennis; na afloop bespreken we samen de mogelijke vervolgstappen richting een opleiding of baan.",
             [tk], ["zij-instromers", "anders-geschoolden"], ["GM0344"], ["Zorggroep Klaverveld", "Leerhuis Sterrenwoud"]),
        label: .duplicate),

    EvalPair(
        a: T("Collegiale opvang na incidenten",
             "Medewerkers worden na een schokkende gebeurtenis op het werk goed opgevangen.",
             "Getrainde collega's bieden binnen 72 uur een gesprek aan na agressie, een overlijden of een ander ingrijpend voorval. Het opvangteam is bereikbaar voor alle GGZ-locaties.",
             [tl], ["zittend-personeel"], ["GM0310", "GM0342"], ["Zorggroep Vossendaal"]),
        b: T("Steun van teamgenoten na heftige situaties",
             "Voorkomen dat zorgprofessionals uitvallen na een aangrijpende ervaring.",
             "Een groep speciaal geschoolde medewerkers zoekt snel contact met wie iets heftigs heeft meegemaakt, zoals de suïcide van een cliënt of bedreiging. Zo kan iemand zijn verhaal kwijt.",
             [tl], ["zittend-personeel"], ["GM0310"], ["Zorggroep Vossendaal"]),
        label: .duplicate),

    EvalPair(
        a: T("Digivaardig in de zorg",
             "Medewerkers kunnen goed werken met het ECD, de roosterapp en e-learning.",
             "In kleine groepen en op een wekelijks inloopmoment oefenen collega's met een tablet onder leiding van digicoaches. Gericht op medewerkers die moeite hebben met digitale systemen.",
             [ti], ["zittend-personeel"], ["GM0356", "GM0353"], ["Leerhuis Klaverveld", "Thuiszorg Hazelbeek"]),
        b: T("Computerspreekuur voor zorgmedewerkers",
             "",
             "Wie onzeker is over apps, het cliëntdossier of online cursussen kan elke week langskomen. Handige collega's helpen stap voor stap.",
             [ti], ["zittend-personeel"], ["GM0353"], ["Thuiszorg Hazelbeek"]),
        label: .duplicate),

    EvalPair(
        a: T("Jonge zorgprofessionals als ambassadeur op school",
             "Meer jongeren kiezen voor een zorgopleiding.",
             "Vmbo-leerlingen krijgen gastlessen van jonge collega's die zelf recent een zorgopleiding hebben afgerond. Zij vertellen over hun werk en beantwoorden vragen.",
             [tk], ["vmbo-leerlingen"], ["GM0402", "GM0406"], ["Zorggroep Meeuwenstrand"]),
        b: T("Jonge collega's vertellen in de klas",
             "Scholieren enthousiasmeren voor een baan in zorg en welzijn.",
             "Twintigers die net in het verpleeghuis of de thuiszorg zijn begonnen, laten in de klas zien hoe hun werkdag eruitziet. Bedoeld voor de bovenbouw van het voortgezet onderwijs.",
             [tk], ["vmbo-leerlingen"], ["GM0406"], ["Zorggroep Meeuwenstrand", "Leerhuis Wilgenoord"]),
        label: .duplicate),

    // MARK: - Related: same topic, different intervention

    EvalPair(
        a: T("Leerafdeling ouderenzorg De Linde",
             "BBL- en BOL-studenten leren samen op een eigen afdeling in het verpleeghuis.",
             "Op de leerafdeling van Zorggroep Vossendaal verzorgen studenten Verzorgende-IG en MBO-verpleegkundige samen de bewoners, met een vaste praktijkopleider.",
             [tl, ti], ["studenten-bol-bbl"], ["GM0307"], ["Zorggroep Vossendaal"]),
        b: T("Leerafdeling GGZ Wilgenoord",
             "Hbo- en mbo-stagiaires leren samen op een klinische GGZ-afdeling.",
             "Op de opnameafdeling van Zorggroep Wilgenoord vormen stagiaires van verschillende opleidingen één leerteam met een eigen praktijkopleider. Wekelijks is er een leerbijeenkomst over psychiatrische ziektebeelden.",
             [tl, ti], ["stagiaires"], ["GM0355"], ["Zorggroep Wilgenoord"]),
        label: .related),

    EvalPair(
        a: T("Microcredential wondzorg thuiszorg",
             "Verzorgenden en verpleegkundigen bekwamen zich in complexe wondzorg.",
             "Vier lesdagen plus e-learning wondzorg bij Opleidingscentrum Wilgenoord, afgesloten met een praktijkopdracht en een microcredential.",
             [ti], ["zittend-personeel"], ["GM0344"], ["Opleidingscentrum Wilgenoord", "Thuiszorg Klaverveld"]),
        b: T("Microcredential palliatieve zorg",
             "Verzorgenden bekwamen zich in palliatieve zorg en zorg rond het levenseinde.",
             "Module van vier bijeenkomsten en e-learning over symptoombestrijding, gesprekken over het levenseinde en nazorg. Afronding levert een microcredential op.",
             [ti], ["zittend-personeel"], ["GM0344"], ["Opleidingscentrum Wilgenoord"]),
        label: .related),

    EvalPair(
        a: T("Taalcoaching NT2 op de werkvloer",
             "Zittende medewerkers met NT2 verbeteren hun werktaal.",
             "Vrijwillige taalcoaches oefenen wekelijks met helpenden en huishoudelijk medewerkers op overdrachten en rapporteren in het ECD.",
             [tl], ["zittend-personeel"], ["GM0356"], ["Thuiszorg Hazelbeek", "Welzijnshuis Wilgenoord"]),
        b: T("Schakeltraject taal en zorg voor statushouders",
             "Statushouders met zorgambitie bereiken het taalniveau dat nodig is voor een mbo-zorgopleiding.",
             "Een half jaar intensief Nederlands met zorgvocabulaire, gecombineerd met een oriënterende stage in de dagbesteding. Daarna kunnen deelnemers instromen in de BBL Helpende Zorg & Welzijn.",
             [tk], ["anders-geschoolden", "zij-instromers"], ["GM0356"], ["Leerhuis Wilgenoord", "Thuiszorg Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("Zorgtechnologie in het mbo-curriculum",
             "Studenten leren al tijdens de opleiding werken met zorgtechnologie.",
             "In het skills lab van Zorgcollege Vossendaal oefenen BOL-studenten met sensoren, beeldbellen en een slimme medicijndispenser. Docenten krijgen daarvoor een train-de-trainer.",
             [ti], ["studenten-bol-bbl"], ["GM0307"], ["Zorgcollege Vossendaal"]),
        b: T("Ambassadeurs zorgtechnologie",
             "Zorgtechnologie beter benutten in de teams.",
             "Per team wordt een medewerker opgeleid tot ambassadeur zorgtechnologie die collega's helpt met beeldbellen, sensoren en medicijndispensers.",
             [ti], ["zittend-personeel"], ["GM0267", "GM0307"], ["Zorggroep Meeuwenstrand"]),
        label: .related),

    EvalPair(
        a: T("Herintreders wijkverpleging",
             "Verpleegkundigen die de zorg hebben verlaten weer aan het werk helpen.",
             "Opfriscursus van tien weken met skills lab en daarna een betaalde werkervaringsplaats in de wijk, gericht op herregistratie in het BIG-register.",
             [tk], ["anders-geschoolden"], ["GM0307", "GM0327"], ["Wijkzorg Hazelbeek"]),
        b: T("Opfriscursus voorbehouden handelingen",
             "Verpleegkundigen in dienst houden hun bekwaamheid in voorbehouden en risicovolle handelingen op peil.",
             "Jaarlijkse praktijkdag in het skills lab waarop katheteriseren, injecteren en sondevoeding worden getoetst.",
             [ti], ["zittend-personeel"], ["GM0307", "GM0327"], ["Wijkzorg Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("BBL-opleiding kraamverzorgende",
             "Meer kraamverzorgenden opleiden in de regio.",
             "Kraamzorg Klaverveld biedt jaarlijks tien BBL-plekken voor de opleiding kraamverzorgende, met een praktijkopleider die de leerlingen begeleidt in hun eerste kraamweken.",
             [tk], ["studenten-bol-bbl", "zij-instromers"], ["GM0307", "GM0267"], ["Kraamzorg Klaverveld", "Zorgcollege Vossendaal"]),
        b: T("Bijscholing borstvoedingsondersteuning",
             "Kraamverzorgenden blijven deskundig in het ondersteunen van borstvoeding.",
             "Eendaagse bijscholing met een lactatiekundige, verplicht voor het kwaliteitsregister.",
             [ti], ["zittend-personeel"], ["GM0307"], ["Kraamzorg Klaverveld"]),
        label: .related),

    EvalPair(
        a: T("Traineeship jonge hbo'ers gehandicaptenzorg",
             "Pas afgestudeerde hbo'ers doorgroeien tot persoonlijk begeleider in de GHZ.",
             "Een traineeship van een jaar met rotatie over wonen, dagbesteding en ambulante begeleiding, met maandelijkse trainingsdagen.",
             [tk], ["anders-geschoolden"], ["GM1581", "GM0355"], ["Zorggroep Sterrenwoud"]),
        b: T("BBL Begeleider gehandicaptenzorg niveau 3",
             "Medewerkers zonder diploma opleiden tot begeleider GHZ.",
             "Ongediplomeerde begeleiders in dienst volgen de BBL-opleiding Begeleider gehandicaptenzorg bij Zorgcollege Hazelbeek, met een werkbegeleider op de woongroep.",
             [tk, tl], ["zittend-personeel", "studenten-bol-bbl"], ["GM1581"], ["Zorggroep Sterrenwoud", "Zorgcollege Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("Infoavonden werken in de zorg",
             "Zij-instromers informeren over opleidings- en werkmogelijkheden in de zorg.",
             "Maandelijkse informatieavond in de bibliotheek met korte presentaties van zorgorganisaties en het zorgcollege. Bezoekers kunnen ter plekke een adviesgesprek inplannen.",
             [tk], ["zij-instromers"], ["GM0344"], ["Leerhuis Sterrenwoud"]),
        b: T("Leerwerktraject Verzorgende-IG voor zij-instromers",
             "Zij-instromers binnen twee jaar opleiden tot Verzorgende-IG met baangarantie.",
             "Deelnemers tekenen een BBL-leerwerkovereenkomst bij Zorggroep Wilgenoord en gaan één dag per week naar Zorgcollege Sterrenwoud. Een werkbegeleider begeleidt hen op de afdeling.",
             [tk, tl], ["zij-instromers"], ["GM0344", "GM0356"], ["Zorggroep Wilgenoord", "Zorgcollege Sterrenwoud"]),
        label: .related),

    EvalPair(
        a: T("Training praktijkbegeleiders jeugdhulp",
             "Praktijkbegeleiders in de jeugdhulp begeleiden hbo-stagiaires beter.",
             "Drie bijeenkomsten over leerdoelen, beoordelen en het bespreken van casuïstiek met stagiaires SPH en Pedagogiek.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0402", "GM0342"], ["Jeugdhulp Meeuwenstrand"]),
        b: T("Eén stageloket jeugdhulp",
             "Stageplaatsen in de jeugdzorg beter benutten.",
             "Jeugdhulpaanbieders bundelen de werving van stagiaires in één loket dat studenten aan stageplekken koppelt.",
             [tk], ["stagiaires"], ["GM0402", "GM0342"], ["Jeugdhulp Meeuwenstrand", "Jeugdhulp Vossendaal"]),
        label: .related),

    // MARK: - Related: same target group and place, different intervention

    EvalPair(
        a: T("Basistraining werkbegeleider",
             "Nieuwe werkbegeleiders leren studenten goed begeleiden.",
             "Training van vier dagdelen over leerdoelen opstellen, feedback geven en het beoordelen van BBL-studenten. Verplicht voor iedere medewerker die voor het eerst werkbegeleider wordt.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0310", "GM0355"], ["Opleidingscentrum Hazelbeek"]),
        b: T("Intervisie voor ervaren werkbegeleiders",
             "Ervaren werkbegeleiders reflecteren samen op lastige begeleidingssituaties.",
             "Vier keer per jaar intervisie onder leiding van een externe coach, voor werkbegeleiders met minimaal twee jaar ervaring.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0310"], ["Zorggroep Sterrenwoud"]),
        label: .related),

    EvalPair(
        a: T("Mantelzorgcafé Zeist",
             "Mantelzorgers ontmoeten elkaar en vinden steun.",
             "Maandelijkse inloop waar mantelzorgers ervaringen delen bij een kop koffie. Soms is er een gastspreker over bijvoorbeeld respijtzorg of financiën.",
             [tl], ["mantelzorgers"], ["GM0355"], ["Welzijnshuis Klaverveld"]),
        b: T("Training 'Leven met dementie' voor naasten",
             "Naasten van mensen met dementie leren het ziektebeeld begrijpen en ermee omgaan.",
             "Cursus van vijf avonden door een casemanager dementie over het verloop van dementie, communicatie en het bewaken van eigen grenzen.",
             [tl], ["mantelzorgers"], ["GM0355", "GM0312"], ["Welzijnshuis Klaverveld", "Wijkzorg Sterrenwoud"]),
        label: .related),

    EvalPair(
        a: T("Doorlopende leerlijn vmbo-mbo Zorg & Welzijn",
             "Vmbo-leerlingen stromen soepel door naar de mbo-opleiding Verzorgende-IG.",
             "Leerlingen van het profiel Zorg & Welzijn volgen in het examenjaar al mbo-lessen bij Zorgcollege Meeuwenstrand en lopen stage bij een VVT-organisatie. Zo maken ze een vliegende start in de BOL.",
             [tk], ["vmbo-leerlingen"], ["GM0632", "GM0589"], ["Leerhuis Meeuwenstrand", "Zorgcollege Meeuwenstrand"]),
        b: T("Snuffeldag wijkzorg",
             "Vmbo-leerlingen maken kennis met de wijkverpleging.",
             "Een dag meelopen met een wijkverpleegkundige van Wijkzorg Klaverveld, bedoeld voor leerlingen die nog twijfelen over hun profielkeuze.",
             [tk], ["vmbo-leerlingen"], ["GM0632"], ["Wijkzorg Klaverveld"]),
        label: .related),

    EvalPair(
        a: T("Leergang verzuimgesprekken voeren",
             "Leidinggevenden voeren vroegtijdig en effectief verzuimgesprekken.",
             "Twee trainingsdagen met een trainingsacteur en de bedrijfsarts over het voeren van verzuim- en re-integratiegesprekken.",
             [tl], ["leidinggevenden"], ["GM1904"], ["Zorggroep Klaverveld"]),
        b: T("Coachend leiderschap teamleiders VVT",
             "Teamleiders ontwikkelen coachend leiderschap.",
             "Zes modules over coachend leidinggeven, feedback en lastige gesprekken, met intervisie tussen de modules door.",
             [tl], ["leidinggevenden"], ["GM1904", "GM0344"], ["Zorggroep Klaverveld"]),
        label: .related),

    EvalPair(
        a: T("Vitaal in de nachtdienst",
             "Medewerkers met nachtdiensten blijven gezond en inzetbaar.",
             "Workshops over slaap, voeding en beweging voor medewerkers die nachtdiensten draaien, aangevuld met een individueel vitaliteitsgesprek.",
             [tl], ["zittend-personeel"], ["GM1581"], ["Zorggroep Hazelbeek"]),
        b: T("Ergocoaches op de afdelingen",
             "Minder fysieke klachten door verantwoord tillen.",
             "Op elke afdeling een opgeleide ergocoach die collega's adviseert over tilliften en transfers.",
             [tl], ["zittend-personeel"], ["GM1581", "GM0355"], ["Zorggroep Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("Werving vrijwilligers via de buurt",
             "Meer vrijwilligers vinden voor de dagbesteding en de huiskamers.",
             "Wervingscampagne met buurtbijeenkomsten, posters bij de supermarkt en een open dag. Geïnteresseerden krijgen een kennismakingsgesprek met de vrijwilligerscoördinator.",
             [tk], ["vrijwilligers"], ["GM0352"], ["Welzijnshuis Hazelbeek"]),
        b: T("Basistraining vrijwilligers dagbesteding",
             "Nieuwe vrijwilligers goed voorbereiden op hun taken.",
             "Drie dagdelen training over geheugenproblemen bij ouderen, privacy en handelen bij incidenten.",
             [tl], ["vrijwilligers"], ["GM0352", "GM0312"], ["Welzijnshuis Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("Buddyprogramma nieuwe medewerkers thuiszorg",
             "Nieuwe collega's voelen zich sneller thuis.",
             "Elke nieuwe medewerker krijgt drie maanden een buddy uit het eigen team en werkt een inwerkchecklist af.",
             [tl], ["zittend-personeel"], ["GM0342"], ["Thuiszorg Vossendaal"]),
        b: T("Introductieweek stagiaires",
             "Stagiaires starten goed voorbereid aan hun stage in de thuiszorg.",
             "Alle nieuwe stagiaires beginnen met een gezamenlijke introductieweek: rondleiding, kennismaking met de werkbegeleider, ECD-training en een veiligheidsinstructie.",
             [tl], ["stagiaires"], ["GM0342", "GM0402"], ["Thuiszorg Vossendaal"]),
        label: .related),

    EvalPair(
        a: T("Collegiale opvang GGZ",
             "Medewerkers worden na een schokkende gebeurtenis goed opgevangen.",
             "Getrainde collega's bieden binnen 72 uur een gesprek aan na agressie of een ander ingrijpend incident.",
             [tl], ["zittend-personeel"], ["GM0310", "GM0342"], ["Zorggroep Vossendaal"]),
        b: T("Training omgaan met agressie",
             "Medewerkers kunnen agressie voorkomen en de-escaleren.",
             "Tweedaagse training met rollenspellen en een terugkomdag na drie maanden, voor alle medewerkers van de klinische GGZ-afdelingen.",
             [tl], ["zittend-personeel"], ["GM0310", "GM0342"], ["Zorggroep Vossendaal"]),
        label: .related),

    EvalPair(
        a: T("Digivaardig in de zorg",
             "Medewerkers kunnen goed werken met digitale systemen.",
             "Digicoaches oefenen in kleine groepen met collega's die moeite hebben met de tablet, de roosterapp en e-learning.",
             [ti], ["zittend-personeel"], ["GM0356", "GM0353"], ["Leerhuis Klaverveld", "Thuiszorg Hazelbeek"]),
        b: T("Key-users nieuw ECD",
             "Het nieuwe ECD soepel invoeren.",
             "Per team worden twee key-users opgeleid die de overgang naar het nieuwe elektronisch cliëntdossier begeleiden en tijdens de livegang vragen van collega's beantwoorden.",
             [ti], ["zittend-personeel"], ["GM0356"], ["Thuiszorg Hazelbeek"]),
        label: .related),

    EvalPair(
        a: T("Gastlessen door jonge zorgprofessionals",
             "Meer vmbo-leerlingen kiezen voor een zorgopleiding.",
             "Jonge collega's geven gastlessen op vmbo-scholen over hun werk in de zorg.",
             [tk], ["vmbo-leerlingen"], ["GM0402", "GM0406"], ["Zorggroep Meeuwenstrand"]),
        b: T("Bijbaan in de zorg voor scholieren",
             "Scholieren vanaf 15 jaar een bijbaan in de zorg bieden als opstap naar een zorgopleiding.",
             "Leerlingen helpen op zaterdag mee met de maaltijden en activiteiten in het verpleeghuis. Een vaste begeleider van de locatie is hun aanspreekpunt.",
             [tk], ["vmbo-leerlingen"], ["GM0402", "GM0406"], ["Zorggroep Meeuwenstrand"]),
        label: .related),

    EvalPair(
        a: T("Loopbaancheck voor medewerkers 55+",
             "Oudere medewerkers blijven met plezier en gezond werken tot hun pensioen.",
             "Een gesprek met een loopbaancoach over belastbaarheid, ambities en taakaanpassing, eventueel gevolgd door een ontwikkelbudget.",
             [tl], ["zittend-personeel"], ["GM1942", "GM0406"], ["Zorggroep Meeuwenstrand"]),
        b: T("Doorgroeien van helpende naar Verzorgende-IG",
             "Helpenden in dienst krijgen de kans om door te groeien naar niveau 3.",
             "",
             [tk], ["zittend-personeel"], ["GM1942", "GM0406"], ["Zorggroep Meeuwenstrand", "Zorgcollege Wilgenoord"]),
        label: .related),

    // MARK: - Unrelated: different topic and different people

    EvalPair(
        a: T("Mantelzorgcafé De Bilt",
             "Mantelzorgers ontmoeten lotgenoten.",
             "Maandelijkse inloop voor mantelzorgers met koffie, een luisterend oor en informatie over respijtzorg.",
             [tl], ["mantelzorgers"], ["GM0310"], ["Welzijnshuis Sterrenwoud"]),
        b: T("BBL-opleiding kraamverzorgende",
             "Meer kraamverzorgenden opleiden.",
             "Tien BBL-plekken per jaar voor de opleiding kraamverzorgende, met begeleiding door een praktijkopleider.",
             [tk], ["studenten-bol-bbl"], ["GM0307"], ["Kraamzorg Klaverveld"]),
        label: .unrelated),

    EvalPair(
        a: T("Coachend leiderschap teamleiders",
             "Teamleiders leren coachend leidinggeven.",
             "Zes modules over coachend leiderschap en feedback, met intervisie tussen de modules.",
             [tl], ["leidinggevenden"], ["GM1904"], ["Zorggroep Klaverveld"]),
        b: T("Zaterdagbaan verpleeghuis",
             "Scholieren maken kennis met de zorg via een bijbaan.",
             "Vmbo-leerlingen helpen op zaterdag met de maaltijden en activiteiten voor bewoners.",
             [tk], ["vmbo-leerlingen"], ["GM0406"], ["Zorggroep Meeuwenstrand"]),
        label: .unrelated),

    EvalPair(
        a: T("Ergocoach-training",
             "Minder fysieke klachten door gezond tillen.",
             "Per team een medewerker die wordt opgeleid tot ergocoach en collega's adviseert over transfers.",
             [tl], ["zittend-personeel"], ["GM1581"], ["Zorggroep Hazelbeek"]),
        b: T("Stageloket jeugdhulp",
             "Stageplaatsen in de jeugdhulp beter benutten.",
             "Eén gezamenlijk loket voor het werven en plaatsen van hbo-stagiaires in de jeugdhulp.",
             [tk], ["stagiaires"], ["GM0402", "GM0342"], ["Jeugdhulp Meeuwenstrand"]),
        label: .unrelated),

    EvalPair(
        a: T("Maatjesproject eenzame ouderen",
             "Eenzaamheid onder thuiswonende ouderen verminderen.",
             "Vrijwilligers worden gekoppeld aan een oudere in de wijk en gaan wekelijks samen wandelen, koffiedrinken of boodschappen doen. De ouderenadviseur doet de intake.",
             [tl], ["vrijwilligers"], ["GM0589", "GM0632"], ["Welzijnshuis Meeuwenstrand"]),
        b: T("Skills lab tillen en transfers",
             "BOL-studenten oefenen veilige transfers voordat ze op stage gaan.",
             "Drie praktijklessen in het skills lab met tilliften, glijzeilen en een actieve tillift, afgesloten met een praktijktoets.",
             [ti], ["studenten-bol-bbl"], ["GM0344"], ["Zorgcollege Sterrenwoud"]),
        label: .unrelated),

    EvalPair(
        a: T("Taalcoaching op de werkvloer",
             "Medewerkers met NT2 worden sterker in werktaal.",
             "Vrijwillige taalcoaches oefenen wekelijks met collega's op rapporteren en overdrachten.",
             [tl], ["zittend-personeel"], ["GM0356"], ["Thuiszorg Hazelbeek"]),
        b: T("Intervisie werkbegeleiders GHZ",
             "Werkbegeleiders versterken hun begeleidingsvaardigheden.",
             "Zes keer per jaar intervisie volgens de incidentmethode voor werkbegeleiders van de woonlocaties.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0310", "GM0355"], ["Zorggroep Sterrenwoud"]),
        label: .unrelated),

    EvalPair(
        a: T("Microcredential wondzorg",
             "Zittende medewerkers bekwamen zich in complexe wondzorg.",
             "E-learning en vier lesdagen, afgesloten met een praktijkopdracht en een microcredential.",
             [ti], ["zittend-personeel"], ["GM0344"], ["Opleidingscentrum Wilgenoord"]),
        b: T("Vrijwilligers voor de huiskamer",
             "",
             "We zoeken buurtbewoners die een middag per week gezelschap willen bieden in de huiskamer van het kleinschalig wonen.",
             [tk], ["vrijwilligers"], ["GM0327"], ["Welzijnshuis Vossendaal"]),
        label: .unrelated),

    EvalPair(
        a: T("Herintredersprogramma verpleegkundigen",
             "Oud-verpleegkundigen keren terug in de zorg.",
             "Opfriscursus, skills lab en een betaalde werkervaringsplaats in de wijkverpleging.",
             [tk], ["anders-geschoolden"], ["GM0307"], ["Wijkzorg Hazelbeek"]),
        b: T("Lotgenotengroep jonge mantelzorgers",
             "Jongeren die zorgen voor een ouder of broertje of zusje staan er niet alleen voor.",
             "Tweewekelijkse bijeenkomst voor jonge mantelzorgers van 12 tot 18 jaar met ontspanning en een gesprek onder begeleiding van een jongerenwerker.",
             [tl], ["mantelzorgers"], ["GM1904"], ["Welzijnshuis Wilgenoord"]),
        label: .unrelated),

    EvalPair(
        a: T("Zorgtechnologie-ambassadeurs",
             "Zorgtechnologie beter benutten.",
             "Per team een ambassadeur die collega's helpt met beeldbellen en sensoren.",
             [ti], ["zittend-personeel"], ["GM0267"], ["Zorggroep Meeuwenstrand"]),
        b: T("Infoavond werken in zorg en welzijn",
             "Zij-instromers informeren over de mogelijkheden in zorg en welzijn.",
             "Maandelijkse informatieavond met zorgorganisaties, het zorgcollege en het UWV-loket van de gemeente.",
             [tk], ["zij-instromers"], ["GM0344"], ["Leerhuis Sterrenwoud"]),
        label: .unrelated),

    EvalPair(
        a: T("Collegiale opvang na incidenten",
             "Opvang van medewerkers na een schokkende gebeurtenis.",
             "Getrainde collega's bieden binnen 72 uur een opvanggesprek aan.",
             [tl], ["zittend-personeel"], ["GM0310"], ["Zorggroep Vossendaal"]),
        b: T("Doorlopende leerlijn vmbo-mbo",
             "Vmbo-leerlingen stromen soepel door naar een mbo-zorgopleiding.",
             "In het examenjaar volgen leerlingen Zorg & Welzijn al lessen op het mbo en lopen zij stage in de VVT.",
             [tk], ["vmbo-leerlingen"], ["GM0632"], ["Zorgcollege Meeuwenstrand"]),
        label: .unrelated),

    EvalPair(
        a: T("Leerafdeling verpleeghuis",
             "Studenten leren samen zorg verlenen op een eigen afdeling.",
             "BBL- en BOL-studenten verzorgen samen de bewoners van één afdeling, begeleid door een praktijkopleider.",
             [tl, ti], ["studenten-bol-bbl"], ["GM0307"], ["Zorggroep Vossendaal"]),
        b: T("Ondersteuning mantelzorgers van mensen met NAH",
             "Mantelzorgers van mensen met niet-aangeboren hersenletsel ontlasten.",
             "Een consulent helpt mantelzorgers met het regelen van respijtzorg en organiseert drie keer per jaar een themabijeenkomst.",
             [tl], ["mantelzorgers"], ["GM1581"], ["Welzijnshuis Hazelbeek"]),
        label: .unrelated),

    EvalPair(
        a: T("Leergang verzuimgesprekken",
             "Leidinggevenden voeren betere verzuimgesprekken.",
             "Twee trainingsdagen met een trainingsacteur en de bedrijfsarts.",
             [tl], ["leidinggevenden"], ["GM0342"], ["Zorggroep Vossendaal"]),
        b: T("Oriëntatiestage jeugdzorg voor statushouders",
             "Statushouders met een pedagogische achtergrond ontdekken het werkveld jeugdzorg.",
             "Een oriënterende stage van zes weken in een jeugdzorggroep met een taalmaatje en begeleiding door een jobcoach.",
             [tk], ["anders-geschoolden"], ["GM0353"], ["Jeugdhulp Vossendaal", "Leerhuis Klaverveld"]),
        label: .unrelated),

    EvalPair(
        a: T("E-learning medicatieveiligheid",
             "Bekwaamheid in medicatietoediening borgen.",
             "Jaarlijkse e-learning met toets en een praktijktoets in het skills lab.",
             [ti], ["zittend-personeel"], ["GM0402"], ["Thuiszorg Meeuwenstrand"]),
        b: T("Vmbo-zorgklas in de dagbesteding",
             "Leerlingen ervaren het werken met ouderen via een schoolproject.",
             "Een klas van het profiel Zorg & Welzijn organiseert tien weken lang wekelijks een activiteit in de dagbesteding, samen met de activiteitenbegeleider.",
             [tk], ["vmbo-leerlingen"], ["GM0352"], ["Welzijnshuis Hazelbeek"]),
        label: .unrelated),

    EvalPair(
        a: T("Praktijkopleidersnetwerk regio",
             "Praktijkopleiders delen kennis over het nieuwe kwalificatiedossier.",
             "Drie keer per jaar komen praktijkopleiders uit VVT, GHZ en GGZ bij elkaar om ervaringen te delen over beoordelen en examineren in de BBL.",
             [tl], ["werkbegeleiders-en-praktijkopleiders"], ["GM0344", "GM0356", "GM0312"], ["Opleidingscentrum Sterrenwoud"]),
        b: T("Thuiszorg aan huis uitleggen aan mantelzorgers",
             "",
             "Wijkverpleegkundigen geven mantelzorgers een huisbezoek over hulpmiddelen en valpreventie.",
             [tl], ["mantelzorgers"], ["GM0327"], ["Wijkzorg Klaverveld"]),
        label: .unrelated),

    EvalPair(
        a: T("Zij-instroom Verzorgende-IG",
             "Zij-instromers opleiden tot Verzorgende-IG met een baan vanaf dag één.",
             "Verkorte BBL-opleiding met arbeidscontract en een vaste werkbegeleider op de afdeling.",
             [tk], ["zij-instromers"], ["GM0344"], ["Zorggroep Wilgenoord"]),
        b: T("Vrijwilligersacademie",
             "Vrijwilligers in welzijn ontwikkelen zich en blijven betrokken.",
             "Een jaarprogramma met gratis workshops voor vrijwilligers, zoals EHBO, gespreksvaardigheden en omgaan met dementie.",
             [tl], ["vrijwilligers"], ["GM0342", "GM0406"], ["Welzijnshuis Meeuwenstrand"]),
        label: .unrelated),

    EvalPair(
        a: T("Vitaal in de nachtdienst",
             "Nachtdienstmedewerkers blijven gezond.",
             "Workshops over slaap, voeding en beweging, plus een vitaliteitsgesprek.",
             [tl], ["zittend-personeel"], ["GM1581"], ["Zorggroep Hazelbeek"]),
        b: T("Stagebegeleiding op afstand met video",
             "Stagiaires op kleine locaties krijgen toch goede begeleiding.",
             "Stagiaires filmen een zorgmoment en bespreken de opname wekelijks online met hun praktijkopleider.",
             [ti], ["stagiaires"], ["GM0589", "GM0632"], ["Thuiszorg Wilgenoord"]),
        label: .unrelated),

    EvalPair(
        a: T("Key-users ECD",
             "Soepele invoering van het nieuwe ECD.",
             "Per team twee key-users die collega's ondersteunen tijdens de livegang.",
             [ti], ["zittend-personeel"], ["GM0356"], ["Thuiszorg Hazelbeek"]),
        b: T("Meeloopdag kraamzorg voor vmbo-leerlingen",
             "Vmbo-leerlingen kennis laten maken met het beroep kraamverzorgende.",
             "Leerlingen lopen een ochtend mee met een kraamverzorgende en krijgen daarna een workshop babyverzorging.",
             [tk], ["vmbo-leerlingen"], ["GM0267"], ["Kraamzorg Klaverveld"]),
        label: .unrelated),

    EvalPair(
        a: T("Buddyprogramma nieuwe medewerkers",
             "Nieuwe medewerkers sneller thuis laten voelen.",
             "Drie maanden een buddy uit het eigen team tijdens het inwerken.",
             [tl], ["zittend-personeel"], ["GM0342"], ["Thuiszorg Vossendaal"]),
        b: T("Praktijkleren voor anders-geschoolden in de GGZ",
             "Hbo'ers uit andere vakgebieden omscholen tot begeleider in de GGZ.",
             "Deelnemers met bijvoorbeeld een opleiding psychologie of bestuurskunde volgen een omscholingstraject met een leerbaan op een beschermd wonen-locatie.",
             [tk], ["anders-geschoolden"], ["GM0355"], ["Zorggroep Wilgenoord"]),
        label: .unrelated),

    EvalPair(
        a: T("Intervisie teamleiders wijkverpleging",
             "Teamleiders leren van elkaars vraagstukken.",
             "Maandelijks een intervisiebijeenkomst voor teamleiders van de wijkteams, begeleid door een externe coach.",
             [tl], ["leidinggevenden"], ["GM1942"], ["Wijkzorg Sterrenwoud"]),
        b: T("Ervaringsdeskundige studenten in de GGZ",
             "Studenten met eigen ervaring in de GGZ benutten die in hun opleiding.",
             "BOL-studenten Maatschappelijke Zorg met ervaringskennis volgen een extra keuzedeel ervaringsdeskundigheid en lopen stage bij een herstelacademie.",
             [ti], ["studenten-bol-bbl"], ["GM0344"], ["Zorgcollege Wilgenoord"]),
        label: .unrelated),

    EvalPair(
        a: T("Loopbaancheck 55+",
             "Oudere medewerkers blijven gezond werken tot hun pensioen.",
             "Gesprek met een loopbaancoach over belastbaarheid en ambities.",
             [tl], ["zittend-personeel"], ["GM1942"], ["Zorggroep Meeuwenstrand"]),
        b: T("Kennismakingsstage zorg voor kandidaten zonder diploma",
             "Kandidaten die nu worden afgewezen omdat ze geen zorgdiploma hebben toch een kans geven.",
             "Sollicitanten die niet aan de opleidingseisen voldoen, draaien een maand mee als gastvrouw of -heer. Wie goed functioneert, kan instromen in de BBL Helpende Zorg & Welzijn.",
             [tk], ["kandidaten-die-nu-worden-afgewezen"], ["GM0310", "GM0312"], ["Zorggroep Sterrenwoud"]),
        label: .unrelated),

    EvalPair(
        a: T("Skills lab voorbehouden handelingen",
             "Verpleegkundigen houden hun bekwaamheid op peil.",
             "Jaarlijkse praktijkdag in het skills lab met toetsing van katheteriseren en injecteren.",
             [ti], ["zittend-personeel"], ["GM0327"], ["Wijkzorg Hazelbeek"]),
        b: T("Mantelzorgondersteuning op het werk",
             "Werkende mantelzorgers houden zorg en werk in balans.",
             "Een mantelzorgmakelaar geeft spreekuren en adviseert over verlof en het regelen van zorg.",
             [tl], ["mantelzorgers"], ["GM0355"], ["Welzijnshuis Klaverveld"]),
        label: .unrelated),
]
