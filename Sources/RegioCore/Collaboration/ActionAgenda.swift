import Foundation

/// Actions under one heading of an agenda view: a theme or an owner organisation.
public struct ActionGroup<Key: Hashable & Sendable>: Equatable, Sendable {
    /// nil for the group of actions without a theme or without an owner.
    public let key: Key?
    public let label: String
    public let actions: [AgendaAction]
}

/// The regional action agenda (actieagenda): the views the app shows of its actions —
/// by theme, by owner, overdue, counts per status and the timeline.
public struct ActionAgenda: Sendable {
    /// In agenda order: by phase, then due date (none last), then title.
    public let actions: [AgendaAction]

    public init(_ actions: [AgendaAction]) {
        self.actions = actions.sorted { a, b in
            let fa = a.fields, fb = b.fields
            if fa.phase != fb.phase { return fa.phase < fb.phase }
            if fa.dueDate != fb.dueDate { return (fa.dueDate?.ordinal ?? .max) < (fb.dueDate?.ordinal ?? .max) }
            let ka = AlphabeticalOrder.key(fa.title), kb = AlphabeticalOrder.key(fb.title)
            return ka != kb ? ka < kb : a.id.uuidString < b.id.uuidString
        }
    }

    /// One group per theme, alphabetical by label; actions without a theme last, under
    /// "Zonder thema". `labels` names the themes (a missing label shows the key).
    public func byTheme(labels: [String: String]) -> [ActionGroup<String>] {
        grouped(keys: { $0.theme.map { [$0] } ?? [] }, label: { labels[$0] ?? $0 }, none: "Zonder thema")
    }

    /// One group per owner organisation, alphabetical by name; an action with two owners
    /// is in both groups. Actions without an owner (central ones the coordinator carries)
    /// come last, under "Coördinator (geen eigenaar)".
    public func byOwner(names: [UUID: String]) -> [ActionGroup<UUID>] {
        grouped(keys: \.ownerIDs, label: { names[$0] ?? "Onbekende organisatie" }, none: "Coördinator (geen eigenaar)")
    }

    /// Actions past their due date and not closed, the longest overdue first.
    public func overdue(today: CalendarDay) -> [AgendaAction] {
        actions.filter { $0.fields.isOverdue(today: today) }.sorted(stablyBy: { $0.fields.dueDate?.ordinal ?? 0 })
    }

    /// How many actions have each status, every status listed (also with 0), in the order of `ActionStatus`.
    public var statusCounts: [(status: ActionStatus, count: Int)] {
        ActionStatus.allCases.map { status in (status, actions.count(where: { $0.fields.status == status })) }
    }

    private func grouped<Key: Hashable & Sendable>(keys: (ActionFields) -> [Key], label: (Key) -> String, none: String) -> [ActionGroup<Key>] {
        var members: [Key: [AgendaAction]] = [:], order: [Key] = [], loose: [AgendaAction] = []
        for action in actions {
            let ks = keys(action.fields)
            if ks.isEmpty { loose.append(action) }
            for k in ks {
                if members[k] == nil { order.append(k) }
                members[k, default: []].append(action)
            }
        }
        var groups = order.map { ActionGroup(key: $0, label: label($0), actions: members[$0]!) }
        groups.sort { a, b in
            let ka = AlphabeticalOrder.key(a.label), kb = AlphabeticalOrder.key(b.label)
            return ka != kb ? ka < kb : a.label < b.label
        }
        if !loose.isEmpty { groups.append(ActionGroup(key: nil, label: none, actions: loose)) }
        return groups
    }
}
