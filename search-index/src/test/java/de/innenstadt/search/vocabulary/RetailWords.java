// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The curated word lists that steer the generator: the retail anchors with their broad words
 * ({@code retail-anchors.txt}) and the reviewed exclusions ({@code openthesaurus-exclusions.txt}).
 *
 * @param anchors  product types, lower case: a synonym set is kept only when it names one of them
 * @param generic  broad words, lower case: anchors too, but only ever reached one way from specific words
 * @param excluded terms never written into a rule
 * @param wrongSenses members whose presence marks a set as the wrong sense of an anchor ({@code rockmusik})
 * @param excludedBeside term and companion: the term is dropped from sets that contain the companion
 */
record RetailWords(Set<String> anchors, Set<String> generic, Set<String> excluded, Set<String> wrongSenses,
        Set<List<String>> excludedBeside) {

    private static final String WARES = "[waren]";
    private static final String GENERIC = "[oberbegriffe]";
    private static final String SET_PREFIX = "set:";
    private static final String BESIDE = "@";

    /**
     * Reads both lists. Anchors: one noun per line in the sections {@code [waren]} and {@code [oberbegriffe]}.
     * Exclusions: {@code term}, {@code set: member} or {@code term @ companion}. {@code #} starts a comment.
     */
    static RetailWords parse(List<String> anchorLines, List<String> exclusionLines) {
        Set<String> anchors = new LinkedHashSet<>();
        Set<String> generic = new LinkedHashSet<>();
        Set<String> section = null;
        for (String line : content(anchorLines)) {
            if (line.equals(WARES)) {
                section = anchors;
            } else if (line.equals(GENERIC)) {
                section = generic;
            } else if (section == null) {
                throw new IllegalArgumentException("Anchor outside a section: " + line);
            } else {
                section.add(NounLexicon.lower(line));
            }
        }
        anchors.addAll(generic);
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> wrongSenses = new LinkedHashSet<>();
        Set<List<String>> beside = new LinkedHashSet<>();
        for (String line : content(exclusionLines)) {
            String lower = NounLexicon.lower(line);
            if (lower.startsWith(SET_PREFIX)) {
                wrongSenses.add(lower.substring(SET_PREFIX.length()).trim());
            } else if (lower.contains(BESIDE)) {
                String[] pair = lower.split(BESIDE, 2);
                beside.add(List.of(pair[0].trim(), pair[1].trim()));
            } else {
                excluded.add(lower);
            }
        }
        return new RetailWords(Set.copyOf(anchors), Set.copyOf(generic), Set.copyOf(excluded), Set.copyOf(wrongSenses),
                Set.copyOf(beside));
    }

    /** The lines without comments and blanks, trimmed. */
    static List<String> content(List<String> lines) {
        return lines.stream()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
