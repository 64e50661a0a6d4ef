// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnAfterLoginTest {

    @Test
    void thePageTheOwnerWasOnIsTakenFromItsAddress() {
        assertThat(ReturnAfterLogin.pageOf("https://innenstadt.example/portal/merchant/offers?page=2", "/portal"))
                .contains("/merchant/offers");
        assertThat(ReturnAfterLogin.pageOf("http://localhost:8080/portal/merchant/reservations.xhtml", "/portal"))
                .contains("/merchant/reservations.xhtml");
    }

    @Test
    void nothingButAPortalPageIsEverReturnedTo() {
        assertThat(ReturnAfterLogin.pageOf("https://elsewhere.example/phish", "/portal")).isEmpty();
        assertThat(ReturnAfterLogin.pageOf("http://localhost:8080/search?q=x", "/portal")).isEmpty();
        assertThat(ReturnAfterLogin.pageOf(null, "/portal")).isEmpty();
        assertThat(ReturnAfterLogin.checked("//elsewhere.example/merchant/offers")).isEmpty();
        assertThat(ReturnAfterLogin.checked("/merchant/../../admin")).isEmpty();
        assertThat(ReturnAfterLogin.checked("https://elsewhere.example/merchant/offers")).isEmpty();
        assertThat(ReturnAfterLogin.checked("/login")).isEmpty();
        assertThat(ReturnAfterLogin.checked("/merchant/offers")).contains("/merchant/offers");
    }
}
