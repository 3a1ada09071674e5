import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("The map pages")
struct MapPageTests {
    @Test("The map shows the 28 municipalities, filters with the overview's parameters and selects a municipality")
    func mapPage() async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, "/kaart")
            #expect(res.status == .ok)
            let html = res.body.string
            #expect(html.components(separatedBy: "class=\"area\"").count - 1 == 28)
            #expect(html.contains("aria-label=\"Utrecht: 1 initiatief\"") && html.contains("aria-label=\"Amersfoort: 0 initiatieven\""))
            #expect(html.contains("Bron: CBS, Kadaster/PDOK"))
            #expect(html.contains("Initiatieven (34)"))

            let utrecht = try await app.testing().sendRequest(.GET, "/kaart?municipality=GM0344&theme=kandidaatperspectief")
            #expect(utrecht.body.string.contains("Initiatieven in Utrecht (1)") && utrecht.body.string.contains("Stagekans Utrecht"))
            #expect(utrecht.body.string.contains("class=\"selected\""))

            let id = try await app.initiativeID(named: "Stagekans Utrecht")
            let panel = try await app.testing().sendRequest(.GET, "/kaart?initiative=\(id.uuidString)")
            #expect(panel.body.string.contains("id=\"paneel\"") && panel.body.string.contains("Bekijk het volledige initiatief"))
        }
    }

    @Test("Unknown values in the map URL give a Dutch 4xx", arguments: [
        ("/kaart?municipality=GM9999", HTTPStatus.badRequest), ("/kaart?initiative=geen-id", .badRequest),
        ("/kaart?initiative=\(UUID().uuidString)", .notFound), ("/kaart?region=atlantis", .notFound), ("/embed/kaart?theme=x", .badRequest),
    ])
    func badMapURLs(_ url: String, _ status: HTTPStatus) async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, url)
            #expect(res.status == status)
            #expect(res.body.string.contains("lang=\"nl\""))
        }
    }

    @Test("Embed page may be framed by any site; other pages by none; the SVG downloads on its own")
    func embedAndDownload() async throws {
        try await withApp { app in
            let embed = try await app.testing().sendRequest(.GET, "/embed/kaart?theme=kandidaatperspectief")
            #expect(embed.status == .ok)
            #expect(embed.headers.first(name: "X-Frame-Options") == nil)
            #expect(embed.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors *") == true)
            #expect(!embed.body.string.contains("site-header"))
            let page = try await app.testing().sendRequest(.GET, "/kaart")
            #expect(page.headers.first(name: "X-Frame-Options") == "DENY")
            let svg = try await app.testing().sendRequest(.GET, "/kaart.svg?theme=kandidaatperspectief")
            #expect(svg.headers.contentType?.subType == "svg+xml")
            #expect(svg.body.string.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.body.string.contains("<style>"))
            let xml = try XMLDocumentCheck.isWellFormed(svg.body.string)
            #expect(xml)
        }
    }
}

/// Parses text as XML, so a downloaded SVG is known to open in other programs.
enum XMLDocumentCheck {
    static func isWellFormed(_ text: String) throws -> Bool {
        final class Delegate: NSObject, XMLParserDelegate { var failed = false; func parser(_ p: XMLParser, parseErrorOccurred e: any Error) { failed = true } }
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        return parser.parse() && !delegate.failed
    }
}
