/// Counts and durations of the HTTP requests one process has answered, by method, route
/// pattern and status. A value type: the app keeps one behind a lock and records into it;
/// `/metrics` renders a copy.
///
/// Labels are only ever route *patterns* (`/initiatieven/:id`) and a fixed set of methods,
/// so the number of series is bounded by the app's routes, whatever clients send.
public struct RequestTally: Sendable, Equatable {
    /// Upper bounds of the duration buckets in seconds: Prometheus' defaults, which span a
    /// cached page (milliseconds) to a large import (seconds).
    public static let defaultBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
    /// The route label of requests no route answered (static files, 404s).
    public static let unknownRoute = "onbekend"
    /// Methods outside this list are counted as "OTHER": a client can invent any method.
    public static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

    public struct Series: Hashable, Sendable { public var method: String; public var route: String }
    public struct Key: Hashable, Sendable { public var series: Series; public var status: Int }

    /// One histogram: per-bucket counts (the last bucket is +Inf), their total and sum.
    public struct Histogram: Equatable, Sendable {
        public fileprivate(set) var buckets: [Int]
        public fileprivate(set) var count = 0
        public fileprivate(set) var sum = 0.0
    }

    public let bounds: [Double]
    public private(set) var requests: [Key: Int] = [:]
    public private(set) var durations: [Series: Histogram] = [:]

    public init(bounds: [Double] = RequestTally.defaultBounds) {
        self.bounds = bounds
    }

    public static func methodLabel(_ method: String) -> String {
        knownMethods.contains(method) ? method : "OTHER"
    }

    /// Adds one answered request. `route` is the pattern, or nil when no route matched.
    public mutating func record(method: String, route: String?, status: Int, seconds: Double) {
        let series = Series(method: Self.methodLabel(method), route: route ?? Self.unknownRoute)
        requests[Key(series: series, status: status), default: 0] += 1
        // First bucket whose bound holds the duration; beyond the last, the +Inf bucket.
        var bucket = 0
        while bucket < bounds.count, seconds > bounds[bucket] { bucket += 1 }
        durations[series, default: Histogram(buckets: Array(repeating: 0, count: bounds.count + 1))].observe(bucket: bucket, seconds: seconds)
    }

    /// The tally in Prometheus text: `regio_http_requests_total` and
    /// `regio_http_request_duration_seconds`, series sorted by route, method and status.
    public func prometheusText() -> String {
        var out = PrometheusText()
        out.family("regio_http_requests_total", .counter, help: "HTTP requests answered by this process, by method, route pattern and status.")
        for (key, count) in requests.sorted(by: { Self.order($0.key, $1.key) }) {
            out.sample("regio_http_requests_total", labels: [("method", key.series.method), ("route", key.series.route), ("status", String(key.status))], value: count)
        }
        let name = "regio_http_request_duration_seconds"
        out.family(name, .histogram, help: "Time from receiving a request to its response head, by method and route pattern.")
        for (series, histogram) in durations.sorted(by: { Self.order($0.key, $1.key) }) {
            let labels = [("method", series.method), ("route", series.route)]
            var cumulative = 0
            for (i, count) in histogram.buckets.enumerated() {
                cumulative += count
                let bound = i < bounds.count ? bounds[i] : .infinity
                out.sample(name + "_bucket", labels: labels + [("le", PrometheusText.number(bound))], value: cumulative)
            }
            out.sample(name + "_sum", labels: labels, value: histogram.sum)
            out.sample(name + "_count", labels: labels, value: histogram.count)
        }
        return out.text
    }

    private static func order(_ a: Series, _ b: Series) -> Bool { (a.route, a.method) < (b.route, b.method) }
    private static func order(_ a: Key, _ b: Key) -> Bool {
        a.series == b.series ? a.status < b.status : order(a.series, b.series)
    }
}

extension RequestTally.Histogram {
    fileprivate mutating func observe(bucket: Int, seconds: Double) {
        buckets[bucket] += 1
        count += 1
        sum += seconds
    }
}
