import Fluent
import Foundation
import RegioCore
import SQLKit

/// Who made a change.
enum ChangeAuthor: Sendable {
    case user(id: UUID, label: String)
    case system(String)

    var id: UUID? { if case .user(let id, _) = self { id } else { nil } }
    var label: String {
        switch self {
        case .user(_, let label): label
        case .system(let name): name
        }
    }
}

/// The kinds of record whose history is kept.
enum HistoryEntity: String, Sendable {
    case initiative, organisation, user, module, skill
    case learningRoute = "learning_route"
    case learningPlace = "learning_place"
    case developmentSession = "development_session"
    case coalition
    case action = "agenda_action"
    case progressReview = "progress_review"
    case supplier
    case contentItem = "content_item"
    case demand = "content_demand"
    case barrier, factsheet
    case fundingScheme = "funding_scheme"

    /// Part of the learning offer: a change also makes the offer catalogue stale.
    var isOffer: Bool { self == .module || self == .learningRoute || self == .skill }
}

/// Writes the history entry of a change and bumps the region's revision, inside the
/// caller's transaction: either the record, its history and the new revision are all
/// stored, or none of them.
struct HistoryWriter: Sendable {
    let regionID: UUID
    let author: ChangeAuthor
    var at = Date()

    init(regionID: UUID, author: ChangeAuthor) {
        self.regionID = regionID
        self.author = author
    }

    func record(_ action: ChangeAction, entity: HistoryEntity, id: UUID, old: [String: String], new: [String: String],
                fieldOrder: [String] = [], on db: any Database) async throws {
        let changes = FieldChange.diff(old: old, new: new, fieldOrder: fieldOrder)
        try await RecordChange(regionID: regionID, entity: entity.rawValue, entityID: id, action: action,
                               authorID: author.id, author: author.label, at: at, changes: changes).create(on: db)
        try await Self.bumpRevision(regionID, offer: entity.isOffer, on: db)
    }

    /// Deletes `model` softly (or restores it) and records that, in one transaction.
    func setDeleted<M: Model>(_ model: M, id: UUID, deleted: Bool, entity: HistoryEntity, on db: any Database) async throws {
        try await db.transaction { tx in
            if deleted { try await model.delete(on: tx) } else { try await model.restore(on: tx) }
            try await record(deleted ? .delete : .restore, entity: entity, id: id, old: [:], new: [:], on: tx)
        }
    }

    /// A new revision of the region (and of its offer, when `offer`): every app
    /// instance then knows its cached snapshot or catalogue is stale.
    static func bumpRevision(_ regionID: UUID, offer: Bool = false, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var update = sql.update(Region.schema).set(SQLIdentifier("revision"), to: SQLRaw("revision + 1"))
        if offer { update = update.set(SQLIdentifier("offer_revision"), to: SQLRaw("offer_revision + 1")) }
        try await update.where("id", .equal, regionID).run()
    }
}

/// Display text of an initiative's fields, for its history: what a reader sees, so a
/// change of theme reads "Kandidaatperspectief", not a key.
enum InitiativeSnapshot {
    static let fieldOrder = ["name", "kind", "recordStatus", "goal", "description", "strategicThemes", "knowledgeThemes",
                             "targetGroups", "scope", "participants", "maturity", "fundingScheme", "startDate",
                             "fundingEndDate", "links", "contactName", "contactEmail"]

    static func make(_ f: InitiativeFields, names: RegionSnapshot?) -> [String: String] {
        func list(_ kind: VocabularyKind, _ keys: [String]) -> String {
            keys.map { names?.label(kind, $0) ?? $0 }.joined(separator: ", ")
        }
        var s: [String: String] = ["name": f.name, "recordStatus": f.recordStatus.dutchLabel]
        s["kind"] = f.kind?.dutchLabel
        s["goal"] = f.goal
        s["description"] = f.description
        s["strategicThemes"] = list(.strategicTheme, f.strategicThemes)
        s["knowledgeThemes"] = list(.knowledgeTheme, f.knowledgeThemes)
        s["targetGroups"] = list(.targetGroup, f.targetGroups)
        s["scope"] = f.wholeRegion ? "Hele regio" : f.municipalityCodes.map { names?.municipalityName($0) ?? $0 }.joined(separator: ", ")
        s["participants"] = f.participants.map { p in
            "\(names?.organisation(p.organisationID)?.name ?? p.organisationID.uuidString) (\(p.role.dutchLabel))"
        }.joined(separator: ", ")
        s["maturity"] = f.maturity?.dutchLabel
        s["fundingScheme"] = f.fundingScheme
        s["startDate"] = f.startDate?.dutch
        s["fundingEndDate"] = f.fundingEndDate?.dutch
        s["links"] = f.links.joined(separator: " ")
        s["contactName"] = f.contactName
        s["contactEmail"] = f.contactEmail
        return s
    }
}

