// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenCharsTest {

    @Test
    void emptyListKeepsEverything() {
        assertThat(TokenChars.parse(List.of(), null).test(' ')).isTrue();
    }

    @Test
    void lettersAndDigits() {
        TokenChars chars = TokenChars.parse(List.of("letter", "digit"), null);
        assertThat(chars.test('ä')).isTrue();
        assertThat(chars.test('7')).isTrue();
        assertThat(chars.test(' ')).isFalse();
        assertThat(chars.test('-')).isFalse();
    }

    @Test
    void punctuationSymbolAndCustom() {
        TokenChars chars = TokenChars.parse(List.of("punctuation", "symbol", "custom"), "+");
        assertThat(chars.test('-')).isTrue();
        assertThat(chars.test('€')).isTrue();
        assertThat(chars.test('+')).isTrue();
        assertThat(chars.test('a')).isFalse();
    }

    @Test
    void rejectsUnknownClassesAndCustomWithoutChars() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenChars.parse(List.of("vowel"), null));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenChars.parse(List.of("custom"), ""));
    }
}
