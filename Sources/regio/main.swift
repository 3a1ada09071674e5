import Foundation
import Logging
import RegioApp
import Vapor

var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
var failed = false
do {
    try await configure(app)
    // `regio` and `regio serve` migrate and load the region on first start.
    let command = env.arguments.dropFirst().first
    if command == nil || command == "serve" {
        // Boot first, so SQLite is in WAL mode before migrations and seeding open their
        // connections: every connection then holds the WAL's shared lock while open, which
        // is how `regio restore` sees that the server runs.
        try await app.asyncBoot()
        try await prepareDatabase(app)
    }
    try await app.execute()
} catch {
    // Vapor has already printed the error of a failed command; anything else is told here.
    if !(error is CommandFailureReported) { app.logger.report(error: error) }
    failed = true
}
try await app.asyncShutdown()
if failed { exit(1) }
