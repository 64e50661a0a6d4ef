// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.elasticsearch.common.settings.Settings;

import java.util.Locale;

/**
 * Builds the ICU normalizers behind {@code icu_folding} and {@code icu_normalizer}.
 *
 * <p>Settings as in Elastic's ICU plugin: {@code name} ({@code nfc}, {@code nfkc}, {@code nfkc_cf} — the default),
 * {@code mode} ({@code compose} or {@code decompose}) and {@code unicode_set_filter}, which limits the normalizer
 * to a set of characters (e.g. {@code "[^åäöÅÄÖ]"} to keep Swedish letters unfolded).
 */
final class IcuNormalizers {

    private IcuNormalizers() {
    }

    /** The UTR#30 folding normalizer (case, accents, width, ...), optionally restricted. */
    static Normalizer2 folding(Settings settings) {
        return restrict(ICUFoldingFilter.NORMALIZER, settings);
    }

    /** A Unicode normalization form, optionally restricted. */
    static Normalizer2 normalizer(Settings settings) {
        String name = settings.get("name", "nfkc_cf");
        String mode = settings.get("mode", "compose").toLowerCase(Locale.ROOT);
        Normalizer2.Mode icuMode = switch (mode) {
            case "compose" -> Normalizer2.Mode.COMPOSE;
            case "decompose" -> Normalizer2.Mode.DECOMPOSE;
            default -> throw new IllegalArgumentException("Invalid mode [" + mode + "], must be compose or decompose");
        };
        return restrict(Normalizer2.getInstance(null, name, icuMode), settings);
    }

    private static Normalizer2 restrict(Normalizer2 normalizer, Settings settings) {
        String filter = settings.get("unicode_set_filter");
        if (filter == null) {
            return normalizer;
        }
        UnicodeSet set = new UnicodeSet(filter);
        if (set.isEmpty()) {
            throw new IllegalArgumentException("unicode_set_filter [" + filter + "] matches no characters");
        }
        return new FilteredNormalizer2(normalizer, set.freeze());
    }
}
