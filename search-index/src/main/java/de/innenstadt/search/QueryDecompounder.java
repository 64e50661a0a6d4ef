// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Splits German compounds in a query ("Kinderschuhe" → "kinder schuhe") with the same word list the
 * index uses, so that a compound finds products described in separate words ("Schuhe für Kinder").
 *
 * <p>Elasticsearch's decompounder keeps the whole word at the same position as its parts, which a
 * match query treats as alternatives; splitting in the query instead lets the parts be required
 * together. The index side decompounds too, so separate words also find the compound.
 */
public final class QueryDecompounder {

    static final String WORD_LIST = "/elasticsearch/compound-words.txt";

    /** Linking elements (Fugen) between parts, and plural endings after the last part. */
    private static final List<String> JOINTS = List.of("", "s", "n", "e", "en", "es", "er");
    private static final int MIN_PART = 3;
    /** Compounds of more than three words are rare, and joining a long query finds nothing. */
    private static final int MAX_JOINED_WORDS = 3;

    private final Set<String> words;

    public QueryDecompounder(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled word list, also sent to Elasticsearch for index-time decompounding. */
    public static QueryDecompounder bundled() {
        return new QueryDecompounder(bundledWords());
    }

    /** The compound word list and the vocabulary's retail product types. */
    static Set<String> bundledWords() {
        Set<String> words = new TreeSet<>(SearchVocabulary.productTypes());
        try (InputStream in = QueryDecompounder.class.getResourceAsStream(WORD_LIST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WORD_LIST, e);
        }
    }

    public Set<String> words() {
        return words;
    }

    /** The text with every compound replaced by its parts; empty when nothing was split. */
    public Optional<String> expand(String text) {
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            List<String> parts = split(token.toLowerCase(Locale.GERMAN));
            if (parts.size() > 1) {
                out.addAll(parts);
                changed = true;
            } else {
                out.add(token);
            }
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /**
     * The words written together, as German writes compounds („lauf schuhe“ → „laufschuhe“,
     * „kinder schuhe“ → „kinderschuhe“); empty for a single word or a long query.
     */
    public Optional<String> join(String text) {
        String[] tokens = text.strip().toLowerCase(Locale.GERMAN).split("\\s+");
        if (tokens.length < 2 || tokens.length > MAX_JOINED_WORDS) {
            return Optional.empty();
        }
        for (String token : tokens) {
            if (token.length() < MIN_PART || !token.chars().allMatch(Character::isLetter)) {
                return Optional.empty();
            }
        }
        return Optional.of(String.join("", tokens));
    }

    /**
     * The parts of a word, fewest first, at least two; the word itself when it cannot be split
     * completely. A word that is itself in the list („kinderschuhe“, a retail product type) is split
     * all the same when its parts are known, so that it also finds „Schuhe für Kinder“.
     */
    List<String> split(String word) {
        if (word.length() < 2 * MIN_PART) {
            return List.of(word);
        }
        List<String> parts = splitFrom(word, 0, new HashMap<>(), word);
        return parts == null ? List.of(word) : parts;
    }

    private List<String> splitFrom(String word, int start, Map<Integer, List<String>> memo, String whole) {
        if (memo.containsKey(start)) {
            return memo.get(start);
        }
        List<String> best = null;
        for (int end = word.length(); end >= start + MIN_PART; end--) {
            String part = word.substring(start, end);
            if (!words.contains(part) || part.equals(whole)) {
                continue;
            }
            for (String joint : JOINTS) {
                int next = end + joint.length();
                if (!word.startsWith(joint, end)) {
                    continue;
                }
                List<String> candidate;
                if (next == word.length()) {
                    if (start == 0) {
                        continue;
                    }
                    candidate = List.of(part);
                } else {
                    List<String> rest = splitFrom(word, next, memo, whole);
                    if (rest == null) {
                        continue;
                    }
                    candidate = new ArrayList<>(rest.size() + 1);
                    candidate.add(part);
                    candidate.addAll(rest);
                }
                if (best == null || candidate.size() < best.size()) {
                    best = candidate;
                }
            }
        }
        memo.put(start, best);
        return best;
    }
}
