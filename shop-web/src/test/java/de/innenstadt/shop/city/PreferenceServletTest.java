// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreferenceServletTest {

    @Test
    void theSwitchReturnsToThePageItWasPressedOn() {
        assertThat(PreferenceServlet.localPath("/search?q=schuhe&openNow=true")).isEqualTo("/search?q=schuhe&openNow=true");
    }

    @Test
    void theSwitchNeverRedirectsToAnotherHost() {
        assertThat(PreferenceServlet.localPath("//evil.example/")).isEqualTo("/");
        assertThat(PreferenceServlet.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(PreferenceServlet.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(PreferenceServlet.localPath("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(PreferenceServlet.localPath(null)).isEqualTo("/");
    }
}
