import Foundation
import Plot
import RegioCore

/// The candidate's pages: plain Dutch (B1), short sentences, "je", one column on a phone.
enum CandidateViews {
    /// One-off messages on the saved profile, named in the redirect's query.
    enum Message: String {
        case updated = "bijgewerkt", shared = "gedeeld", unshared = "niet-meer-gedeeld"

        var text: String {
            switch self {
            case .updated: "Je profiel is bijgewerkt."
            case .shared: "Je profiel is gedeeld."
            case .unshared: "Je profiel wordt niet meer gedeeld met deze organisatie."
            }
        }
    }

    static let levelChoices: [(String, String)] = SkillLevel.range.map { l in
        (String(l), "\(l) · " + (SkillLevel(rawValue: l)?.dutchLabel ?? ""))
    }

    // MARK: Intake

    static func intake(input: CandidateInput, errors: FormErrors, snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy,
                       municipalities: [(code: String, name: String)], editing: Bool, hasSaved: Bool, context: PageContext) -> HTML {
        let title = editing ? "Je profiel aanpassen" : "Wat past bij mij?"
        let chosen = Dictionary((input.skills ?? []).map { ($0.skill, $0.level.map(String.init) ?? "") }, uniquingKeysWith: { a, _ in a })
        let regionCodes = Set(snapshot.municipalities.map(\.code))
        let roles = taxonomy.roles.sorted { $0.label.localizedStandardCompare($1.label) == .orderedAscending }
        let domains = Array(Set(taxonomy.roles.flatMap(\.domains))).sorted()
        return Layout.page(title: title, context: context,
                           description: "Ontdek in een paar minuten welk werk in zorg en welzijn bij je past, wat je nog moet leren en waar.",
                           body: .div(.class("wrap narrow candidate"),
            .h1(.text(title)),
            .if(!editing, .p(.class("lead"), "Beantwoord een paar vragen. Je ziet daarna welk werk in zorg en welzijn bij je past, wat je nog moet leren, hoe lang dat duurt en waar. Je hebt geen account nodig. We bewaren niets, tenzij je dat zelf wilt.")),
            .if(hasSaved && !editing, .p(.class("notice"), "Je hebt op dit apparaat een bewaard profiel. ", .a(.href("/kandidaat/mijn-profiel"), "Bekijk je profiel"), ".")),
            errors.summary(),
            .form(.method(.post), .action(editing ? "/kandidaat/mijn-profiel" : "/kandidaat"), .class("record-form intake"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .fieldset(.element(named: "legend", text: "1. Over jou"),
                    errors.radios("situation", legend: "Wat past het best bij jou?", options: CandidateSituation.allCases.map { ($0.rawValue, situationText($0)) },
                                  selected: input.situation, required: true),
                    errors.select("education", label: "Je hoogste diploma", options: EducationLevel.allCases.map { ($0.rawValue, $0.dutchLabel) },
                                  selected: input.education, hint: "Een diploma is niet nodig. Het gaat om wat je kunt.", emptyLabel: "— zeg ik liever niet —"),
                    errors.checkboxes("experienceAreas", legend: "Waar heb je ervaring mee?", options: ExperienceArea.allCases.map { ($0.rawValue, $0.dutchLabel) },
                                      selected: Set(input.experienceAreas ?? []), hint: "Vink aan wat past. Ook ervaring zonder betaald werk telt."),
                    errors.textarea("experience", label: "Vertel iets over je ervaring", value: input.experience,
                                    hint: "Bijvoorbeeld: ‘Ik zorg al drie jaar voor mijn moeder.’ Dit is voor jezelf en voor een organisatie waarmee je je profiel deelt. Hooguit \(Limits.goal) tekens.",
                                    rows: 4)),
                .fieldset(.id("vaardigheden"), .element(named: "legend", text: "2. Wat kun je al?"),
                    .p(.class("hint"), "Kies bij wat je al kunt hoe goed je het kunt. Sla over wat je nog niet kunt. 1 = je kent de basis, 2 = je doet het met hulp, 3 = je doet het zelf, 4 = je leert het anderen."),
                    errors.errorText("skills"),
                    .forEach(taxonomy.categories) { category in
                        let skills = taxonomy.skills.filter { $0.category == category.key }
                        let picked = skills.filter { !(chosen[$0.key] ?? "").isEmpty }.count
                        let hasError = skills.contains { s in errors.failure?.errors.contains { $0.message.contains("‘\(s.key)’") } ?? false }
                        return .element(named: "details", nodes: [
                            .class("skill-group"), .if(picked > 0 || hasError, .attribute(named: "open")),
                            .element(named: "summary", nodes: [.text(category.label), .if(picked > 0, .span(.class("count"), .text(" \(picked) gekozen")))]),
                            .forEach(skills) { s in
                                errors.select(CandidateIntake.skillPrefix + s.key, label: s.label, options: levelChoices, selected: chosen[s.key], emptyLabel: "Nog niet")
                            },
                        ])
                    }),
                .fieldset(.element(named: "legend", text: "3. Tijd en plek"),
                    errors.text("hoursPerWeek", label: "Hoeveel uur per week kun je werken en leren?", value: input.hoursPerWeek, hint: "Een heel getal, bijvoorbeeld 16.",
                                required: true, type: .number),
                    errors.text("startDate", label: "Wanneer kun je beginnen?", value: input.startDate, hint: "Leeg = zo snel mogelijk.", type: .date),
                    municipalitySelect(errors, selected: input.municipalityCode, municipalities: municipalities, regionCodes: regionCodes, regionName: snapshot.name),
                    errors.text("postcodeArea", label: "Je postcode (mag leeg)", value: input.postcodeArea,
                                hint: "Alleen de 4 cijfers worden gebruikt, bijvoorbeeld 3511. Je straat bewaren we nooit.", max: 10),
                    errors.text("maxTravelKm", label: "Hoe ver wil je reizen? (km)", value: input.maxTravelKm ?? String(CandidateProfile.defaultTravelKm),
                                hint: "Hemelsbreed, van je gemeente naar de plek waar je leert.", type: .number)),
                .fieldset(.element(named: "legend", text: "4. Wat wil je?"),
                    .p(.class("hint"), "Niets aanvinken mag ook: dan kijken we naar alles."),
                    errors.checkboxes("wishedRoles", legend: "Welk werk lijkt je leuk?", options: roles.map { ($0.key, $0.label) }, selected: Set(input.wishedRoles ?? [])),
                    errors.checkboxes("wishedDomains", legend: "Waar wil je werken?", options: domains.map { ($0, $0.prefix(1).uppercased() + $0.dropFirst()) },
                                      selected: Set(input.wishedDomains ?? []))),
                .fieldset(.element(named: "legend", text: "5. Wat heb je nodig?"),
                    check("needsIncome", "Ik wil geld verdienen terwijl ik leer", checked: input.needsIncome ?? false),
                    check("needsLanguageSupport", "Ik wil hulp bij de Nederlandse taal", checked: input.needsLanguageSupport ?? false)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(editing ? "Opslaan" : "Laat zien wat bij mij past")),
                     .if(editing, .a(.class("button button-secondary"), .href("/kandidaat/mijn-profiel"), "Annuleren"))))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }

    static func situationText(_ s: CandidateSituation) -> String {
        switch s {
        case .sideEntrant: "Ik werk nu in een ander vak en wil de zorg in (zij-instromer)"
        case .student: "Ik ben student of scholier"
        case .currentEmployee: "Ik werk al in zorg of welzijn en wil verder groeien"
        case .volunteer: "Ik doe vrijwilligerswerk"
        case .informalCarer: "Ik zorg voor een familielid of vriend (mantelzorger)"
        case .jobSeeker: "Ik zoek werk"
        }
    }

    private static func check(_ name: String, _ label: String, checked: Bool) -> Node<HTML.FormContext> {
        .div(.class("field check"), .input(.type(.checkbox), .name(name), .id("veld-\(name)"), .value("ja"), .checked(checked)),
             .label(.for("veld-\(name)"), .text(label)))
    }

    /// The region's municipalities first, then the rest of the country.
    private static func municipalitySelect(_ errors: FormErrors, selected: String?, municipalities: [(code: String, name: String)],
                                           regionCodes: Set<String>, regionName: String) -> Node<HTML.FormContext> {
        let field = "municipalityCode"
        let invalid = !errors.messages(field).isEmpty
        func options(_ list: [(code: String, name: String)]) -> Node<HTML.SelectContext> {
            .forEach(list) { m in .choice(m.code, m.name, selected: m.code == selected) }
        }
        return .div(.class("field" + (invalid ? " has-error" : "")),
                    .label(.for("veld-\(field)"), "In welke gemeente woon je?", .span(.class("required"), " (verplicht)")),
                    .p(.class("hint"), .id("hint-\(field)"), "Woon je buiten de regio? Kies dan je eigen gemeente."),
                    errors.errorText(field),
                    .select(.attribute(named: "name", value: field), .id("veld-\(field)"),
                            .attribute(named: "aria-describedby", value: "hint-\(field)" + (invalid ? " fout-\(field)" : "")),
                            .if(invalid, .attribute(named: "aria-invalid", value: "true")),
                            .choice("", "— kies je gemeente —", selected: selected == nil || selected == ""),
                            .element(named: "optgroup", nodes: [.attribute(named: "label", value: "In \(regionName)"),
                                                                options(municipalities.filter { regionCodes.contains($0.code) })]),
                            .element(named: "optgroup", nodes: [.attribute(named: "label", value: "Rest van Nederland"),
                                                                options(municipalities.filter { !regionCodes.contains($0.code) })])))
    }

    // MARK: Results

    static func results(profile: CandidateProfile, result: MatchResult, catalogue: MatchingCatalogue, snapshot: RegionSnapshot,
                        consentError: String?, context: PageContext) -> HTML {
        let carried = CandidateIntake.carried(profile)
        return Layout.page(title: "Wat past bij jou", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Wat past bij jou"),
            .p(.class("lead"), .text(result.summary)),
            matches(result),
            .section(.class("panel save-profile"), .id("bewaren"), .attribute(named: "aria-labelledby", value: "bewaren-kop"),
                .h2(.id("bewaren-kop"), "Je profiel bewaren?"),
                .p("Als je je profiel bewaart, kun je later verder. Je krijgt een code om terug te komen. We bewaren je antwoorden, en hoe laat je toestemming gaf. Je kunt alles inzien, downloaden en verwijderen wanneer je wilt."),
                .p("De regio ziet alleen tellingen (hoeveel mensen per beroep, gemeente en wat ze nog missen), nooit jou. Een organisatie ziet je profiel alleen als je het zelf met haar deelt."),
                .form(.method(.post), .action("/kandidaat/bewaren"),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name(CandidateIntake.carriedField), .value(carried.attributeEscaped)),
                    .div(.class("field check" + (consentError == nil ? "" : " has-error")), .id("veld-consent"),
                         .unwrap(consentError) { .p(.class("field-error"), .id("fout-consent"), .attribute(named: "role", value: "alert"), .text($0)) },
                         input(["type": "checkbox", "name": "consent", "id": "consent", "value": "ja"],
                               invalid: consentError == nil ? nil : "fout-consent"),
                         .label(.for("consent"), "Ik geef toestemming om mijn profiel te bewaren, zoals hierboven staat.")),
                    .button(.type(.submit), .class("button"), "Bewaar mijn profiel"))),
            .form(.method(.post), .action("/kandidaat/aanpassen"), .class("inline-form"),
                  Layout.csrfField(context.csrfToken),
                  .input(.type(.hidden), .name(CandidateIntake.carriedField), .value(carried.attributeEscaped)),
                  .button(.type(.submit), .class("button button-secondary"), "Pas je antwoorden aan"))
        ))
    }

