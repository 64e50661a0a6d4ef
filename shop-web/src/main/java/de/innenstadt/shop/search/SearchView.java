// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchRequest;
import de.innenstadt.search.SearchResult;
import de.innenstadt.search.SearchUnavailableException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The results page at {@code /search?q=…}: a GET request in, a page out, so it works without JavaScript. */
@Named
@RequestScoped
public class SearchView {

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

    @Inject
    private ProductSearch search;

    @Inject
    private SearchCounter counter;

    private String query;
    private SearchResult result = new SearchResult(0, 0, 20, List.of(), Map.of());
    private boolean unavailable;

    public void load() {
        String text = query == null ? "" : query.strip();
        if (text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
        }
        try {
            result = search.search(SearchRequest.of(text));
            counter.count(text, result.total());
        } catch (SearchUnavailableException e) {
            LOG.log(Level.WARNING, "Search unavailable for the results page", e);
            unavailable = true;
        }
    }

    public String price(SearchResult.OfferHit offer) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(offer.currency()));
        return format.format(BigDecimal.valueOf(offer.priceCents(), 2));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
