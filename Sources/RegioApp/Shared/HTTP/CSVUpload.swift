import Foundation
import RegioCore
import Vapor

/// One data row of an uploaded CSV file, by column name, with its line in the file.
struct CSVRow: Sendable {
    var line: Int
    var values: [String: String]
}

/// What an import did.
struct ImportSummary: Content {
    var created: Int
    var updated: Int

    var dutch: String {
        "\(Components.count(created, "record", "records")) toegevoegd, \(updated) bijgewerkt."
    }
}

enum CSVUpload {
    static let maxRows = 20_000

    /// Reads CSV text in the export's format: a header with known column names (those of
    /// `required` present), then at most `maxRows` data rows. Problems are Dutch and point
    /// at the line.
    static func rows(_ text: String, columns: [String], required: [String] = ["name"], maxRows: Int = CSVUpload.maxRows) throws -> [CSVRow] {
        let parsed = Result { () throws(CSV.ParseError) -> [[String]] in try CSV.decode(text) }
        guard case .success(let table) = parsed else {
            if case .failure(let error) = parsed { throw Problem(status: .badRequest, title: "Ongeldig CSV-bestand", detail: error.message) }
            return []
        }
        guard let header = table.first?.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw Problem(status: .badRequest, title: "Leeg bestand", detail: "Het bestand is leeg; verwacht een kopregel met kolomnamen.")
        }
        let unknown = header.filter { !columns.contains($0) }
        guard unknown.isEmpty else {
            throw Problem(status: .unprocessableEntity, title: "Onbekende kolommen",
                          detail: "Onbekende kolommen: \(unknown.map { "‘\($0.prefix(40))’" }.joined(separator: ", ")). Gebruik de kolommen van de CSV-export.")
        }
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw Problem(status: .unprocessableEntity, title: "Kolom ontbreekt", detail: missing.count == 1 ? "De kolom ‘\(missing[0])’ ontbreekt."
                          : "De kolommen \(missing.map { "‘\($0)’" }.dutchList) ontbreken.")
        }
        guard table.count - 1 <= maxRows else {
            throw Problem(status: .payloadTooLarge, title: "Te veel regels", detail: "Maximaal \(maxRows) regels per import.")
        }
        return table.dropFirst().enumerated().map { i, fields in
            var values: [String: String] = [:]
            for (column, value) in zip(header, fields) { values[column] = CSV.unguard(value) }
            return CSVRow(line: i + 2, values: values)
        }
    }
}

extension Request {
    /// The CSV text of an upload: a `text/csv` body (API) or the `file` of a form.
    func uploadedCSV() throws -> String {
        if headers.contentType?.subType == "csv" {
            guard let buffer = body.data else { throw Problem(status: .badRequest, title: "Leeg bestand", detail: "Er is geen bestand meegestuurd.") }
            return String(decoding: Data(buffer: buffer), as: UTF8.self)
        }
        guard headers.contentType?.type == "multipart" else {
            throw Problem(status: .unsupportedMediaType, title: "Verkeerd formaat", detail: "Stuur een CSV-bestand (Content-Type: text/csv).")
        }
        struct Upload: Content { var file: File }
        guard let upload = try? content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
            throw Problem(status: .badRequest, title: "Geen bestand", detail: "Kies een CSV-bestand om te importeren.")
        }
        guard let text = upload.file.data.getString(at: upload.file.data.readerIndex, length: upload.file.data.readableBytes) else {
            throw Problem(status: .badRequest, title: "Ongeldig bestand", detail: "Het bestand is geen UTF-8-tekst.")
        }
        return text
    }
}
