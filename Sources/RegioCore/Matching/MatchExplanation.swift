import Foundation

/// The Dutch sentences next to each match: plain language (B1), short sentences, "je"
/// and numbers the candidate can check on the same page.
enum MatchExplanation {
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }

    static func modules(_ cover: GapCover) -> String {
        "\(count(cover.modules.count, "module", "modules")) (\(cover.hours) uur)"
    }

    static func role(_ role: Role, had: Int, cover: GapCover, places: [NearbyPlace], _ c: MatchingCatalogue) -> String {
        let n = role.requires.count
        var text: String
        if n == 0 {
            text = "\(role.label) vraagt geen vaste vaardigheden: je bent inzetbaar als \(role.label)."
        } else if had == n {
            text = "Je hebt alle \(n) vaardigheden: je bent nu al inzetbaar als \(role.label)."
        } else if cover.uncovered.isEmpty {
            text = "Je hebt \(had) van de \(n) vaardigheden; met \(modules(cover)) ben je inzetbaar als \(role.label)."
        } else {
            text = "Je hebt \(had) van de \(n) vaardigheden voor \(role.label)."
            if !cover.modules.isEmpty { text += " Met \(modules(cover)) kom je een heel eind." }
            text += " Voor \(cover.uncovered.map(c.skillLabel).dutchList) is nog geen module: vraag een werkgever of je dit op de werkplek kunt leren."
        }
        if let first = places.first {
            let at = first.organisationName.map { " bij \($0)" } ?? ""
            text += " Dichtstbijzijnde leerwerkplek: \(first.kind.dutchNoun.singular)\(at) in \(first.municipalityName) (\(first.distanceKm) km)."
        }
        return text
    }

    static func onward(from role: Role, to next: Role, additional: [SkillStatus], cover: GapCover) -> String {
        if additional.isEmpty { return "Na \(role.label) kun je doorgroeien naar \(next.label) zonder extra vaardigheden." }
        var text = "Na \(role.label) kun je doorgroeien naar \(next.label). Daarvoor leer je nog \(count(additional.count, "vaardigheid", "vaardigheden")) bij"
        text += cover.modules.isEmpty ? "." : ", met \(modules(cover))."
        if !cover.uncovered.isEmpty { text += " Niet alles kun je met een module leren: een deel leer je op de werkplek." }
        return text
    }

    static func route(_ m: RouteMatch, candidateHad had: Int, profile: CandidateProfile, languageLevel: String?, hasEmployer: Bool) -> String {
        var parts: [String] = []
        if m.isExcluded { parts.append("Deze route past nu niet. " + m.reasons.joined(separator: " ")) }
        let n = m.required
        if n > 0 {
            var s = "Je hebt \(had) van de \(n) vaardigheden voor \(m.roleLabel)."
            if m.covered == n { s += " Na deze route heb je ze alle \(n)." }
            else { s += " Na deze route heb je er \(m.covered); je mist dan nog \(m.missing.map(\.label).dutchList)." }
            parts.append(s)
        }
        switch (m.durationWeeks, m.hoursPerWeek) {
        case let (w?, h?): parts.append("De route duurt \(w) weken, \(h) uur per week (\(m.totalHours) uur in totaal).")
        case let (w?, nil): parts.append("De route duurt \(w) weken (\(m.totalHours) uur in totaal).")
        case let (nil, h?): parts.append("De route vraagt \(h) uur per week (\(m.totalHours) uur in totaal).")
        case (nil, nil): parts.append("De route kost \(m.totalHours) uur in totaal.")
        }
        if let km = m.distanceKm, let place = m.nearestMunicipality {
            parts.append(km == 0 ? "Je kunt leren in je eigen gemeente (\(place))." : "De dichtstbijzijnde plek is in \(place), \(km) km van huis.")
        } else {
            parts.append("Deze route heeft geen vaste plek: je leert online.")
        }
        if let start = m.nextIntake { parts.append("Je kunt starten op \(start.dutch).") }
        else if m.reasons.allSatisfy({ !$0.contains("startmoment") }) { parts.append("Je kunt op elk moment starten.") }
        if profile.needsIncome && !hasEmployer { parts.append("Er is geen werkgever bij deze route: je verdient niet tijdens het leren.") }
        if profile.needsIncome && hasEmployer { parts.append("Je leert bij een werkgever, dus je kunt verdienen tijdens het leren.") }
        if profile.needsLanguageSupport, let level = languageLevel {
            parts.append("De route vraagt Nederlands op niveau \(level); vraag naar taalondersteuning.")
        }
        return parts.joined(separator: " ")
    }

    static func summary(roles: [RoleMatch], routes: [RouteMatch], excluded: [RouteMatch], profile: CandidateProfile) -> String {
        if let best = routes.first {
            return "\(count(routes.count, "route past", "routes passen")) bij jouw uren, reisafstand en startdatum. "
                + "Het best past ‘\(best.title)’, naar \(best.roleLabel)."
        }
        if let near = excluded.first {
            return "Geen route past helemaal bij jouw uren, reisafstand of startdatum. "
                + "Hieronder staan de routes die het dichtst in de buurt komen, en wat er nog ontbreekt. Het dichtst bij komt ‘\(near.title)’."
        }
        if let role = roles.first {
            return "Er zijn nog geen routes. Het beroep dat het best bij je past is \(role.label): \(role.explanation)"
        }
        return "Er is nog geen aanbod in deze regio."
    }
}
