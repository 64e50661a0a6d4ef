// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.reservation.MerchantQueue;
import de.innenstadt.core.reservation.QrPhotos;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.portal.feeds.UploadToken;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the QR code on a shopper's status page or pickup slip from a picture and opens that
 * reservation in the queue. The scan page posts either a photo (a plain form: works without
 * JavaScript, and on phones whose browser offers the camera for a file field) or, while the live
 * camera runs, a frame every moment ({@code Accept: application/json}, answered with where to go).
 * A code of another shop's reservation reads as not found, like an unknown one.
 */
@WebServlet("/merchant/scan-picture")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = ScanServlet.MAX_BYTES, maxRequestSize = ScanServlet.MAX_BYTES + 4096)
public class ScanServlet extends HttpServlet {

    /** A phone photo as JPEG is 2 to 8 MB; a camera frame some 50 KB. */
    static final long MAX_BYTES = 12L * 1024 * 1024;

    private static final long serialVersionUID = 1L;

    @Inject
    private MerchantQueue queue;

    @Inject
    private CurrentActor actor;

    @Inject
    private UploadToken token;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean live = String.valueOf(request.getHeader("Accept")).contains("application/json");
        if (request.getContentLengthLong() > MAX_BYTES + 4096) {
            response.setHeader("Connection", "close");
            answer(request, response, live, Optional.empty(), "toolarge");
            return;
        }
        byte[] picture;
        try {
            if (!token.matches(request.getParameter("token"))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "The scan form is out of date; open the scan page again.");
                return;
            }
            Part part = request.getPart("picture");
            if (part == null || part.getSize() == 0) {
                answer(request, response, live, Optional.empty(), "nofile");
                return;
            }
            try (InputStream content = part.getInputStream()) {
                picture = content.readAllBytes();
            } finally {
                part.delete();
            }
        } catch (ServletException | IllegalStateException e) {
            answer(request, response, live, Optional.empty(), "toolarge");
            return;
        }
        Optional<String> text;
        try {
            text = QrPhotos.read(picture);
        } catch (IOException notAPicture) {
            answer(request, response, live, Optional.empty(), "picture");
            return;
        }
        long merchantId = actor.get().findMerchantId().orElseThrow();
        Optional<Reservation> found = text.flatMap(scanned -> queue.findScanned(actor.get(), merchantId, scanned));
        answer(request, response, live, found, text.isEmpty() ? "nocode" : "notfound");
    }

    /** To the queue showing the reservation, or back to the scan page saying why not. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, boolean live, Optional<Reservation> found,
            String problem) throws IOException {
        String target = found.map(reservation -> request.getContextPath() + "/merchant/reservations?code="
                        + URLEncoder.encode(reservation.getCode(), StandardCharsets.UTF_8))
                .orElse(request.getContextPath() + "/merchant/scan?problem=" + problem);
        if (live) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("found", found.isPresent()).add("problem", found.isPresent() ? "" : problem)
                    .add("location", target).build().toString());
        } else {
            response.sendRedirect(target);
        }
    }
}
