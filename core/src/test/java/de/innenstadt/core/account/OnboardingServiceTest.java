// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.account.OnboardingService.Refusal;
import de.innenstadt.core.account.OnboardingService.RefusedException;
import de.innenstadt.core.merchant.Merchant;
import org.junit.jupiter.api.Test;

class OnboardingServiceTest {

    private final UserAccount account = UserAccount.forMerchant("anna@laden.example", "anna@laden.example", "Anna",
            new Merchant("laden", "Laden"));

    @Test
    void slugsAreUrlSafeAndReadable() {
        assertThat(OnboardingService.slugOf("Müller & Söhne")).isEqualTo("mueller-soehne");
        assertThat(OnboardingService.slugOf("  Café Größenwahn!  ")).isEqualTo("cafe-groessenwahn");
        assertThat(OnboardingService.slugOf("***")).isEqualTo("haendler");
    }

    @Test
    void shortPasswordsAndPasswordsContainingTheNameAreRefused() {
        assertThatThrownBy(() -> OnboardingService.checkPassword(account, "kurz".toCharArray()))
                .isInstanceOf(RefusedException.class).extracting(e -> ((RefusedException) e).refusal())
                .isEqualTo(Refusal.PASSWORD_TOO_SHORT);
        assertThatThrownBy(() -> OnboardingService.checkPassword(account, "x-ANNA@laden.example-x".toCharArray()))
                .extracting(e -> ((RefusedException) e).refusal()).isEqualTo(Refusal.PASSWORD_IS_NAME);
        OnboardingService.checkPassword(account, "Schaufenster-Herbst-2026".toCharArray());
    }
}
