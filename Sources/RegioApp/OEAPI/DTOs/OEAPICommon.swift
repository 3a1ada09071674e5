import Foundation
import RegioCore

/// The Open Education API (OEAPI) 6.0 as this platform serves it, read-only, under
/// `/oeapi/v6`. The types in `DTOs/` mirror the schemas of the specification
/// (`Resources/oeapi/oeapi-6.0.json`) with only the properties we can fill from facts;
/// optional properties we do not know are left out, never guessed. Ids are lowercase
/// UUID strings; moments are RFC 3339 strings.
enum OEAPI {
    /// A lowercase UUID string, as the specification's examples write them.
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    /// `LanguageTypedString`: a text with its language.
    struct Text: Codable, Equatable, Sendable {
        var language: String
        var value: String

        /// A Dutch text (the region writes Dutch).
        static func dutch(_ value: String) -> Text { Text(language: OEAPICodes.language, value: value) }
        /// `[Text]` for a text that may be absent: the schemas want such arrays non-empty or left out.
        static func dutchList(_ value: String?) -> [Text]? {
            value.flatMap { $0.isEmpty ? nil : [dutch($0)] }
        }
    }

    /// `IdentifierEntry`: a code and what kind of code it is.
    struct Code: Codable, Equatable, Sendable {
        var codeType: String
        var code: String

        static func uuid(_ id: UUID) -> Code { Code(codeType: OEAPICodes.uuid, code: OEAPI.id(id)) }
    }

    /// `StudyLoadDescriptor`.
    struct StudyLoad: Codable, Equatable, Sendable {
        var studyLoadUnit: String
        var value: Int

        static func hours(_ hours: Int) -> [StudyLoad]? { hours > 0 ? [StudyLoad(studyLoadUnit: OEAPICodes.hours, value: hours)] : nil }
    }

    /// `Cost`: what a learner pays (`total_costs`), in euros.
    struct Cost: Codable, Equatable, Sendable {
        /// Extensions of a cost: whether a fund or the employer pays the price.
        struct Ext: Codable, Equatable, Sendable { var funded: Bool }

        var costType: String
        var amount: String
        var currency: String
        var displayAmount: [Text]
        var ext: Ext?

        /// The learner's total cost; `funded` marks a module paid by a fund or the employer.
        static func total(cents: Int, funded: Bool = false) -> Cost {
            Cost(costType: OEAPICodes.totalCosts, amount: OEAPICodes.amount(cents: cents), currency: "EUR",
                 displayAmount: [.dutch(ModuleViews.euros(cents))], ext: funded ? Ext(funded: true) : nil)
        }
    }

    /// A page of a collection: the `Pagination` schema with its `items`.
    struct Page<Item: Codable & Sendable>: Codable, Sendable {
        var pageSize: Int
        var pageNumber: Int
        var hasPreviousPage: Bool
        var hasNextPage: Bool
        var totalPages: Int
        var items: [Item]

        /// Page `number` (from 1) of `size` items out of `all`; past the end the page is empty.
        init(_ all: [Item], size: Int, number: Int) {
            pageSize = size
            pageNumber = number
            totalPages = (all.count + size - 1) / size
            let start = (number - 1).multipliedReportingOverflow(by: size)
            items = start.overflow || start.partialValue >= all.count ? [] : Array(all[start.partialValue..<min(all.count, start.partialValue + size)])
            hasPreviousPage = number > 1
            hasNextPage = !start.overflow && start.partialValue + size < all.count
        }
    }
}
