// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Minimal HTTP GET used to see whether a server answers, without pulling an HTTP client library into the jar. */
final class HttpProbe {

    /** Returned when nothing answered at all (connection refused, timeout). */
    static final int NO_ANSWER = -1;

    private static final Logger LOG = Logger.getLogger(HttpProbe.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpProbe() {
    }

    /** Status and body of a GET. */
    record Answer(int status, String body) {
    }

    /** Status code of a GET, or {@link #NO_ANSWER}; a refused connection is expected while a server boots. */
    static int status(URI uri, Duration timeout) {
        return get(uri, timeout).status();
    }

    /** Like {@link #status} but keeps the body, for answers that must be checked for who sent them. */
    static Answer get(URI uri, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.log(Level.FINEST, "No answer from " + uri, e);
            return new Answer(NO_ANSWER, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + uri, e);
        }
    }
}
