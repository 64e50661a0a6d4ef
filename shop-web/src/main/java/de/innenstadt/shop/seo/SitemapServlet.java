// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.seo;

import de.innenstadt.core.city.CityProfile;
import de.innenstadt.core.inventory.ProductListings;
import de.innenstadt.core.merchant.ShopDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /sitemap.xml}: the home page, the list of all shops, the legal pages, every shop and every product. Written
 * while product ids are read in pages of a thousand, so a city with a hundred thousand products
 * never holds them in memory at once.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 1_000;
    /** The protocol's limit per file; a city beyond it would need a sitemap index. */
    private static final int MAX_URLS = 50_000;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ProductListings products;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = publicUrl.replaceAll("/+$", "");
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            int written = 0;
            url(xml, base + "/");
            url(xml, base + "/shops");
            written += 2;
            for (String page : CityProfile.REQUIRED_PAGES) {
                url(xml, base + "/page?slug=" + page);
                written++;
            }
            for (String slug : shops.shopNames().keySet()) {
                url(xml, base + "/shop?slug=" + slug);
                written++;
            }
            long last = 0;
            List<Long> ids;
            do {
                ids = products.productIdsAfter(last, BATCH);
                for (Long id : ids) {
                    if (written++ >= MAX_URLS) {
                        break;
                    }
                    url(xml, base + "/product?id=" + id);
                }
                xml.flush();
                last = ids.isEmpty() ? last : ids.get(ids.size() - 1);
            } while (ids.size() == BATCH && written < MAX_URLS);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }

    private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
