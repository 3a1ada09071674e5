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

@Suite("The map's SVG answered from memory")
struct MapDownloadCacheTests {
    @Test("The same SVG comes from memory with the same ETag and headers; a write shows in the next answer")
    func cachedUntilWrite() async throws {
        try await withApp { app in
            let url = "/kaart.svg?municipality=GM0307"
            let first = try await app.testing().sendRequest(.GET, url)
            let second = try await app.testing().sendRequest(.GET, url)
            let tag = try #require(first.headers.first(name: .eTag))
            #expect(second.headers.first(name: .eTag) == tag && second.body.string == first.body.string)
            #expect(second.headers.contentType?.subType == "svg+xml")
            #expect(second.headers.first(name: .contentDisposition) == first.headers.first(name: .contentDisposition))
            #expect(second.headers.first(name: .contentDisposition)?.contains("kaart-utrechtzorg.svg") == true)
            // Map data is the same for everyone: no session, no CSRF cookie.
            #expect(first.headers.setCookie == nil && second.headers.setCookie == nil)
            #expect(first.body.string.contains("Amersfoort: 0 initiatieven"))
            let unchanged = try await app.testing().sendRequest(.GET, url, headers: ["If-None-Match": tag])
            #expect(unchanged.status == .notModified && unchanged.body.readableBytes == 0)

            // A new initiative in Amersfoort bumps the revision: the next answer counts it.
            try await TestUsers.coordinator(app)
            let amerpoort = try await app.organisationID(named: "Amerpoort")
            let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                body: ByteBuffer(string: #"{"name":"Fictief leerplein Amersfoort","participants":[{"organisationId":"\#(amerpoort.uuidString)","role":"lead"}],"municipalityCodes":["GM0307"],"kind":"programme"}"#))
            #expect(created.status == .created)
            let after = try await app.testing().sendRequest(.GET, url, headers: ["If-None-Match": tag])
            #expect(after.status == .ok && after.headers.first(name: .eTag) != tag)
            #expect(after.body.string.contains("Amersfoort: 1 initiatief"))
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

@Suite("Regions from the national municipality file")
struct MultiRegionTests {
    @Test("A region made of any CBS municipalities gets its own map; the national overview shows all regions")
    func secondRegion() async throws {
        try await withApp { app in
            let creator = RegionCreator(paths: app.paths)
            let region = try await creator.add(slug: "fictief-noord", name: "Fictieve regio Noord", municipalityCodes: ["GM0014", "GM0037", "GM0047"], on: app.db)
            #expect(region.slug == "fictief-noord")
            await #expect(throws: CommandFailure.self) { try await creator.add(slug: "x", name: "X", municipalityCodes: ["GM9999"], on: app.db) }
            await #expect(throws: CommandFailure.self) { try await creator.add(slug: "fictief-noord", name: "Dubbel", municipalityCodes: ["GM0014"], on: app.db) }
            await #expect(throws: CommandFailure.self) { try await creator.add(slug: "Met Spaties", name: "X", municipalityCodes: ["GM0014"], on: app.db) }

            let map = try await app.testing().sendRequest(.GET, "/kaart?region=fictief-noord")
            #expect(map.status == .ok)
            #expect(map.body.string.components(separatedBy: "class=\"area\"").count - 1 == 3)
            #expect(map.body.string.contains("Groningen: 0 initiatieven") && map.body.string.contains("Fictieve regio Noord"))
            // Links and the filter form stay in the region.
            #expect(map.body.string.contains("name=\"region\" value=\"fictief-noord\""))
            #expect(map.body.string.contains("href=\"?region=fictief-noord&amp;municipality=GM0014#gemeente\""))
            let national = try await app.testing().sendRequest(.GET, "/kaart/nederland")
            #expect(national.status == .ok)
            #expect(national.body.string.components(separatedBy: "class=\"area\"").count - 1 == 342)
            #expect(national.body.string.contains("/kaart?region=fictief-noord") && national.body.string.contains("/kaart?region=utrechtzorg"))
        }
    }
}
