// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.feed.FeedHistory;
import de.innenstadt.core.feed.ImportProgress;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.portal.platform.PageLanguage;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An import of the logged-in merchant as data: {@code /merchant/feed-import?id=N} gives its progress as
 * JSON for the page's progress bar; {@code &rejected=csv} downloads its rejected rows.
 */
@WebServlet("/merchant/feed-import")
public class FeedImportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedHistory history;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a number");
            return;
        }
        Optional<ImportProgress> found = history.findImport(actor.get(), id);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("csv".equals(request.getParameter("rejected"))) {
            response.setContentType("text/csv");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"");
            try (Writer out = response.getWriter()) {
                history.writeRejectedRows(actor.get(), id, PageLanguage.of(request), out);
            } catch (NotFoundException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        ImportProgress p = found.get();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var json = Json.createObjectBuilder()
                .add("id", p.id())
                .add("status", p.status().name())
                .add("phase", p.phase())
                .add("percent", p.percent())
                .add("linesDone", p.linesDone())
                .add("rowsRead", p.rowsRead())
                .add("applied", p.rowsApplied())
                .add("unchanged", p.rowsUnchanged())
                .add("rejected", p.rowsRejected())
                .add("seconds", p.seconds(Instant.now(clock)));
        if (p.linesTotal() != null) {
            json.add("linesTotal", p.linesTotal());
        }
        if (p.message() != null) {
            json.add("message", p.message().in(PageLanguage.of(request)));
        }
        try (Writer out = response.getWriter()) {
            out.write(json.build().toString());
        }
    }
}
