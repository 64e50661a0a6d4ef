// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MerchantQueueTest {

    @Test
    void aPickupCodeIsRecognisedAsTheCustomerSpellsItOut() {
        assertThat(MerchantQueue.pickupCode("KQJEZ5")).contains("KQJEZ5");
        assertThat(MerchantQueue.pickupCode(" kqj ez5 ")).contains("KQJEZ5");
        assertThat(MerchantQueue.pickupCode("KQJ-EZ5")).contains("KQJEZ5");
        // letters the alphabet leaves out (0, O, 1, I, L) cannot be a code, nor can a name of six letters outside it
        assertThat(MerchantQueue.pickupCode("KQJEZ0")).isEmpty();
        assertThat(MerchantQueue.pickupCode("Müller")).isEmpty();
        assertThat(MerchantQueue.pickupCode("KQJEZ")).isEmpty();
    }

    @Test
    void aPhoneNumberIsComparedByItsDigitsWithTheCountryCodeAsZero() {
        assertThat(MerchantQueue.digits("0631 12 34 56")).isEqualTo("063112 3456".replace(" ", ""));
        assertThat(MerchantQueue.digits("+49 631 123456")).isEqualTo("0631123456");
        assertThat(MerchantQueue.digits("0049 (631) 123456")).isEqualTo("0631123456");
        assertThat(MerchantQueue.digits("3456")).isEqualTo("3456");
        assertThat(MerchantQueue.digits("Müßig")).isEmpty();
        assertThat(MerchantQueue.digits("12")).as("too short to mean a number").isEmpty();
    }

    @Test
    void aScannedStatusLinkGivesItsTokenAndNothingElseDoes() {
        String token = "q3ZbV1m8Yy0hNn2Kx5QdR7tW9aLcE4sF6gH8jJ0kM1p";
        assertThat(MerchantQueue.statusToken("https://innenstadt.kaiserslautern.de/reservation?token=" + token)).contains(token);
        assertThat(MerchantQueue.statusToken("http://localhost:8080/reservation?lang=de&token=" + token + "#top")).contains(token);
        assertThat(MerchantQueue.statusToken("https://example.org/other?token=" + token)).isEmpty();
        assertThat(MerchantQueue.statusToken("KQJEZ5")).isEmpty();
        assertThat(MerchantQueue.statusToken(null)).isEmpty();
    }
}