    /// Roles, routes, what does not fit and why: the same on the results page and the saved profile.
    static func matches(_ result: MatchResult) -> Node<HTML.BodyContext> {
        .group(
            .section(.attribute(named: "aria-labelledby", value: "beroepen-kop"),
                .h2(.id("beroepen-kop"), "Werk dat bij je past"),
                .if(result.roles.isEmpty, .p("Er zijn in deze regio nog geen beroepen beschreven.")),
                .ol(.class("match-list"), .forEach(result.roles.prefix(3)) { role($0) })),
            .section(.attribute(named: "aria-labelledby", value: "routes-kop"),
                .h2(.id("routes-kop"), .text(result.fitsNothingStandard && !result.nearest.isEmpty ? "Wat het dichtst in de buurt komt" : "Leerroutes voor jou")),
                .if(result.fitsNothingStandard && !result.nearest.isEmpty,
                    .p("Geen route past helemaal. Hieronder staan de routes die het dichtst in de buurt komen, en wat er nog niet past. Vraag de aanbieder of er iets kan: soms kan het net anders.")),
                .if(result.routes.isEmpty && result.nearest.isEmpty,
                    .p("Er zijn nog geen leerroutes voor deze beroepen. Kijk bij ‘Werk dat bij je past’ welke modules je al kunt volgen.")),
                .ol(.class("match-list"), .forEach((result.fitsNothingStandard ? result.nearest : result.routes).prefix(5)) { route($0) })),
            .if(!result.fitsNothingStandard && !result.excluded.isEmpty,
                .section(.attribute(named: "aria-labelledby", value: "past-niet-kop"),
                    .element(named: "details", nodes: [.class("excluded"),
                        .element(named: "summary", nodes: [.h2(.id("past-niet-kop"), .text("Routes die nu niet passen (\(result.excludedCount))"))]),
                        .ul(.forEach(result.excluded) { r in
                            .li(.a(.href("/leerroutes/\(r.id.uuidString)"), .text(r.title)), .text(": " + r.reasons.joined(separator: " ")))
                        }),
                    ])))
        )
    }

