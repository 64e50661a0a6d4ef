// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A portal session over plain HTTP, without a browser: logs in through the form, keeps the session
 * cookie, and posts Faces forms (full and AJAX) with the view state of the page they came from. It
 * lets tests send what no rendered page would offer, such as another merchant's ids.
 */
final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final CookieManager cookies = new CookieManager();
    private final String baseUrl;

    PortalClient() {
        this(TestPlatform.baseUrl());
    }

    /** A client that reaches the platform under another address, e.g. IPv6 loopback: another device to the portal. */
    PortalClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** A page as fetched, with the view state its forms post back. */
    record Page(int status, String body, Optional<String> viewState) {
    }

    /** Opens the login page and posts name and password; returns the answer to the POST. */
    HttpResponse<String> login(String username, String password) {
        Page form = get("/portal/login");
        return post("/portal/login", form, Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", ""));
    }

    /** Logs in and fails unless the portal accepted it (a redirect to the start page). */
    PortalClient loggedIn(String username, String password) {
        HttpResponse<String> answer = login(username, password);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode() + " " + answer.body());
        }
        return this;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PORTALSESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    Page get(String path) {
        return get(path, Map.of());
    }

    Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "de").GET();
        headers.forEach(request::header);
        HttpResponse<String> response = send(request.build());
        return page(response);
    }

    /** A full (non-AJAX) form post with the page's view state. */
    HttpResponse<String> post(String path, Page from, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "de")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(from, fields)))
                .build());
    }

    /** An AJAX post of a button as PrimeFaces sends it, executing {@code execute} and rendering the form. */
    HttpResponse<String> ajax(String path, Page from, String form, String button, String execute, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", button);
        all.put("jakarta.faces.partial.execute", execute);
        all.put("jakarta.faces.partial.render", form);
        all.put(button, button);
        all.put(form, form);
        all.putAll(fields);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "de")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form(from, all)))
                .build());
    }

    /** A multipart post of plain fields and one file, as a browser sends the feed upload form. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, String content) {
        String boundary = "----innenstadt-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "de")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build());
    }

    /** The page after an AJAX answer: the same page with the view state the answer carries, if it sent a new one. */
    static Page after(Page page, HttpResponse<String> ajaxAnswer) {
        Matcher state = PARTIAL_VIEW_STATE.matcher(ajaxAnswer.body());
        return state.find() ? new Page(page.status(), page.body(), Optional.of(state.group(1))) : page;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Page page(HttpResponse<String> response) {
        Matcher viewState = VIEW_STATE.matcher(response.body());
        return new Page(response.statusCode(), response.body(),
                viewState.find() ? Optional.of(viewState.group(1).replace("&#58;", ":")) : Optional.empty());
    }

    private static String form(Page from, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        from.viewState().ifPresent(state -> all.put("jakarta.faces.ViewState", state));
        return all.entrySet().stream().map(e -> TestPlatform.encode(e.getKey()) + "=" + TestPlatform.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
