// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.shop.search.SearchSuggestions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/suggest?q=}: completions for the search box as the shopper types. */
@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    @Inject
    private SearchSuggestions suggestions;

    @Context
    private HttpHeaders headers;

    /** The completions for what was typed: their texts, and each with where it comes from. */
    public record Suggestions(String query, List<String> suggestions, List<SearchSuggestions.Suggestion> items) {
    }

    @GET
    @Operation(summary = "Complete what the shopper has typed: past searches, departments, words, brands, articles")
    @APIResponse(responseCode = "200", description = "Up to eight completions, each text once")
    @APIResponse(responseCode = "400", description = "The text is too long")
    public Suggestions suggest(@QueryParam("q") String q) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> !"*".equals(l.getLanguage())).orElse(Locale.GERMAN);
        try {
            List<SearchSuggestions.Suggestion> items = suggestions.complete(q, locale);
            return new Suggestions(q == null ? "" : q.strip(),
                    items.stream().map(SearchSuggestions.Suggestion::text).toList(), items);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