enum OrganisationSnapshot {
    static let fieldOrder = ["name", "kind", "careDomains", "municipalityCode", "website", "contactName", "contactEmail", "description"]

    static func make(_ f: OrganisationFields, names: RegionSnapshot?) -> [String: String] {
        var s: [String: String] = ["name": f.name]
        s["kind"] = f.kind?.dutchLabel
        s["careDomains"] = f.careDomains.map { names?.label(.careDomain, $0) ?? $0 }.joined(separator: ", ")
        s["municipalityCode"] = f.municipalityCode.map { names?.municipalityName($0) ?? $0 }
        s["website"] = f.website
        s["contactName"] = f.contactName
        s["contactEmail"] = f.contactEmail
        s["description"] = f.description
        return s
    }
}

/// Dutch names of the fields, for history and error summaries.
enum FieldLabels {
    static let all: [String: String] = [
        "name": "Naam", "kind": "Soort", "recordStatus": "Status", "goal": "Doel", "description": "Beschrijving",
        "strategicThemes": "Strategische thema's", "knowledgeThemes": "Kennisthema's", "targetGroups": "Doelgroepen",
        "scope": "Werkgebied", "municipalityCodes": "Gemeenten", "wholeRegion": "Hele regio", "participants": "Deelnemende organisaties",
        "maturity": "Rijpheid", "fundingScheme": "Financiering", "startDate": "Startdatum", "fundingEndDate": "Einddatum financiering",
        "links": "Links", "contactName": "Contactpersoon", "contactEmail": "E-mailadres contact", "careDomains": "Zorgdomeinen",
        "municipalityCode": "Gemeente", "website": "Website", "email": "E-mailadres", "role": "Rol", "organisation": "Organisatie",
        "title": "Titel", "providerId": "Aanbieder", "skills": "Vaardigheden", "hours": "Studiebelasting (uren)", "form": "Vorm",
        "cost": "Kosten", "funded": "Gefinancierd", "credential": "Bewijs", "intakeDates": "Startdata", "languageLevel": "Taalniveau", "licence": "Licentie",
        "roleKey": "Beroep", "steps": "Stappen", "hoursPerWeek": "Uren per week", "durationWeeks": "Duur (weken)", "employerIds": "Werkgevers",
        "intakeRequirements": "Toelatingseisen",
        "organisationId": "Organisatie", "count": "Aantal plekken", "endDate": "Einddatum", "supervisionCapacity": "Begeleidingscapaciteit",
        // The candidate's intake (plain language, B1).
        "situation": "Jouw situatie", "maxTravelKm": "Reisafstand", "postcodeArea": "Postcode", "wishedRoles": "Beroepen die je wilt",
        "wishedDomains": "Waar je wilt werken", "experience": "Ervaring", "experienceAreas": "Soort ervaring", "education": "Opleiding",
        "consent": "Toestemming",
        // Collaboration: sessions, coalitions, actions, reviews.
        "date": "Datum", "themes": "Thema's", "question": "Vraag", "organisations": "Organisaties", "organisationIds": "Organisaties",
        "participantCount": "Aantal deelnemers", "ideas": "Ideeën", "barriers": "Belemmeringen", "notes": "Verslag", "published": "Openbaar",
        "theme": "Thema", "status": "Status", "members": "Leden", "initiatives": "Initiatieven", "initiativeIds": "Initiatieven",
        "session": "Ontwikkelsessie", "sessionId": "Ontwikkelsessie", "purposeCase": "Purpose case", "purpose": "Doel van de purpose case",
        "stakeholders": "Belanghebbenden", "items": "Inbreng en opbrengst", "owners": "Eigenaren", "ownerIds": "Eigenaren",
        "phase": "Fase", "dueDate": "Deadline", "coalitions": "Coalities", "coalitionIds": "Coalities", "text": "Voortgang",
        "narrative": "Toelichting", "evidenceLinks": "Onderbouwing", "scores": "Scores", "coalition": "Coalitie", "version": "Versie",
        // Barriers, factsheets and funding schemes.
        "category": "Soort belemmering", "solution": "Oplossing", "relatedRules": "Betrokken regels", "fundingSchemes": "Regelingen",
        "fundingSchemeIds": "Regelingen", "barrier": "Belemmering", "barrierId": "Belemmering", "answer": "Antwoord",
        "rulesSay": "Wat de regels zeggen", "funder": "Financier", "conditions": "Voorwaarden", "deadlines": "Deadlines", "url": "Webadres",
    ]

    static func label(_ field: String) -> String {
        if field.hasPrefix("participants[") { return "Deelnemende organisatie" }
        // `skills[2]` is labelled as its list: "Vaardigheden".
        return all[field] ?? field.split(separator: "[").first.flatMap { all[String($0)] } ?? field
    }
}
