// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalPageHtmlTest {

    @Test
    void structureLinksAndAddressesStayAsTyped() {
        String page = "<h2>Kontakt</h2><p>Stadt <abbr title=\"Landau in der Pfalz\">LD</abbr>, <strong>Innenstadt</strong>"
                + "</p><address>Marktstraße 50<br>76829 Landau</address><ul><li><a href=\"mailto:a@b.example\">a@b.example</a>"
                + "</li><li><a href=\"tel:+496341130\">06341 130</a></li><li><a href=\"https://www.landau.de\">landau.de</a></li>"
                + "</ul><table><tr><th>Tag</th><td>Mo</td></tr></table>";

        LegalPageHtml.Cleaned cleaned = LegalPageHtml.clean(page);

        assertThat(cleaned.changed()).isFalse();
        assertThat(cleaned.html()).contains("<h2>Kontakt</h2>", "<abbr title=\"Landau in der Pfalz\">LD</abbr>",
                "<address>Marktstraße 50<br>76829 Landau</address>", "href=\"mailto:a@b.example\"", "href=\"tel:+496341130\"",
                "href=\"https://www.landau.de\"", "<th>Tag</th>");
    }

    @Test
    void scriptsHandlersScriptLinksPicturesAndFramesAreTakenAwayAndSaidSo() {
        String page = "<p onclick=\"steal()\">Text</p><script>steal()</script><a href=\"javascript:steal()\">Link</a>"
                + "<img src=\"https://tracker.example/pixel.gif\" alt=\"\"><iframe src=\"https://x.example\"></iframe>"
                + "<p style=\"background:url(https://tracker.example)\">Stil</p>";

        LegalPageHtml.Cleaned cleaned = LegalPageHtml.clean(page);

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.html()).contains("<p>Text</p>", "Link", "<p>Stil</p>")
                .doesNotContain("onclick", "script", "javascript", "img", "tracker", "iframe", "style");
    }

    @Test
    void nothingIsNothing() {
        assertThat(LegalPageHtml.clean(null).isEmpty()).isTrue();
        assertThat(LegalPageHtml.clean("  <p> </p><script>alert(1)</script> ").isEmpty()).isTrue();
        assertThat(LegalPageHtml.clean("<p>Gebärdensprache: <a href=\"https://video.example\">Video</a></p>").isEmpty()).isFalse();
    }
}
