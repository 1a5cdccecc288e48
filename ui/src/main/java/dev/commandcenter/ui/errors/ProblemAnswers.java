package dev.commandcenter.ui.errors;

import dev.commandcenter.query.Problem;
import dev.commandcenter.query.QueryRefused;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refused query answers in one shape: a {@link Problem} as JSON under {@code /api}, the same
 * problem as a page for the dashboard's pages. The status is the problem's (400 or 404), never a 500.
 */
public class ProblemAnswers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem, String page);
    }

    @ServerExceptionMapper
    public Response refused(QueryRefused refused, UriInfo uri) {
        Problem problem = refused.problem();
        String path = "/" + stripLeadingSlash(uri.getPath());
        if (path.equals("/api") || path.startsWith("/api/")) {
            return Response.status(problem.status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(problem)
                    .build();
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(Templates.problem(problem, path).render())
                .build();
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
