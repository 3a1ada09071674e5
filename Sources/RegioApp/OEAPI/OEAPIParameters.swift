import Foundation
import RegioCore
import Vapor

/// The query and path parameters of an OEAPI request, read as the specification defines
/// them. A value the specification does not allow is a 400 problem with a Dutch message.
/// `consumer` and `fields` are hints this implementation may ignore and does; the optional
/// `filter_query` feature is not offered and refused, so that nobody mistakes an unfiltered
/// answer for a filtered one.
struct OEAPIParameters: Sendable {
    /// The page sizes the specification allows; 10 when none is asked for.
    static let pageSizes = [10, 20, 50, 100, 250]

    private let values: [String: [String]]

    init(_ req: Request) { values = QueryString.decode(req.url.query) }

    /// The value of `name`, if given.
    func text(_ name: String) -> String? { values[name]?.last }

    /// Refuses what no operation accepts: a parameter given twice (every parameter here has
    /// one value), and `filter_query`.
    func checkGeneral() throws {
        if let (name, given) = values.first(where: { $0.value.count > 1 }) {
            throw Self.invalid(name, given.joined(separator: ", "), "mag maar één keer voorkomen")
        }
        if let name = values.keys.first(where: { $0.hasPrefix("filter_query") }) {
            throw Problem(status: .badRequest, title: "Ongeldig verzoek",
                          detail: "‘\(name.prefix(60))’: filter_query biedt deze implementatie niet aan (de standaard laat dat vrij); gebruik q en de filters van dit pad.")
        }
    }

    /// `pageSize` and `pageNumber`.
    struct Paging: Sendable {
        var size: Int
        var number: Int
    }

    /// `pageSize` (one of `pageSizes`, default 10) and `pageNumber` (an int32 from 1, default 1).
    func paging() throws -> Paging {
        var paging = Paging(size: 10, number: 1)
        if let raw = text("pageSize") {
            guard let n = Int(raw), Self.pageSizes.contains(n) else { throw Self.invalid("pageSize", raw, "moet 10, 20, 50, 100 of 250 zijn") }
            paging.size = n
        }
        if let raw = text("pageNumber") {
            guard let n = Int32(raw), n >= 1 else { throw Self.invalid("pageNumber", raw, "moet een geheel getal vanaf 1 zijn") }
            paging.number = Int(n)
        }
        return paging
    }

    /// `true` or `false`.
    func bool(_ name: String) throws -> Bool? {
        guard let raw = text(name) else { return nil }
        switch raw {
        case "true": return true
        case "false": return false
        default: throw Self.invalid(name, raw, "moet true of false zijn")
        }
    }

    /// An RFC 3339 date-time, or a full-date (the start of that day in Dutch time).
    func moment(_ name: String) throws -> Date? {
        guard let raw = text(name) else { return nil }
        guard let date = RFC3339.parse(raw) else {
            throw Self.invalid(name, raw, "moet een datum (JJJJ-MM-DD) of datum met tijd volgens RFC 3339 zijn, zoals 2027-02-01T09:00:00+01:00")
        }
        return date
    }

    /// `teachingLanguage`: a language tag as the specification's pattern describes it.
    func languageTag(_ name: String) throws -> String? {
        guard let raw = text(name) else { return nil }
        let pattern = #"^([a-z]{2,3})(-([A-Z]{2}|[0-9]{3}))?(-([a-z]{4}))?(-([a-z]{2}|[0-9]{3}))*(-[a-z0-9]{2,8})*(-x(-[a-z0-9]{1,8})+)?$"#
        guard let regex = try? Regex(pattern), (try? regex.wholeMatch(in: raw)) != nil else {
            throw Self.invalid(name, raw, "moet een taalcode zijn, zoals nl of nl-NL")
        }
        return raw
    }

    /// `expand`: comma-separated names, each one of `allowed` (the specification's list for
    /// the path). An empty name (`expand=`) is none of them: an empty list is sent by leaving
    /// the parameter out (RFC 6570, which OpenAPI's form style follows).
    func expand(allowed: [String]) throws -> Set<String> {
        guard let raw = text("expand") else { return [] }
        let names = raw.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        let choices = allowed.joined(separator: ", ")
        if names.contains("") { throw Self.invalid("expand", raw, "heeft een lege naam; laat de parameter weg of kies uit \(choices)") }
        if let unknown = names.first(where: { !allowed.contains($0) }) { throw Self.invalid("expand", unknown, "kan niet; kies uit \(choices)") }
        return Set(names)
    }

    /// A path parameter that must be a UUID.
    static func uuid(_ req: Request, _ name: String) throws -> UUID {
        let raw = req.parameters.get(name) ?? ""
        guard let id = UUID(uuidString: raw) else { throw invalid(name, raw, "is geen geldige UUID") }
        return id
    }

    static func invalid(_ name: String, _ value: String, _ rule: String) -> Problem {
        Problem(status: .badRequest, title: "Ongeldig verzoek", detail: "‘\(name)’ \(rule); gekregen: ‘\(value.prefix(60))’.")
    }
}

/// An OEAPI object that collections list: found by its primary code and by `q`.
protocol OEAPIListed: Codable, Sendable {
    var primaryCode: OEAPI.Code { get }
    var name: [OEAPI.Text] { get }
    /// Its name, abbreviation and description: the texts `q` searches.
    var searchTexts: [String] { get }
}

extension Array where Element: OEAPIListed {
    /// The items that match the parameters every collection has (`primaryCode`, `q`), paged.
    func page(_ p: OEAPIParameters, _ paging: OEAPIParameters.Paging) -> OEAPI.Page<Element> {
        var items = self
        if let code = p.text("primaryCode") { items = items.filter { $0.primaryCode.code.caseInsensitiveCompare(code) == .orderedSame } }
        if let q = p.text("q"), !q.isEmpty {
            items = items.filter { $0.searchTexts.contains { $0.range(of: q, options: .caseInsensitive) != nil } }
        }
        return OEAPI.Page(items, size: paging.size, number: paging.number)
    }

    /// The items whose `values` hold the value of parameter `name`, when the request gives
    /// one. `values` is empty for a property we never state: then nothing matches.
    func filtered(by name: String, in p: OEAPIParameters, _ values: (Element) -> [String]) -> [Element] {
        guard let wanted = p.text(name) else { return self }
        return filter { values($0).contains(wanted) }
    }

    /// Sorted by name, as the specification orders most collections (then by code, so the order is stable).
    func sortedByName() -> [Element] {
        sorted {
            let a = $0.name.first?.value ?? "", b = $1.name.first?.value ?? ""
            let order = a.localizedCaseInsensitiveCompare(b)
            return order == .orderedSame ? $0.primaryCode.code < $1.primaryCode.code : order == .orderedAscending
        }
    }
}

extension OEAPI.Organisation: OEAPIListed {
    var searchTexts: [String] { (name + (description ?? [])).map(\.value) }
}

extension OEAPI.Course: OEAPIListed {
    var searchTexts: [String] { (name + (description ?? [])).map(\.value) }
}

extension OEAPI.Programme: OEAPIListed {
    var searchTexts: [String] { name.map(\.value) }
}

extension OEAPI.CourseOffering: OEAPIListed {
    var searchTexts: [String] { name.map(\.value) }
}

extension OEAPI.ProgrammeOffering: OEAPIListed {
    var searchTexts: [String] { name.map(\.value) }
}

extension OEAPI.LearningOutcome: OEAPIListed {
    var searchTexts: [String] { (name + (description ?? [])).map(\.value) }
}