    private static func role(_ r: RoleMatch) -> Node<HTML.ListContext> {
        .li(.class("match"),
            .h3(.a(.href("/beroepen/\(r.roleKey)"), .text(r.label)), .span(.class("score"), .text(" \(r.covered) van \(r.required) vaardigheden"))),
            .element(named: "meter", nodes: [.attribute(named: "min", value: "0"), .attribute(named: "max", value: String(max(1, r.required))),
                                              .attribute(named: "value", value: String(r.covered)), .aria("\(r.covered) van \(r.required) vaardigheden"),
                                              .text("\(r.covered) van \(r.required)")]),
            .p(.text(r.explanation)),
            .if(!r.cover.modules.isEmpty, .group(
                .h4("Modules die je verder helpen"),
                .ul(.forEach(r.cover.modules) { m in
                    .li(.a(.href("/modules/\(m.id.uuidString)"), .text(m.title)), .text(" · \(m.hours) uur"))
                }))),
            .if(!r.placesNearby.isEmpty, .group(
                .h4("Werkgevers met leerplekken in de buurt"),
                .ul(.forEach(r.placesNearby) { p in
                    .li(.text("\(p.organisationName ?? "Een organisatie") in \(p.municipalityName) (\(p.distanceKm) km) · \(p.kind.dutchLabel)"))
                }))),
            .if(!r.onward.isEmpty, .group(
                .h4("Daarna kun je doorgroeien"),
                .ul(.forEach(r.onward) { o in .li(.text(o.explanation)) }))))
    }

