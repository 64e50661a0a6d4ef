// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The {@code token_chars} option of the n-gram tokenizers: which characters belong to a token, everything else
 * splits.
 *
 * <p>An empty list keeps every character, which is Elastic's default and what makes an n-gram tokenizer
 * without options produce grams across spaces.
 */
final class TokenChars implements IntPredicate {

    /** Matches every code point. */
    static final TokenChars ALL = new TokenChars(List.of(c -> true));

    private final List<IntPredicate> classes;

    private TokenChars(List<IntPredicate> classes) {
        this.classes = classes;
    }

    /**
     * Parses the class names {@code letter}, {@code digit}, {@code whitespace}, {@code punctuation},
     * {@code symbol} and {@code custom} (the latter taking its characters from {@code customChars}).
     */
    static TokenChars parse(List<String> names, String customChars) {
        if (names == null || names.isEmpty()) {
            return ALL;
        }
        List<IntPredicate> classes = new ArrayList<>();
        for (String name : names) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "letter" -> classes.add(Character::isLetter);
                case "digit" -> classes.add(Character::isDigit);
                case "whitespace" -> classes.add(Character::isWhitespace);
                case "punctuation" -> classes.add(TokenChars::isPunctuation);
                case "symbol" -> classes.add(TokenChars::isSymbol);
                case "custom" -> {
                    if (customChars == null || customChars.isEmpty()) {
                        throw new IllegalArgumentException("Token type: [custom] requires setting [custom_token_chars]");
                    }
                    int[] custom = customChars.codePoints().toArray();
                    classes.add(c -> contains(custom, c));
                }
                default -> throw new IllegalArgumentException("Unknown token type: [" + name
                    + "], must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
            }
        }
        return new TokenChars(List.copyOf(classes));
    }

    @Override
    public boolean test(int codePoint) {
        for (IntPredicate c : classes) {
            if (c.test(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] codePoints, int c) {
        for (int cp : codePoints) {
            if (cp == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
