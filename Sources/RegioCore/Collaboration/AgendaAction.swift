import Foundation

/// Where an action on the regional agenda stands.
public enum ActionStatus: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case planned = "gepland", running = "lopend", done = "afgerond", stopped = "gestopt"

    public var dutchLabel: String {
        switch self {
        case .planned: "Gepland"
        case .running: "Lopend"
        case .done: "Afgerond"
        case .stopped: "Gestopt"
        }
    }

    /// Done or stopped: nothing is expected of the action any more.
    public var isClosed: Bool { self == .done || self == .stopped }
}

/// Who carries an action: the region's coordinator (central) or the organisations
/// themselves (decentral).
public enum ActionScope: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case central = "centraal", decentral = "decentraal"

    public var dutchLabel: String { self == .central ? "Centraal" : "Decentraal" }
}

/// An action of the regional action agenda (actieagenda): what, for which theme, by whom,
/// in which quarter and by when, and what it serves (coalitions, initiatives). Progress
/// updates are kept beside it by the app.
public struct ActionFields: Codable, Equatable, Sendable {
    public var title: String
    public var description: String?
    /// A theme key of the region's vocabulary; nil when the action serves no single theme.
    public var theme: String?
    /// The organisations that own the action; may be empty for a central action, which
    /// the coordinator owns.
    public var ownerIDs: [UUID]
    public var scope: ActionScope
    /// The quarter in which the action starts.
    public var phase: AgendaQuarter
    public var status: ActionStatus
    /// The day it should be done; never before the phase starts.
    public var dueDate: CalendarDay?
    /// Coalitions of the region the action belongs to; their members may update it.
    public var coalitionIDs: [UUID]
    /// Initiatives of the landscape the action serves or builds on.
    public var initiativeIDs: [UUID]
    /// Shown to the public; unpublished actions are seen by signed-in users only.
    public var published: Bool
    /// The development session the action came from, if any.
    public var sessionID: UUID?

    public init(title: String, description: String? = nil, theme: String? = nil, ownerIDs: [UUID] = [], scope: ActionScope,
                phase: AgendaQuarter, status: ActionStatus = .planned, dueDate: CalendarDay? = nil,
                coalitionIDs: [UUID] = [], initiativeIDs: [UUID] = [], published: Bool = false, sessionID: UUID? = nil) {
        self.title = title; self.description = description; self.theme = theme; self.ownerIDs = ownerIDs
        self.scope = scope; self.phase = phase; self.status = status; self.dueDate = dueDate
        self.coalitionIDs = coalitionIDs; self.initiativeIDs = initiativeIDs; self.published = published; self.sessionID = sessionID
    }

    /// Past its due date (strictly before `today`) and neither done nor stopped.
    public func isOverdue(today: CalendarDay) -> Bool {
        guard let dueDate, !status.isClosed else { return false }
        return dueDate < today
    }

    /// The last quarter the action is planned in: the quarter of its due date, or its phase.
    public var lastQuarter: AgendaQuarter { max(phase, dueDate.map(AgendaQuarter.init(containing:)) ?? phase) }
}

/// A stored action: its id and its fields.
public struct AgendaAction: Identifiable, Equatable, Sendable {
    public let id: UUID
    public var fields: ActionFields

    public init(id: UUID, fields: ActionFields) { self.id = id; self.fields = fields }
}

/// An action as a user sends it (form or API), every field optional and untyped.
public struct ActionInput: Codable, Equatable, Sendable {
    public var title: String?
    public var description: String?
    public var theme: String?
    public var ownerIds: [String]?
    public var scope: String?
    /// "2026-Q3", "2026 K3", …
    public var phase: String?
    /// Empty means "gepland".
    public var status: String?
    public var dueDate: String?
    public var coalitionIds: [String]?
    public var initiativeIds: [String]?
    /// "ja"/"true"/"1" or "nee"/"false"/"0"; empty is not published.
    public var published: String?
    public var sessionId: String?

    public init() {}

    /// The input of stored fields: what an edit form starts from.
    public init(_ f: ActionFields) {
        title = f.title; description = f.description; theme = f.theme; ownerIds = f.ownerIDs.map(\.uuidString)
        scope = f.scope.rawValue; phase = f.phase.iso; status = f.status.rawValue; dueDate = f.dueDate?.iso
        coalitionIds = f.coalitionIDs.map(\.uuidString); initiativeIds = f.initiativeIDs.map(\.uuidString)
        published = f.published ? "ja" : "nee"; sessionId = f.sessionID?.uuidString
    }
}

