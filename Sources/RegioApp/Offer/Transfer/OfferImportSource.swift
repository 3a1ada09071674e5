import Foundation
import RegioCore
import Vapor

/// What the offer can import and export: modules, learning routes and skills.
enum OfferKind: String, CaseIterable, Sendable, DutchLabelled {
    case modules, routes = "leerroutes", skills = "vaardigheden"

    var dutchLabel: String {
        switch self {
        case .modules: "Modules"
        case .routes: "Leerroutes"
        case .skills: "Vaardigheden"
        }
    }

    var csvHeader: [String] {
        switch self {
        case .modules: ModuleCSV.header
        case .routes: LearningRouteCSV.header
        case .skills: SkillCSV.header
        }
    }

    /// The column without which a row means nothing.
    var requiredColumn: String { self == .skills ? "key" : "title" }
}

/// An import file, read into rows: CSV in the export's format, or a JSON list of
/// objects as the API takes them (with an optional `id`).
enum OfferImportSource: Sendable {
    case csv(String)
    case json(Data)

    /// A large offer is imported in one file: 100,000 modules fit.
    static let maxRows = 200_000

    /// One row: its number (CSV line, or place in the JSON list) and its content.
    struct Row: Sendable {
        var row: Int
        var values: [String: String] = [:]
        var json: Data?
    }

    func rows(_ kind: OfferKind) throws -> [Row] {
        switch self {
        case .csv(let text):
            return try CSVUpload.rows(text, columns: kind.csvHeader, required: [kind.requiredColumn], maxRows: Self.maxRows)
                .map { Row(row: $0.line, values: $0.values) }
        case .json(let data):
            guard let list = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
                throw Problem(status: .badRequest, title: "Ongeldige JSON", detail: "Verwacht een JSON-lijst van objecten, zoals [{\"title\": …}].")
            }
            guard list.count <= Self.maxRows else {
                throw Problem(status: .payloadTooLarge, title: "Te veel items", detail: "Maximaal \(Self.maxRows) items per import.")
            }
            return try list.enumerated().map { n, item in
                guard let object = item as? [String: Any] else { return Row(row: n + 1, json: Data("null".utf8)) }
                return Row(row: n + 1, json: try JSONSerialization.data(withJSONObject: object))
            }
        }
    }

    /// A row's input and the id it names: from CSV columns, or decoded from JSON (a JSON
    /// item of the wrong shape is a mistake of that row, not of the file).
    static func decode<Input: Decodable>(_ row: Row, as: Input.Type, csv: ([String: String]) -> (String?, Input)) -> (id: String?, input: Input?, error: FieldError?) {
        guard let json = row.json else {
            let (id, input) = csv(row.values)
            return (id, input, nil)
        }
        do {
            let input = try JSONDecoder().decode(Input.self, from: json)
            return ((try? JSONDecoder().decode(Identified.self, from: json))?.id, input, nil)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return (nil, nil, FieldError(field.isEmpty ? "item" : field, "Dit veld heeft het verkeerde type."))
        } catch {
            return (nil, nil, FieldError("item", "Dit item is geen object met de velden van de export."))
        }
    }
}

extension Request {
    /// The import file of a request: a CSV or JSON body (API), or the `file` of a form.
    func offerImportSource() throws -> OfferImportSource {
        if headers.contentType?.subType == "json" {
            guard let buffer = body.data else { throw Problem(status: .badRequest, title: "Leeg bestand", detail: "Er is niets meegestuurd.") }
            return .json(Data(buffer: buffer))
        }
        let text = try uploadedCSV()
        if text.drop { $0.isWhitespace }.first == "[" { return .json(Data(text.utf8)) }
        return .csv(text)
    }
}

/// The `id` of a JSON import item, read beside its other fields.
private struct Identified: Decodable { var id: String? }
