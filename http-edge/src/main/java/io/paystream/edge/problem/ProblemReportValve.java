package io.paystream.edge.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to what it refuses before any servlet runs (a request target it cannot decode, headers above
 * the limit) as problem+json instead of an HTML page that names the server.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = EdgeProblem.forStatus(status);
        String body = type == null
                ? "{\"type\":\"about:blank\",\"status\":" + status + "}"
                : "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                        + ",\"detail\":\"The server cannot read this request\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The client is gone or the answer is already on its way: nothing more to say.
        }
    }
}