/// What an action may refer to: the region's themes, organisations, coalitions and initiatives.
public struct ActionVocabulary: Sendable {
    public var themes: Set<String>
    public var organisationIDs: Set<UUID>
    public var coalitionIDs: Set<UUID>
    public var initiativeIDs: Set<UUID>
    public var sessionIDs: Set<UUID>

    public init(themes: Set<String>, organisationIDs: Set<UUID>, coalitionIDs: Set<UUID> = [], initiativeIDs: Set<UUID> = [], sessionIDs: Set<UUID> = []) {
        self.themes = themes; self.organisationIDs = organisationIDs; self.coalitionIDs = coalitionIDs; self.initiativeIDs = initiativeIDs
        self.sessionIDs = sessionIDs
    }
}

extension ActionFields {
    /// A due date further than this after the phase starts is most likely a wrong year.
    public static let maxSpanYears = 5

    public static func validate(_ input: ActionInput, vocabulary: ActionVocabulary) -> Result<ActionFields, ValidationFailure> {
        var c = FieldChecker()
        let title = c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name)
        let description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description)
        var theme: String?
        if let raw = input.theme?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if vocabulary.themes.contains(raw) { theme = raw } else { c.fail("theme", "Onbekend thema ‘\(raw.prefix(60))’: kies een thema van de regio.") }
        }
        var owners: [UUID] = []
        for (i, raw) in (input.ownerIds ?? []).enumerated() {
            if let id = c.organisation(raw, field: "ownerIds[\(i)]", in: vocabulary.organisationIDs), !owners.contains(id) { owners.append(id) }
        }
        if owners.count > Limits.participants { c.fail("ownerIds", "Een actie heeft hoogstens \(Limits.participants) eigenaren.") }
        let scope = c.choice(input.scope, as: ActionScope.self, field: "scope", label: "Centraal of decentraal", required: true)
        if scope == .decentral && owners.isEmpty && !c.errors.contains(where: { $0.field.hasPrefix("ownerIds") }) {
            c.fail("ownerIds", "Een decentrale actie heeft ten minste één eigenaar: kies de organisatie(s) die de actie uitvoeren.")
        }
        let status = c.choice(input.status, as: ActionStatus.self, field: "status", label: "Status") ?? .planned
        var phase: AgendaQuarter?
        if let raw = input.phase?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            phase = AgendaQuarter(raw)
            if phase == nil { c.fail("phase", "Fase ‘\(raw.prefix(20))’ is geen kwartaal; schrijf jaar en kwartaal, zoals 2026-Q3 of 2026 K3.") }
        } else {
            c.fail("phase", "Fase is verplicht: het kwartaal waarin de actie begint, zoals 2026-Q3.")
        }
        let due = c.day(input.dueDate, field: "dueDate", label: "Deadline")
        if let phase, let due {
            if due < phase.firstDay {
                c.fail("dueDate", "Deadline \(due.dutch) ligt vóór het begin van de fase (\(phase.dutch) begint op \(phase.firstDay.dutch)).")
            } else if due > phase.firstDay.adding(months: 12 * maxSpanYears) {
                c.fail("dueDate", "Deadline \(due.dutch) ligt meer dan \(maxSpanYears) jaar na het begin van de fase (\(phase.dutch)); klopt het jaartal?")
            }
        }
        let coalitions = c.references(input.coalitionIds, field: "coalitionIds", in: vocabulary.coalitionIDs, what: "coalitie")
        let initiatives = c.references(input.initiativeIds, field: "initiativeIds", in: vocabulary.initiativeIDs, what: "initiatief")
        let published = c.yesNo(input.published, field: "published", label: "Openbaar") ?? false
        let session = input.sessionId.flatMap { c.references([$0], field: "sessionId", in: vocabulary.sessionIDs, what: "ontwikkelsessie").first }
        guard c.errors.isEmpty, let title, let scope, let phase else { return .failure(ValidationFailure(c.errors)) }
        return .success(ActionFields(title: title, description: description, theme: theme, ownerIDs: owners, scope: scope,
                                     phase: phase, status: status, dueDate: due, coalitionIDs: coalitions, initiativeIDs: initiatives,
                                     published: published, sessionID: session))
    }
}
