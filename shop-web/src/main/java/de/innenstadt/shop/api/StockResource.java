// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.feed.ApiKeys;
import de.innenstadt.core.feed.FeedProblem;
import de.innenstadt.core.feed.FeedHistory;
import de.innenstadt.core.feed.ImportProgress;
import de.innenstadt.core.feed.ImportStatus;
import de.innenstadt.core.feed.StockPush;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/stock}: a merchant's system pushes stock lines
 * {@code {"lines": [{"storeCode", "gtin" | "sku", "quantity", "price"?}]}} with its API key as bearer
 * token and an {@code Idempotency-Key}. The lines go through the same import pipeline as files, as a
 * delta: good lines are applied, bad ones come back with line, column and reason.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    /** The largest body accepted; bigger batches are split by the client or sent as a file. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final int REJECTIONS_SHOWN = 100;

    @Inject
    private ApiKeys apiKeys;

    @Inject
    private StockPush push;

    @Inject
    private FeedHistory history;

    /** The answer: the import's counts and the first rejected lines. */
    @JsonbPropertyOrder({"importId", "status", "message", "read", "applied", "unchanged", "rejected", "rejections"})
    public record Result(long importId, String status, String message, long read, long applied, long unchanged, long rejected,
            List<Rejection> rejections) {
    }

    /** A line that was not applied: the reason in English and as a code a till system can act on. */
    @JsonbPropertyOrder({"line", "field", "value", "reason", "reasonCode"})
    public record Rejection(long line, String field, String value, String reason, String reasonCode) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push stock and prices of a merchant's stores")
    @APIResponse(responseCode = "200", description = "Applied (or unchanged); rejected lines are listed")
    @APIResponse(responseCode = "202", description = "The first request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or the body is not the documented JSON")
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key")
    @APIResponse(responseCode = "413", description = "Body larger than 5 MB")
    @APIResponse(responseCode = "422", description = "Refused: too many bad lines, nothing applied; or the key was used for another body")
    public Response push(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body) throws IOException {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        Long merchantId = apiKeys.authenticate(token).orElse(null);
        if (merchantId == null) {
            return ErrorMappers.error(Response.Status.UNAUTHORIZED, "unauthorized",
                    "Send the merchant's API key as 'Authorization: Bearer isk_...'; this one is missing, unknown or revoked.");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new BadRequestException("Send an Idempotency-Key header of 1 to 100 characters");
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return ErrorMappers.error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                    "The body is larger than 5 MB; send fewer lines per request.");
        }
        if (bytes.length == 0) {
            throw new BadRequestException("The body is empty; send {\"lines\": [...]}.");
        }
        ImportProgress progress;
        try {
            progress = push.push(merchantId, idempotencyKey.strip(), bytes);
        } catch (StockPush.KeyConflictException e) {
            return e.inProgress()
                    ? Response.status(Response.Status.ACCEPTED).entity(new ApiError("in_progress", e.getMessage())).build()
                    : Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(new ApiError("idempotency_key_reused", e.getMessage())).build();
        }
        Result result = result(progress);
        return switch (progress.status()) {
            case SUCCEEDED, DUPLICATE -> Response.ok(result).build();
            case RUNNING -> Response.status(Response.Status.ACCEPTED).entity(result).build();
            case REFUSED -> Response.status(422).entity(result).build();
            case FAILED -> Response.status(Response.Status.BAD_REQUEST).entity(result).build();
        };
    }

    private Result result(ImportProgress p) {
        List<Rejection> rejections = p.rowsRejected() == 0 ? List.of() : history.rejectedRows(p.id(), REJECTIONS_SHOWN).stream()
                .map(StockResource::rejection).toList();
        String status = p.status() == ImportStatus.DUPLICATE ? "unchanged" : p.status().name().toLowerCase(Locale.ROOT);
        return new Result(p.id(), status, p.message() == null ? null : p.message().english(), p.rowsRead(), p.rowsApplied(), p.rowsUnchanged(), p.rowsRejected(),
                rejections);
    }

    private static Rejection rejection(FeedProblem problem) {
        return new Rejection(problem.lineNumber(), problem.column(), problem.value(), problem.reason().english(),
                problem.reason().code().name());
    }
}
