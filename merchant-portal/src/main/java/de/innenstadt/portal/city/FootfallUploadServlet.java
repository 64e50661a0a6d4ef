// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.FootfallImportRecord;
import de.innenstadt.portal.feeds.UploadToken;
import de.innenstadt.portal.security.CurrentActor;
import de.innenstadt.routes.footfall.FootfallFiles;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives a counts file from the city manager's counts page. A plain multipart servlet like the
 * feed upload, so the browser shows the upload's progress and the file streams to disk; the file is
 * read at once (a year of hourly counts of several points takes a second or two) and the page then
 * shows its import record. Only city managers and admins reach it (web.xml), and
 * {@link FootfallFiles#upload} checks the role again.
 */
@WebServlet("/city/footfall-upload")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxRequestSize = FootfallUploadServlet.MAX_BYTES)
public class FootfallUploadServlet extends HttpServlet {

    /** Ten years of hourly counts of ten points, as hystreet's German download, are about 90 MB. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final long serialVersionUID = 1L;

    @Inject
    private FootfallFiles files;

    @Inject
    private CurrentActor actor;

    @Inject
    private UploadToken token;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getContextPath() + "/city/counts";
        // before anything reads the body: even the form's token is in it
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setHeader("Connection", "close");
            response.sendRedirect(page + "?error=toolarge");
            return;
        }
        Part file;
        try {
            if (!token.matches(request.getParameter("token"))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN,
                        "The upload form is out of date or came from another site; open the counts page again.");
                return;
            }
            file = request.getPart("file");
        } catch (ServletException | IllegalStateException e) {
            // the container refuses a body over maxRequestSize that announced no length
            response.sendRedirect(page + "?error=upload");
            return;
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            response.sendRedirect(page + "?error=nofile");
            return;
        }
        String submitted = file.getSubmittedFileName();
        // old browsers send the whole path of the file on the manager's computer
        String fileName = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        try (InputStream content = file.getInputStream()) {
            FootfallImportRecord record = files.upload(actor.get(), fileName, content);
            response.sendRedirect(page + "?import=" + record.getId());
        } finally {
            file.delete();
        }
    }
}
