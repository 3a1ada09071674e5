import Vapor

/// A CSV download: every list and report exports through this one door.
enum CSVResponse {
    static func make(_ body: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .csv
        headers.contentDisposition = .init(.attachment, filename: filename)
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
