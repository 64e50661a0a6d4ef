// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The colour and size choice of one article as the product page offers it: every colour and every
 * size, each leading to the variant that has it. Choosing a colour keeps the size when that colour
 * comes in it, so a shopper who picked 42 stays at 42; choosing a size keeps the colour likewise.
 */
public final class ArticleVariants {

    /** One variant of the article and whether some store has it on the shelf. */
    public record Variant(long productId, String color, String size, boolean onShelf) {
    }

    /** A choice on the page: its label, the variant it leads to, whether it is the current one. */
    public record Option(String label, long productId, boolean current, boolean onShelf) {
    }

    private final List<Variant> variants;
    private final Variant current;

    private ArticleVariants(List<Variant> variants, Variant current) {
        this.variants = variants;
        this.current = current;
    }

    /** The choice around {@code currentProductId}; empty when it is not among the variants. */
    public static Optional<ArticleVariants> around(List<Variant> variants, long currentProductId) {
        return variants.stream().filter(v -> v.productId() == currentProductId).findFirst()
                .map(current -> new ArticleVariants(List.copyOf(variants), current));
    }

    /** Every colour of the article, in the order first seen; empty when the article has no colours. */
    public List<Option> colors() {
        Map<String, Option> options = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (v.color() != null && !options.containsKey(v.color())) {
                Variant target = variants.stream()
                        .filter(o -> v.color().equals(o.color()) && Objects.equals(o.size(), current.size()))
                        .findFirst().orElse(v);
                boolean onShelf = variants.stream().anyMatch(o -> v.color().equals(o.color()) && o.onShelf());
                options.put(v.color(), new Option(v.color(), target.productId(), v.color().equals(current.color()), onShelf));
            }
        }
        return options.size() > 1 ? List.copyOf(options.values()) : List.of();
    }

    /**
     * Every size of the article in shelf order, each leading to the variant of that size in the
     * current colour, or in another colour where the current one does not come in that size: a
     * shopper who found the olive jacket in 122 sees that it also exists in 128, if only in grey.
     * Empty when the article has fewer than two sizes.
     */
    public List<Option> sizes() {
        Map<String, Option> options = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (v.size() == null || options.containsKey(v.size())) {
                continue;
            }
            Variant target = variants.stream()
                    .filter(o -> v.size().equals(o.size()) && Objects.equals(o.color(), current.color()))
                    .findFirst().orElse(v);
            options.put(v.size(), new Option(v.size(), target.productId(), v.size().equals(current.size()),
                    target.onShelf()));
        }
        if (options.size() < 2) {
            return List.of();
        }
        return SizeOrder.sortedBy(new ArrayList<>(options.values()), Option::label);
    }
}
