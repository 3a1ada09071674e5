import Foundation

/// One problem with one field of user input, in Dutch, shown next to the field in forms
/// and as an entry of `errors` in problem+json answers.
public struct FieldError: Equatable, Codable, Sendable {
    /// The input's field name (as in the API and the form), e.g. `name` or `fundingEndDate`.
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// Input that failed validation: every problem found, not just the first one, so a
/// user can fix the whole form in one go.
public struct ValidationFailure: Error, Equatable, Sendable {
    public let errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }

    public func messages(for field: String) -> [String] {
        errors.filter { $0.field == field }.map(\.message)
    }
}

/// Collects field errors while checking input.
struct FieldChecker {
    private(set) var errors: [FieldError] = []

    mutating func fail(_ field: String, _ message: String) { errors.append(FieldError(field, message)) }

    /// Trims `value`; reports an empty required value or one that is too long.
    mutating func text(_ value: String?, field: String, label: String, required: Bool = false, max: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            if required { fail(field, "\(label) is verplicht.") }
            return nil
        }
        if trimmed.count > max {
            fail(field, "\(label) is te lang: \(trimmed.count) tekens, maximaal \(max).")
            return nil
        }
        return trimmed
    }

    mutating func day(_ value: String?, field: String, label: String) -> CalendarDay? {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let day = CalendarDay(iso: raw) else {
            fail(field, "\(label) is geen geldige datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.")
            return nil
        }
        return day
    }

    /// A number with at most two decimals as `Amount.parse` reads it ("1.250,50", "7,5");
    /// empty is nil. `label` names the field in messages, `examples` shows what to type
    /// instead ("1250 of 1.250,50"), and `whenNegative` says why a minus sign has no place
    /// in this field, as that differs per field.
    mutating func decimal(_ value: String?, field: String, label: String, examples: String, whenNegative: String) -> Amount? {
        guard let raw = value?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        let shown = raw.prefix(30)
        switch Amount.parse(raw) {
        case .success(let amount): return amount
        case .failure(.negative): fail(field, "\(label) ‘\(shown)’ is negatief: \(whenNegative)")
        case .failure(.tooManyDecimals): fail(field, "\(label) ‘\(shown)’ heeft meer dan twee cijfers achter de komma.")
        case .failure(.notANumber): fail(field, "\(label) ‘\(shown)’ is geen getal; schrijf bijvoorbeeld \(examples).")
        }
        return nil
    }

    mutating func choice<T: DutchLabelled & RawRepresentable & CaseIterable>(
        _ value: String?, as type: T.Type, field: String, label: String, required: Bool = false
    ) -> T? where T.RawValue == String {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            if required { fail(field, "\(label) is verplicht.") }
            return nil
        }
        guard let v = T(rawValue: raw) else {
            let allowed = T.allCases.map { "\($0.rawValue) (\($0.dutchLabel))" }.joined(separator: ", ")
            fail(field, "Onbekende waarde ‘\(raw.prefix(60))’ voor \(label.lowercased()). Kies uit: \(allowed).")
            return nil
        }
        return v
    }

    /// Keeps only known values; reports each unknown one.
    mutating func known(_ values: [String]?, in allowed: Set<String>, field: String, what: String) -> [String] {
        var seen = Set<String>(), result: [String] = []
        for raw in values ?? [] {
            let v = raw.trimmingCharacters(in: .whitespaces)
            if v.isEmpty || seen.contains(v) { continue }
            guard allowed.contains(v) else {
                fail(field, "Onbekende \(what): ‘\(v.prefix(60))’.")
                continue
            }
            seen.insert(v); result.append(v)
        }
        return result
    }

    /// An optional organisation of the region by its UUID; empty is nil, anything else
    /// that is not one of `known` is reported.
    mutating func organisation(_ value: String?, field: String, in known: Set<UUID>) -> UUID? {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw), known.contains(id) else {
            fail(field, "Onbekende organisatie ‘\(raw.prefix(60))’: kies een organisatie uit de regio.")
            return nil
        }
        return id
    }

    mutating func email(_ value: String?, field: String) -> String? {
        guard let email = text(value, field: field, label: "E-mailadres", max: 254) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(" ") else {
            fail(field, "‘\(email.prefix(60))’ is geen geldig e-mailadres.")
            return nil
        }
        return email
    }

    mutating func url(_ value: String?, field: String, label: String) -> String? {
        guard let url = text(value, field: field, label: label, max: 500) else { return nil }
        let lower = url.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), url.count > 10, !url.contains(" ") else {
            fail(field, "\(label) ‘\(url.prefix(60))’ is geen geldig webadres; begin met https://.")
            return nil
        }
        return url
    }
}
