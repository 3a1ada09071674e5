import Plot
import Vapor

/// The HTML answer to an error: what went wrong, in Dutch, and a way on.
enum ErrorPage {
    static func response(_ problem: Problem, request: Request) -> Response {
        let context = PageContext(regionName: "Lerende Regio", user: request.signedIn, csrfToken: CSRFMiddleware.token(for: request), flash: nil, path: request.url.path)
        return Layout.page(title: problem.title, context: context, body: .div(.class("wrap narrow"),
            .div(.class("error-page"),
                 .h1(.text(problem.title)),
                 .p(.class("lead"), .text(problem.detail)),
                 .if(!problem.fieldErrors.isEmpty, .ul(.forEach(problem.fieldErrors) { .li(.text($0.message)) })),
                 .p(.a(.class("button"), .href("/"), "Naar het landschap")))
        )).response(status: problem.status)
    }
}
