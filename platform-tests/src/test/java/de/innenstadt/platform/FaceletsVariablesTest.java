// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build check over every Facelets page of both web applications: no {@code var} or
 * {@code varStatus} may take the name of an EL implicit object. EL resolves implicit objects
 * before the loop variable, so {@code var="header"} renders the request-header map (session
 * cookie included) instead of the loop value, and no scanner notices because the markup stays
 * valid.
 */
class FaceletsVariablesTest {

    /** The implicit objects of Jakarta EL and Jakarta Faces (Faces 4.0, section 5.6.2). */
    static final Set<String> IMPLICIT_OBJECTS = Set.of("header", "headerValues", "param", "paramValues",
            "cookie", "request", "session", "view", "application", "flash", "resource", "component", "cc",
            "initParam", "facesContext", "applicationScope", "sessionScope", "requestScope", "viewScope",
            "flowScope");

    private static final Pattern VARIABLE = Pattern.compile("\\bvar(?:Status)?\\s*=\\s*\"([^\"]*)\"");

    private static final List<Path> WEB_ROOTS = List.of(
            Path.of("..", "shop-web", "src", "main", "webapp"),
            Path.of("..", "merchant-portal", "src", "main", "webapp"));

    @Test
    void noFaceletsVariableShadowsAnImplicitObject() throws IOException {
        List<String> shadowing = new ArrayList<>();
        int pages = 0;
        for (Path root : WEB_ROOTS) {
            assertThat(root).as("web root of a module").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path page : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                    pages++;
                    shadowing.addAll(shadowingVariables(page));
                }
            }
        }
        assertThat(pages).as("Facelets pages checked").isGreaterThan(20);
        assertThat(shadowing).as("Facelets variables named like an EL implicit object").isEmpty();
    }

    @Test
    void theCheckRecognisesTheHeaderLeak() {
        assertThat(shadowingVariables("<ui:repeat value=\"#{t.headers()}\" var=\"header\">", "leak.xhtml"))
                .containsExactly("leak.xhtml:1 var=\"header\"");
        assertThat(shadowingVariables("<ui:repeat value=\"#{t.rows()}\" var=\"row\" varStatus=\"view\">", "leak.xhtml"))
                .containsExactly("leak.xhtml:1 var=\"view\"");
        assertThat(shadowingVariables("<ui:repeat value=\"#{t.headers()}\" var=\"heading\">", "fine.xhtml")).isEmpty();
    }

    private static List<String> shadowingVariables(Path page) throws IOException {
        return shadowingVariables(Files.readString(page), page.toString());
    }

    private static List<String> shadowingVariables(String markup, String name) {
        List<String> found = new ArrayList<>();
        String[] lines = markup.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            Matcher variable = VARIABLE.matcher(lines[line]);
            while (variable.find()) {
                if (IMPLICIT_OBJECTS.contains(variable.group(1).trim())) {
                    found.add(name + ":" + (line + 1) + " var=\"" + variable.group(1) + "\"");
                }
            }
        }
        return found;
    }
}
