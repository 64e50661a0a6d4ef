// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A counter API on a free local port, answering with the JSON set per path and checking the token. */
final class CounterApiStub implements AutoCloseable {

    static final String TOKEN = "stub-token-123";

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    final List<URI> requests = new CopyOnWriteArrayList<>();

    CounterApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::answer);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    void answer(String path, String json) {
        answers.put(path, json);
    }

    /** Answers 204 without a body, as hystreet's v2 does for a period without measurements. */
    void answerNoContent(String path) {
        answers.put(path, "");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI());
        String json = answers.get(exchange.getRequestURI().getPath());
        int status = !TOKEN.equals(exchange.getRequestHeaders().getFirst(FootfallApiClient.TOKEN_HEADER)) ? 401
                : json == null ? 404 : 200;
        if (status == 200 && json.isEmpty()) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] body = (status == 200 ? json : "{\"error\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
