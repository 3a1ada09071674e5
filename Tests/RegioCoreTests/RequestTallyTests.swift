@testable import RegioCore
import Testing

@Suite("Request metrics in Prometheus text")
struct RequestTallyTests {
    @Test("Counts by method, route pattern and status; durations in cumulative buckets")
    func tally() throws {
        var tally = RequestTally(bounds: [0.1, 1])
        tally.record(method: "GET", route: "/initiatieven/:id", status: 200, seconds: 0.05)
        tally.record(method: "GET", route: "/initiatieven/:id", status: 200, seconds: 0.5)
        tally.record(method: "GET", route: "/initiatieven/:id", status: 404, seconds: 3)
        tally.record(method: "BREW", route: nil, status: 404, seconds: 0.1)
        let samples = try PrometheusSamples.parse(tally.prometheusText())
        func value(_ name: String, _ labels: [String: String]) -> Double? {
            samples.first { $0.name == name && $0.labels == labels }?.value
        }
        let route = ["method": "GET", "route": "/initiatieven/:id"]
        #expect(value("regio_http_requests_total", route.merging(["status": "200"]) { a, _ in a }) == 2)
        #expect(value("regio_http_requests_total", route.merging(["status": "404"]) { a, _ in a }) == 1)
        // An invented method and an unmatched path do not make new series of their own.
        #expect(value("regio_http_requests_total", ["method": "OTHER", "route": "onbekend", "status": "404"]) == 1)
        let histogram = "regio_http_request_duration_seconds"
        #expect(value(histogram + "_bucket", route.merging(["le": "0.1"]) { a, _ in a }) == 1)
        #expect(value(histogram + "_bucket", route.merging(["le": "1"]) { a, _ in a }) == 2)
        #expect(value(histogram + "_bucket", route.merging(["le": "+Inf"]) { a, _ in a }) == 3)
        #expect(value(histogram + "_count", route) == 3)
        #expect(abs((value(histogram + "_sum", route) ?? 0) - 3.55) < 1e-9)
        // A duration on a bound belongs to that bucket (le means "less than or equal").
        #expect(value(histogram + "_bucket", ["method": "OTHER", "route": "onbekend", "le": "0.1"]) == 1)
    }

    @Test("The text has HELP and TYPE before the samples, sorted series and escaped labels")
    func format() throws {
        var tally = RequestTally(bounds: [1])
        tally.record(method: "POST", route: "/b", status: 201, seconds: 0.2)
        tally.record(method: "GET", route: "/a\"\\\n", status: 200, seconds: 0.2)
        let text = tally.prometheusText()
        #expect(text.hasPrefix("# HELP regio_http_requests_total "))
        #expect(text.contains("# TYPE regio_http_requests_total counter\nregio_http_requests_total{method=\"GET\",route=\"/a\\\"\\\\\\n\",status=\"200\"} 1\nregio_http_requests_total{method=\"POST\",route=\"/b\",status=\"201\"} 1\n"))
        #expect(text.contains("# TYPE regio_http_request_duration_seconds histogram\n"))
        #expect(try PrometheusSamples.parse(text).contains { $0.labels["route"] == "/a\"\\\n" })
        #expect(RequestTally().prometheusText().split(separator: "\n").count == 4) // families with no samples yet
    }

    @Test("Numbers as the Go client writes them")
    func numbers() {
        #expect(PrometheusText.number(1) == "1")
        #expect(PrometheusText.number(0.025) == "0.025")
        #expect(PrometheusText.number(.infinity) == "+Inf")
        #expect(PrometheusText.number(2.5) == "2.5")
    }

    @Test("The reader refuses what Prometheus would refuse")
    func strictReader() throws {
        for bad in ["metric{a=\"1\"", "1metric 1", "metric{a=1} 1", "metric one", "metric{a=\"x\\q\"} 1", "# TYPE m counter\n# TYPE m counter", "metric{a=\"1\",a=\"2\"} 1"] {
            #expect(throws: PrometheusSamples.ParseError.self, "\(bad)") { try PrometheusSamples.parse(bad) }
        }
        #expect(try PrometheusSamples.parse("# a comment\nm{a=\"1\",} 2 1700000000\n\nm_total 3e-3\n").count == 2)
    }
}
