package io.paystream.edge.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: what the container or a filter answered with {@code sendError} (a parameter it cannot parse, a
 * method the servlet refuses) becomes a problem of the catalogue too, never Boot's own error JSON or HTML.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    // No "produces": matching it would parse the client's Accept, and one that cannot be read (or takes no JSON)
    // would turn the error page itself into a 406 without a body. The content type is set on the answer instead.
    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ProblemType type = EdgeProblem.forStatus(status);
        ProblemDetail problem = type == null
                ? ProblemDetail.forStatus(HttpStatusCode.valueOf(status))
                : ProblemResponses.problem(type, type.title(), null);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        ProblemResponses.describe(problem, request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
