// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.feed.Resolution.ProductRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductCacheTest {

    private static ProductRow row(long id, String description) {
        return new ProductRow(id, null, "Produkt " + id, null, description, null, null, null, null, null);
    }

    @Test
    void aProductThatWasNotFoundIsKnownAsMissingUntilProductsAreCreated() {
        ProductCache cache = new ProductCache();

        cache.remember(List.of("g:1", "g:2"), Map.of("g:1", row(1, null)));

        assertThat(cache.knows("g:2")).isTrue();
        assertThat(cache.find("g:2")).isEmpty();
        assertThat(cache.find("g:1")).contains(row(1, null));

        cache.forgetMissing();
        cache.remember(List.of("g:3"), Map.of());

        assertThat(cache.knows("g:2")).isFalse();
        assertThat(cache.knows("g:3")).isFalse();
        assertThat(cache.knows("g:1")).isTrue();
    }

    @Test
    void longDescriptionsAreNotKept() {
        ProductCache cache = new ProductCache();

        cache.remember(List.of("g:1"), Map.of("g:1", row(1, "x".repeat(ProductCache.MAX_DESCRIPTION + 1))));

        assertThat(cache.knows("g:1")).isFalse();
    }

    @Test
    void theLeastRecentlyUsedProductGoesFirst() {
        ProductCache cache = new ProductCache(2);
        cache.remember(List.of("g:1", "g:2"), Map.of("g:1", row(1, null), "g:2", row(2, null)));
        cache.find("g:1");

        cache.remember(List.of("g:3"), Map.of("g:3", row(3, null)));

        assertThat(cache.knows("g:1")).isTrue();
        assertThat(cache.knows("g:2")).isFalse();
        assertThat(cache.knows("g:3")).isTrue();
    }

    @Test
    void aProductTheImportChangedIsReadAgain() {
        ProductCache cache = new ProductCache();
        cache.remember(List.of("g:1"), Map.of("g:1", row(1, null)));

        cache.forget("g:1");

        assertThat(cache.knows("g:1")).isFalse();
    }
}
