import Foundation

/// A progress update of an action: what happened on which day, and the status the action
/// moved to, if it moved.
public struct ActionUpdate: Equatable, Sendable {
    public var date: CalendarDay
    public var text: String
    public var status: ActionStatus?

    public init(date: CalendarDay, text: String, status: ActionStatus? = nil) { self.date = date; self.text = text; self.status = status }
}

/// A progress update as a form or the API sends it.
public struct ActionUpdateInput: Codable, Equatable, Sendable {
    public var date: String?
    public var text: String?
    /// Empty: the status stays as it is.
    public var status: String?
    /// The version of the action the poster saw (needed when the status changes with it).
    public var version: String?

    public init(date: String? = nil, text: String? = nil, status: String? = nil, version: String? = nil) {
        self.date = date; self.text = text; self.status = status; self.version = version
    }
}

extension ActionUpdate {
    /// Checks `input`; progress is reported on what happened, so its date is not after `today`.
    /// An empty date is today.
    public static func validate(_ input: ActionUpdateInput, today: CalendarDay) -> Result<ActionUpdate, ValidationFailure> {
        var c = FieldChecker()
        let date = c.day(input.date, field: "date", label: "Datum") ?? today
        if date > today { c.fail("date", "Datum \(date.dutch) ligt in de toekomst; meld voortgang op of na de dag dat het gebeurde.") }
        let text = c.text(input.text, field: "text", label: "Voortgang", required: true, max: Limits.goal)
        let status = c.choice(input.status, as: ActionStatus.self, field: "status", label: "Nieuwe status")
        guard c.errors.isEmpty, let text else { return .failure(ValidationFailure(c.errors)) }
        return .success(ActionUpdate(date: date, text: text, status: status))
    }
}
