// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPushParserTest {

    private final List<FeedLine> lines = new ArrayList<>();
    private final List<FeedProblem> problems = new ArrayList<>();
    private final FeedSink sink = new FeedSink() {
        @Override
        public void accept(FeedLine line) {
            lines.add(line);
        }

        @Override
        public void reject(FeedProblem problem) {
            problems.add(problem);
        }
    };

    private void parse(String json) throws FeedFormatException {
        new JsonPushParser().parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FeedParseOptions.detect(), sink);
    }

    @Test
    void goodLinesAreAcceptedAndBadOnesRejectedWithLineColumnAndReason() throws Exception {
        parse("""
                {"meta": {"x": [1]}, "lines": [
                  {"storeCode": "KL-01", "gtin": "4006381333931", "quantity": 5, "price": "12.99"},
                  {"storeCode": "KL-01", "sku": "A-7", "price": 3.5},
                  {"storeCode": "KL-01", "gtin": "4006381333932", "quantity": 1},
                  {"storeCode": "KL-01", "gtin": "4006381333931", "quantity": -1},
                  {"storeCode": "KL-01", "gtin": "4006381333931", "quantity": 1.5},
                  {"storeCode": "KL-01", "gtin": "4006381333931", "quantity": 1, "price": "1.999"},
                  {"gtin": "4006381333931", "quantity": 1},
                  "nonsense"
                ]}""");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).price().cents()).isEqualTo(1299);
        assertThat(lines.get(0).quantity()).isEqualTo(5);
        assertThat(lines.get(1).sku()).isEqualTo("A-7");
        assertThat(lines.get(1).price().cents()).isEqualTo(350);
        assertThat(lines.get(1).quantity()).isNull();
        assertThat(problems).extracting(FeedProblem::lineNumber).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(problems).extracting(FeedProblem::column).containsExactly("gtin", "quantity", "quantity", "price", "storeCode", null);
        assertThat(problems.get(0).reason().english()).contains("check digit");
    }

    @Test
    void aBodyThatIsNotTheDocumentedJsonIsRefusedWhole() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(FeedFormatException.class);
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOf(FeedFormatException.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> parse("{\"items\": []}")).isInstanceOf(FeedFormatException.class).hasMessageContaining("no \"lines\"");
        assertThatThrownBy(() -> parse("{\"lines\": [{\"storeCode\": ")).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parse("\u0000\u0001\u00ff garbage")).isInstanceOf(FeedFormatException.class);
    }
}