    private static func route(_ m: RouteMatch) -> Node<HTML.ListContext> {
        .li(.class("match" + (m.isExcluded ? " match-near" : "")),
            .h3(.a(.href("/leerroutes/\(m.id.uuidString)"), .text(m.title))),
            .p(.class("meta"), .text("Naar \(m.roleLabel) · \(m.totalHours) uur" + (m.distanceKm.map { " · \($0) km" } ?? " · online"))),
            .p(.text(m.explanation)))
    }

    // MARK: Saved profile

    static func saved(code: String, context: PageContext) -> HTML {
        Layout.page(title: "Je profiel is bewaard", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Je profiel is bewaard"),
            .p(.class("lead"), "Dit apparaat onthoudt je profiel. Wil je op een ander apparaat verder, of is dit niet je eigen computer? Schrijf dan deze code op:"),
            .p(.class("code-box"), .element(named: "code", text: code)),
            .p("Met de code kom je terug via ‘Terug naar mijn profiel’. Bewaar de code goed: wie de code heeft, kan je profiel zien. We kunnen de code niet opnieuw maken."),
            .p(.a(.class("button"), .href("/kandidaat/mijn-profiel"), "Naar mijn profiel"))))
    }

    static func savedProfile(_ record: CandidateRecord, result: MatchResult, shares: [CandidateShare], catalogue: MatchingCatalogue,
                             snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, message: Message?, context: PageContext) -> HTML {
        let p = record.profile
        let sharedIDs = Set(shares.map(\.organisationID))
        let organisations = snapshot.organisations.filter { !sharedIDs.contains($0.id) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let roleLabel = Dictionary(taxonomy.roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        return Layout.page(title: "Mijn profiel", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Mijn profiel"),
            .unwrap(message) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0.text)) },
            .p(.class("lead"), .text(result.summary)),
            .section(.class("panel"), .attribute(named: "aria-labelledby", value: "antwoorden-kop"),
                .h2(.id("antwoorden-kop"), "Wat we van je bewaren"),
                .dl(.class("facts"),
                    Components.fact("Situatie", text: situationText(p.situation)),
                    Components.fact("Diploma", text: p.education?.dutchLabel ?? "Niet ingevuld"),
                    Components.fact("Ervaring", text: ([p.experience].compactMap { $0 } + p.experienceAreas.map(\.dutchLabel)).joined(separator: " · ").nonEmpty ?? "Niet ingevuld"),
                    Components.fact("Wat je al kunt", text: p.skills.isEmpty ? "Niets gekozen"
                        : p.skills.map { "\(taxonomy.skill($0.skill)?.label ?? $0.skill) (niveau \($0.level.rawValue))" }.joined(separator: ", ")),
                    Components.fact("Uren per week", text: String(p.hoursPerWeek)),
                    Components.fact("Beginnen", text: p.startDate?.dutch ?? "Zo snel mogelijk"),
                    Components.fact("Gemeente", text: catalogue.municipalityName(code: p.municipalityCode) ?? p.municipalityCode),
                    Components.fact("Postcode", text: p.postcodeArea ?? "Niet ingevuld"),
                    Components.fact("Reisafstand", text: "\(p.maxTravelKm) km"),
                    Components.fact("Werk dat je wilt", text: p.wishedRoles.map { roleLabel[$0] ?? $0 }.joined(separator: ", ").nonEmpty ?? "Alles"),
                    Components.fact("Waar je wilt werken", text: p.wishedDomains.joined(separator: ", ").nonEmpty ?? "Overal"),
                    Components.fact("Wat je nodig hebt", text: [p.needsIncome ? "Geld verdienen tijdens het leren" : nil,
                                                              p.needsLanguageSupport ? "Hulp bij de Nederlandse taal" : nil].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "Niets extra"),
                    Components.fact("Toestemming gegeven", text: Components.dateTime(record.consentAt)),
                    Components.fact("Laatst bijgewerkt", text: Components.dateTime(record.updatedAt))),
                .div(.class("form-actions"),
                     .a(.class("button"), .href("/kandidaat/mijn-profiel/bewerken"), "Antwoorden aanpassen"),
                     .a(.class("button button-secondary"), .href("/kandidaat/mijn-profiel.json"), .attribute(named: "download", value: ""), "Download alles (JSON)"))),
            matches(result),
            .section(.class("panel"), .id("delen"), .attribute(named: "aria-labelledby", value: "delen-kop"),
                .h2(.id("delen-kop"), "Delen met een organisatie"),
                .p("Wil je dat een werkgever of school je profiel ziet? Deel het dan. Zij zien je antwoorden, niet je code. Je kunt het delen altijd stoppen."),
                shares.isEmpty ? .p("Je deelt je profiel nu met niemand.") : .ul(.forEach(shares) { s in
                    .li(.text(snapshot.organisation(s.organisationID)?.name ?? "Onbekende organisatie"), .text(" "),
                        .form(.method(.post), .action("/kandidaat/mijn-profiel/delen/stoppen"), .class("inline-form"),
                              Layout.csrfField(context.csrfToken),
                              .input(.type(.hidden), .name("organisationId"), .value(s.organisationID.uuidString)),
                              .button(.type(.submit), .class("button button-secondary button-small"), .text("Stop met delen"))))
                }),
                .if(!organisations.isEmpty, .form(.method(.post), .action("/kandidaat/mijn-profiel/delen"),
                    Layout.csrfField(context.csrfToken),
                    FormErrors(failure: nil).select("organisationId", label: "Organisatie", options: organisations.map { ($0.id.uuidString, $0.name) },
                                                    selected: nil, emptyLabel: "— kies een organisatie —"),
                    .button(.type(.submit), .class("button"), "Deel mijn profiel")))),
            .section(.class("panel"), .attribute(named: "aria-labelledby", value: "weg-kop"),
                .h2(.id("weg-kop"), "Stoppen"),
                .p("Verwijder je profiel, dan is alles weg: je antwoorden, met wie je deelde en de tellingen die van jouw profiel kwamen."),
                .div(.class("form-actions"),
                     .a(.class("button button-danger"), .href("/kandidaat/mijn-profiel/verwijderen"), "Verwijder mijn profiel"),
                     .form(.method(.post), .action("/kandidaat/afmelden"), .class("inline-form"),
                           Layout.csrfField(context.csrfToken),
                           .button(.type(.submit), .class("button button-secondary"), "Vergeet mij op dit apparaat"))))
        ))
    }

    static func confirmErase(context: PageContext) -> HTML {
        Layout.page(title: "Profiel verwijderen", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Weet je het zeker?"),
            .p(.class("lead"), "Als je je profiel verwijdert, is alles meteen weg. Dit kun je niet ongedaan maken. Je kunt wel altijd opnieuw beginnen."),
            .form(.method(.post), .action("/kandidaat/mijn-profiel/verwijderen"), .class("form-actions"),
                  Layout.csrfField(context.csrfToken),
                  .button(.type(.submit), .class("button button-danger"), "Ja, verwijder alles"),
                  .a(.class("button button-secondary"), .href("/kandidaat/mijn-profiel"), "Nee, terug"))))
    }

    static func erased(context: PageContext) -> HTML {
        Layout.page(title: "Je profiel is verwijderd", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Je profiel is verwijderd"),
            .p(.class("lead"), .attribute(named: "role", value: "status"), "Alles wat we van je bewaarden is weg: je antwoorden, met wie je deelde en de tellingen die van jouw profiel kwamen."),
            .p(.a(.class("button"), .href("/kandidaat"), "Opnieuw beginnen"))))
    }

    static func returnForm(error: String?, context: PageContext) -> HTML {
        Layout.page(title: "Terug naar mijn profiel", context: context, body: .div(.class("wrap narrow candidate"),
            .h1("Terug naar mijn profiel"),
            .p(.class("lead"), "Vul de code in die je kreeg toen je je profiel bewaarde."),
            .form(.method(.post), .action("/kandidaat/terug"), .class("record-form"), .novalidate(),
                  Layout.csrfField(context.csrfToken),
                  .div(.class("field" + (error == nil ? "" : " has-error")),
                       .label(.for("veld-code"), "Je code"),
                       .unwrap(error) { .p(.class("field-error"), .id("fout-code"), .attribute(named: "role", value: "alert"), .text($0)) },
                       input(["type": "text", "name": "code", "id": "veld-code", "autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"],
                             invalid: error == nil ? nil : "fout-code")),
                  .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Naar mijn profiel"))),
            .p("Geen code? ", .a(.href("/kandidaat"), "Begin opnieuw"), ".")))
    }
}

extension CandidateViews {
    /// An input whose error message (id `invalid`) is tied to it for screen readers.
    static func input(_ attributes: KeyValuePairs<String, String>, invalid: String?) -> Node<HTML.FormContext> {
        var list = attributes.map { Attribute<HTML.InputContext>.attribute(named: $0.key, value: $0.value) }
        if let invalid { list += [.attribute(named: "aria-describedby", value: invalid), .attribute(named: "aria-invalid", value: "true")] }
        return .selfClosedElement(named: "input", attributes: list)
    }
}

extension String {
    /// nil for an empty string, so `?? "Niet ingevuld"` reads naturally.
    var nonEmpty: String? { isEmpty ? nil : self }
}
