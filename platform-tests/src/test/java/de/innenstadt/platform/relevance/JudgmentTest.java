// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgmentTest {

    private static List<Judgment> read(String text) throws IOException {
        return Judgment.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void readsQueryKindRuleAndNoteSkippingHeaderCommentsAndEmptyLines() throws IOException {
        List<Judgment> judgments = read("""
                # SPDX-License-Identifier: EUPL-1.2
                query\tkind\trule\tnote

                schuhe\tgeneric\t2: type~/schuhe$/ ; 1: category=schuhe\tshoe care is 1
                döner\tnone\t-
                """);
        assertThat(judgments).hasSize(2);
        assertThat(judgments.get(0).query()).isEqualTo("schuhe");
        assertThat(judgments.get(0).kind()).isEqualTo(QueryKind.GENERIC);
        assertThat(judgments.get(0).rule().clauses()).hasSize(2);
        assertThat(judgments.get(0).note()).isEqualTo("shoe care is 1");
        assertThat(judgments.get(0).line()).isEqualTo(4);
        assertThat(judgments.get(1).unanswerable()).isTrue();
        assertThat(judgments.get(1).note()).isEmpty();
    }

    @Test
    void aBrokenLineStopsReadingWithFileAndLine() {
        assertThatThrownBy(() -> read("schuhe\tgeneric\n")).hasMessageStartingWith("test.tsv:1: expected 4 tab-separated");
        assertThatThrownBy(() -> read("schuhe\tshoes\t2: type~/schuh/\t\n"))
                .hasMessageStartingWith("test.tsv:1: unknown kind 'shoes'");
        assertThatThrownBy(() -> read("schuhe\tgeneric\t2: colour=rot\t\n"))
                .hasMessageStartingWith("test.tsv:1: column 4: unknown field 'colour'");
        assertThatThrownBy(() -> read("schuhe\tgeneric\t2: type~/schuh/\t\nSchuhe\tgeneric\t2: type~/schuh/\t\n"))
                .hasMessageStartingWith("test.tsv:2: the query 'Schuhe' appears twice");
    }

    @Test
    void onlyQueriesTheCityCannotAnswerGoWithoutAGradeTwoClause() {
        assertThatThrownBy(() -> read("döner\tnone\t2: type~/döner/\t\n"))
                .hasMessageContaining("must not have a grade-2 clause");
        assertThatThrownBy(() -> read("schuhe\tgeneric\t1: category=schuhe\t\n"))
                .hasMessageContaining("needs a grade-2 clause");
    }

    @Test
    void theJudgmentSetHasEnoughQueriesOfEveryKind() {
        List<Judgment> judgments = Judgment.loadDefault();
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(220);
        for (QueryKind kind : QueryKind.values()) {
            assertThat(judgments.stream().filter(j -> j.kind() == kind).count()).as(kind.code())
                    .isGreaterThanOrEqualTo(kind == QueryKind.GTIN ? 5 : 10);
        }
    }
}
