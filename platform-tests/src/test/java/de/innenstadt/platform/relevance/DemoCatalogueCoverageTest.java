// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.demo.DemoCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The judgment set against the demo catalogue, without a platform: a rule that grades nothing 2 in
 * the city's demo is a broken rule (or a catalogue that lost a kind of goods), and it would silently
 * drop its query from the figures.
 */
class DemoCatalogueCoverageTest {

    /** Seed and size of the demo city, as DemoDataLoader loads it. */
    private static final long DEMO_SEED = 20_261_122L;
    private static final int DEMO_PRODUCTS = 5_200;

    /** Regional words for goods the demo does not have: kept, so the figures notice when a shop adds them. */
    private static final Set<String> NOT_IN_THE_DEMO = Set.of("grumbeere", "weck");

    private static final List<Hit> CATALOGUE = DemoCatalog.generate(DEMO_SEED, DEMO_PRODUCTS).stream()
            .map(p -> Hit.of(p.gtin(), p.title(), p.brand(), p.category(), null, false)).toList();

    @Test
    void everyQueryTheCityCanAnswerHasAnExactProductInTheDemo() {
        List<String> unanswered = Judgment.loadDefault().stream()
                .filter(j -> !j.unanswerable() && !NOT_IN_THE_DEMO.contains(j.query()))
                .filter(j -> CATALOGUE.stream().noneMatch(product -> j.rule().grade(product) == 2))
                .map(j -> j.query() + " (line " + j.line() + ")").toList();
        assertThat(unanswered).isEmpty();
    }

    @Test
    void theKnownGapsAreStillGaps() {
        Set<String> nowAnswerable = Judgment.loadDefault().stream()
                .filter(j -> NOT_IN_THE_DEMO.contains(j.query()))
                .filter(j -> CATALOGUE.stream().anyMatch(product -> j.rule().grade(product) == 2))
                .map(Judgment::query).collect(Collectors.toSet());
        assertThat(nowAnswerable).as("remove from NOT_IN_THE_DEMO").isEmpty();
    }

    @Test
    void theGtinsOfTheSetBelongToTheDemo() {
        Set<String> gtins = CATALOGUE.stream().map(Hit::gtin).collect(Collectors.toSet());
        assertThat(Judgment.loadDefault().stream().filter(j -> j.kind() == QueryKind.GTIN).map(Judgment::query))
                .allMatch(gtins::contains);
    }
}
