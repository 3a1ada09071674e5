import Logging
import RegioApp
import Vapor

var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app)
    // `regio` and `regio serve` migrate and load the region on first start.
    let command = env.arguments.dropFirst().first
    if command == nil || command == "serve" {
        try await prepareDatabase(app)
    }
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
