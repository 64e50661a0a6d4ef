// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.search.SearchUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures into the API's error bodies; never a stack trace to the client. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message)).build();
    }

    /** 400 with the reason. */
    @Provider
    public static class BadRequest implements ExceptionMapper<BadRequestException> {
        @Override
        public Response toResponse(BadRequestException e) {
            return error(Response.Status.BAD_REQUEST, "bad_request", e.getMessage());
        }
    }

    /** 503 while Elasticsearch is away; the rest of the API keeps working. */
    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchUnavailableException> {
        private static final Logger LOG = Logger.getLogger(SearchUnavailable.class.getName());

        @Override
        public Response toResponse(SearchUnavailableException e) {
            LOG.log(Level.WARNING, "Search unavailable", e);
            return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, "search_unavailable",
                    "Search is temporarily unavailable. Please try again in a few minutes."))
                    .header("Retry-After", "30").build();
        }
    }
}
