import Dispatch
import NIOConcurrencyHelpers
import RegioCore
import Vapor

/// This process's request counts and durations, shared by every event loop. One lock,
/// held for a few dictionary updates per request; route labels are made once per route.
final class RequestMetrics: Sendable {
    private struct State {
        var tally = RequestTally()
        var routeLabels: [ObjectIdentifier: String] = [:]
    }
    private let state = NIOLockedValueBox(State())

    /// `route` is the route that answered (nil: none matched); its registered pattern is
    /// the label, never the requested path, which may hold ids.
    func record(method: HTTPMethod, route: Route?, status: UInt, seconds: Double) {
        state.withLockedValue { s in
            var label: String?
            if let route {
                let key = ObjectIdentifier(route)
                label = s.routeLabels[key] ?? {
                    let made = "/" + route.path.string
                    s.routeLabels[key] = made
                    return made
                }()
            }
            s.tally.record(method: method.rawValue, route: label, status: Int(status), seconds: seconds)
        }
    }

    /// A copy taken under the lock and rendered outside it.
    func prometheusText() -> String {
        state.withLockedValue { $0.tally }.prometheusText()
    }
}

/// Times every request and counts it by method, route pattern and status. It is the
/// outermost middleware, so it sees the status the error middleware finally sent.
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: RequestMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func record(_ status: HTTPResponseStatus) {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            metrics.record(method: request.method, route: request.route, status: status.code, seconds: seconds)
        }
        do {
            let response = try await next.respond(to: request)
            record(response.status)
            return response
        } catch {
            record((error as? any AbortError)?.status ?? .internalServerError)
            throw error
        }
    }
}

extension Application {
    private struct RequestMetricsKey: StorageKey { typealias Value = RequestMetrics }

    /// Set once by `configure`; read by `/metrics`.
    var requestMetrics: RequestMetrics {
        get {
            guard let metrics = storage[RequestMetricsKey.self] else { fatalError("requestMetrics wordt in configure gezet") }
            return metrics
        }
        set { storage[RequestMetricsKey.self] = newValue }
    }
}
