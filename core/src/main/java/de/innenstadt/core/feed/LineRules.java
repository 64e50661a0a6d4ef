// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.CheckedLine.Rejected;
import java.util.TreeSet;

/**
 * The checks that need only the merchant's stores and the lines seen so far: which store a line is for, and
 * whether it repeats an earlier line. Both passes run them in the same order, so they agree on every line.
 */
final class LineRules {
    private final MerchantFeed merchant;
    /** Hashes of the product keys seen so far, per store. */
    private final StoreKeys seenKeys = new StoreKeys();

    LineRules(MerchantFeed merchant) {
        this.merchant = merchant;
    }

    /**
     * A stock line needs a store: its code, or none when the merchant has only one store or the file is one store's.
     * A line without quantity and store code is a catalogue line for all stores (store 0), unless the file is one
     * store's. Only the first line of a store and product counts.
     */
    CheckedLine check(long event, FeedLine line) {
        long storeId;
        boolean withoutCode = line.storeCode() == null || line.storeCode().isBlank();
        if (withoutCode && merchant.fileStoreId() != null) {
            storeId = merchant.fileStoreId();
        } else if (withoutCode) {
            if (line.quantity() != null && merchant.storeIds().size() != 1) {
                return new Rejected(new FeedProblem(line.lineNumber(), "storeCode", null,
                        FeedText.of(FeedText.Code.STORE_CODE_NEEDED)));
            }
            storeId = line.quantity() != null ? merchant.storeIds().get(0) : 0;
        } else {
            Long id = merchant.storesByCode().get(line.storeCode().strip());
            if (id == null) {
                return new Rejected(new FeedProblem(line.lineNumber(), "storeCode", line.storeCode(),
                        FeedText.of(FeedText.Code.STORE_CODE_UNKNOWN, String.join(", ", new TreeSet<>(merchant.storesByCode().keySet())))));
            }
            storeId = id;
        }
        String productKey = productKey(line);
        if (!seenKeys.add(storeId, keyHash(productKey))) {
            return new Rejected(new FeedProblem(line.lineNumber(), idColumn(line), idValue(line),
                    FeedText.of(FeedText.Code.DUPLICATE_LINE)));
        }
        return new Pending(event, line, storeId, productKey);
    }

    /**
     * Whether a line names its product by a GTIN that every merchant shares: a valid GTIN outside the ranges shops
     * number their own goods with (an unchecked or invalid one is kept as it came, and shared as well).
     */
    static boolean isSharedGtin(FeedLine line) {
        if (line.gtin() == null) {
            return false;
        }
        String gtin = line.gtin().strip();
        return Gtin.problemWith(gtin) != null || !Gtin.isInStoreNumber(gtin);
    }

    /** How a line names its product: {@code g:} and a shared GTIN, or {@code s:} and the merchant's own number. */
    static String productKey(FeedLine line) {
        return isSharedGtin(line) ? "g:" + line.gtin() : "s:" + (line.sku() != null ? line.sku() : line.gtin());
    }

    /** The column a problem with the line's product reports: the GTIN when the line has one. */
    static String idColumn(FeedLine line) {
        return line.gtin() != null ? "gtin" : "sku";
    }

    static String idValue(FeedLine line) {
        return line.gtin() != null ? line.gtin() : line.sku();
    }

    /** FNV-1a: duplicates are tracked by a number per key, which keeps a million lines' keys in a few megabytes. */
    private static long keyHash(String productKey) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < productKey.length(); i++) {
            hash ^= productKey.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
