// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.offers;

import de.innenstadt.core.inventory.AssortmentExport;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /merchant/assortment.csv}: the logged-in merchant's offers as a spreadsheet in the till-export columns
 * ({@link AssortmentExport}), e.g. to check prices at home or to edit many at once and upload the file again.
 */
@WebServlet("/merchant/assortment.csv")
public class AssortmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssortmentExport export;

    @Inject
    private CurrentActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long merchantId = actor.get().findMerchantId().orElse(-1L);
        if (merchantId < 0) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only merchants have an assortment");
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"sortiment.csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            export.write(actor.get(), merchantId, out);
        }
    }
}
