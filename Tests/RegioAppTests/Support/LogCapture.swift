import Foundation
import Logging

/// Keeps every log line of the test process (debug and up) in memory, so a test can
/// check that something never reached the log. Bootstrapped once per process; warnings
/// and worse are still printed, as before.
final class LogCapture: @unchecked Sendable {
    static let shared = LogCapture()
    private let lock = NSLock()
    private var lines: [String] = []

    private static let bootstrapped: Void = LoggingSystem.bootstrap { label in Handler(label: label) }
    static func start() { _ = bootstrapped }

    func append(_ line: String) {
        lock.withLock {
            lines.append(line)
            if lines.count > 100_000 { lines.removeFirst(50_000) }
        }
    }

    func all() -> [String] { lock.withLock { lines } }

    struct Handler: LogHandler {
        let label: String
        var logLevel: Logger.Level = .debug
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
            let all = metadata.merging(extra ?? [:]) { _, new in new }
            let text = "\(level) \(label) \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))"
            LogCapture.shared.append(text)
            if level >= .warning { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        }
    }
}
