import Foundation

extension FieldChecker {
    /// Ids of records of the region (coalitions, initiatives, organisations) in the order
    /// given, each once; an unknown or malformed id is reported by `what` ("coalitie").
    mutating func references(_ values: [String]?, field: String, in known: Set<UUID>, what: String, max: Int = Limits.participants) -> [UUID] {
        var result: [UUID] = []
        for raw in values ?? [] {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let id = UUID(uuidString: text), known.contains(id) else {
                fail(field, "Onbekende \(what) ‘\(text.prefix(60))’: kies uit de lijst van de regio.")
                continue
            }
            if !result.contains(id) { result.append(id) }
        }
        if result.count > max { fail(field, "Hoogstens \(max) keuzes; dit zijn er \(result.count).") }
        return result
    }

    /// A yes/no answer as forms and CSV write it: "ja", "nee", "true", "false", "1", "0",
    /// "on" (a ticked checkbox); empty is nil.
    mutating func yesNo(_ value: String?, field: String, label: String) -> Bool? {
        guard let raw = value?.trimmingCharacters(in: .whitespaces).lowercased(), !raw.isEmpty else { return nil }
        if ["ja", "true", "1", "on", "yes"].contains(raw) { return true }
        if ["nee", "false", "0", "no"].contains(raw) { return false }
        fail(field, "\(label): ‘\(raw.prefix(20))’ is geen ja of nee.")
        return nil
    }

    /// Lines of a list typed one per line (ideas, barriers): trimmed, empty lines dropped,
    /// each at most `Limits.shortText`… `Limits.goal` long.
    mutating func lines(_ values: [String]?, field: String, label: String, maxCount: Int = 30, maxLength: Int = Limits.goal) -> [String] {
        let lines = (values ?? []).flatMap { $0.split(whereSeparator: \.isNewline) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.count > maxCount { fail(field, "\(label): hoogstens \(maxCount) regels; dit zijn er \(lines.count).") }
        for (i, line) in lines.enumerated() where line.count > maxLength {
            fail(field, "\(label): regel \(i + 1) is te lang: \(line.count) tekens, maximaal \(maxLength).")
        }
        return lines
    }
}

extension FieldChecker {
    /// One required id of a record of the region (a supplier, an item, a barrier): empty
    /// is reported as missing ("`label` is verplicht."), an unknown id as `references` does.
    mutating func requiredReference(_ value: String?, field: String, in known: Set<UUID>, what: String, label: String) -> UUID? {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            fail(field, "\(label) is verplicht.")
            return nil
        }
        return references([raw], field: field, in: known, what: what).first
    }
}
