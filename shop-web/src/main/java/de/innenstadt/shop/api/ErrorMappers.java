// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.reservation.IdempotencyConflictException;
import de.innenstadt.core.reservation.InsufficientStockException;
import de.innenstadt.core.reservation.InvalidReservationException;
import de.innenstadt.search.SearchUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** 409 with what is still available per offer. */
    @Provider
    public static class InsufficientStock implements ExceptionMapper<InsufficientStockException> {
        /** The body of a 409. */
        public record Body(String error, String message, List<InsufficientStockException.Shortage> items) {
        }

        @Override
        public Response toResponse(InsufficientStockException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body("insufficient_stock", "Some items are no longer available in this quantity.",
                            e.shortages()))
                    .build();
        }
    }

    /** 422 with a message per field. */
    @Provider
    public static class InvalidReservation implements ExceptionMapper<InvalidReservationException> {
        /** The body of a 422. */
        public record Body(String error, String message, Map<String, String> fields) {
        }

        @Override
        public Response toResponse(InvalidReservationException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body("invalid", "Please correct the marked fields.", e.fieldErrors()))
                    .build();
        }
    }

    /** 422: the same Idempotency-Key with another body. */
    @Provider
    public static class IdempotencyConflict implements ExceptionMapper<IdempotencyConflictException> {
        @Override
        public Response toResponse(IdempotencyConflictException e) {
            return Response.fromResponse(error(Response.Status.BAD_REQUEST, "idempotency_key_reused", e.getMessage()))
                    .status(422).build();
        }
    }

    /** 404 for what does not exist or is not the caller's. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "not_found", "Not found.");
        }
    }

    /** 409 for a request that does not fit the current state. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return error(Response.Status.CONFLICT, e.code(), e.getMessage());
        }
    }

    /** 429 when a limit is exceeded. */
    @Provider
    public static class TooMany implements ExceptionMapper<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, "too_many_requests", e.getMessage()))
                    .header("Retry-After", "60").build();
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

    /**
     * Every other answer that JAX-RS itself decides (415 for a body that is not JSON, 405, 406, 404 for
     * a path that does not exist) as the API's JSON error instead of the server's HTML page; the
     * status and its headers (such as {@code Allow}) are kept.
     */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Response.StatusType status = original.getStatusInfo();
            String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
            Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(code, status.getStatusCode() + " " + status.getReasonPhrase()));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.build();
        }
    }

    /** Anything unforeseen: 500 as JSON, the cause only in the log. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "internal_error",
                    "Something went wrong on our side. Please try again later.");
        }
    }
}
