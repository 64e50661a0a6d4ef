// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.search.ProductSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/suggest?q=}: completions for the search box as the shopper types. */
@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    @Inject
    private ProductSearch search;

    /** The completions for what was typed. */
    public record Suggestions(String query, List<String> suggestions) {
    }

    @GET
    @Operation(summary = "Complete what the shopper has typed into product titles")
    @APIResponse(responseCode = "200", description = "Up to eight product titles")
    @APIResponse(responseCode = "400", description = "The text is too long")
    public Suggestions suggest(@QueryParam("q") String q) {
        try {
            return new Suggestions(q == null ? "" : q.strip(), search.suggest(q));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
