// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.ImportPreview;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Receives a file uploaded on the feed page. A plain servlet rather than a Faces form, so the browser
 * can show the upload's own progress and big files stream to a temporary file instead of the heap.
 * "Preview" parses without applying and shows the result on the page; "import" records the feed,
 * starts it in the background and shows its progress.
 */
@WebServlet("/merchant/feed-upload")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxRequestSize = FeedUploadServlet.HARD_LIMIT_BYTES)
public class FeedUploadServlet extends HttpServlet {

    /** The container's cap, for uploads that announce no length; {@code innenstadt.feeds.max-megabytes} is checked first. */
    static final long HARD_LIMIT_BYTES = 2L * 1024 * 1024 * 1024;

    private static final long serialVersionUID = 1L;
    static final String PREVIEW_ATTRIBUTE = "innenstadt.feedPreview";
    private static final int PREVIEW_LINES = 20;

    @Inject
    private FeedImports imports;

    @Inject
    private CurrentActor actor;

    @Inject
    private UploadToken token;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // before anything reads the body: even the form's token is in it
        if (request.getContentLengthLong() > imports.maxFileBytes()) {
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + "/merchant/feeds?error=toolarge");
            return;
        }
        Part file;
        FeedFormat format;
        Long storeId;
        try {
            if (!token.matches(request.getParameter("token"))) {
                refuse(request, response);
                return;
            }
            file = request.getPart("file");
            format = FeedFormat.valueOf(request.getParameter("format"));
            String store = request.getParameter("store");
            storeId = store == null || store.isBlank() ? null : Long.valueOf(store);
        } catch (IllegalArgumentException | NullPointerException | jakarta.servlet.ServletException | IllegalStateException e) {
            response.sendRedirect(request.getContextPath() + "/merchant/feeds?error=upload");
            return;
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            response.sendRedirect(request.getContextPath() + "/merchant/feeds?error=nofile");
            return;
        }
        String fileName = file.getSubmittedFileName() == null ? "upload" : Path.of(file.getSubmittedFileName()).getFileName().toString();
        try (InputStream content = file.getInputStream()) {
            if ("preview".equals(request.getParameter("action"))) {
                ImportPreview preview = imports.preview(actor.get(), format, storeId, content, PREVIEW_LINES);
                request.getSession().setAttribute(PREVIEW_ATTRIBUTE, new FeedsView.PreviewResult(fileName, format.name(), storeId,
                        preview));
                response.sendRedirect(request.getContextPath() + "/merchant/feeds?preview=1");
            } else {
                long importId = imports.upload(actor.get(), format, fileName, storeId, content);
                response.sendRedirect(request.getContextPath() + "/merchant/feeds?import=" + importId);
            }
        } catch (NotFoundException e) {
            // a store of another merchant, typed into the form by hand
            response.sendRedirect(request.getContextPath() + "/merchant/feeds?error=upload");
        } finally {
            file.delete();
        }
    }

    /** A forged or stale form: nothing is read, and the spooled upload is removed at once. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            for (Part part : request.getParts()) {
                part.delete();
            }
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException("Could not discard a refused upload", e);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN,
                "The upload form is out of date or came from another site; open the feed page again.");
    }
}
