// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the portal tests read from the database or make up: GTINs, a picture, stored prices and counts. */
final class PortalData {

    private PortalData() {
    }

    /** A valid GTIN-13 (not an in-store number) that the catalog does not know yet. */
    static String unknownGtin() throws Exception {
        while (true) {
            String gtin = randomGtin();
            if ("0".equals(ReservationApi.value("SELECT COUNT(*) FROM product WHERE gtin = '" + gtin + "'"))) {
                return gtin;
            }
        }
    }

    /** A valid GTIN-13 with the German prefix 4, drawn at random, for a catalog that is empty. */
    static String randomGtin() {
        StringBuilder data = new StringBuilder("4");
        for (int i = 0; i < 11; i++) {
            data.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (data.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return data.toString() + (10 - sum % 10) % 10;
    }

    /** A small real PNG, drawn here so the test needs no fixture file. */
    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0x1B5E20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    static String preparationMinutes(long storeId) throws Exception {
        return ReservationApi.value("SELECT preparation_minutes FROM store WHERE id = " + storeId);
    }

    static String priceCents(long offerId) throws Exception {
        return ReservationApi.value("SELECT price_cents FROM offer WHERE id = " + offerId);
    }

    static int countOffersWithGtin(String username, String gtin) throws Exception {
        return Integer.parseInt(ReservationApi.value("SELECT COUNT(*) FROM offer o JOIN product p ON p.id = o.product_id"
                + " JOIN store s ON s.id = o.store_id JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + username + "' AND p.gtin = '" + gtin + "'"));
    }

    /** How many outbox rows were ever written; the relay deletes rows once search has them, so count the ids. */
    static int outboxRows() throws Exception {
        return Integer.parseInt(ReservationApi.value("SELECT AUTO_INCREMENT FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox'"));
    }

    /**
     * Waits until PrimeFaces has no AJAX request queued or running: a click while a refused form is still being
     * redrawn can land on the element that is being replaced and submit nothing.
     */
    static void waitForAjax(Browser browser) {
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Chooses a department in the new-product form through the menu's widget and waits until the menu shows it: a
     * click on the opening panel can land on its neighbour while the panel still moves.
     */
    static void chooseDepartment(Browser browser, String slug, String name) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById('newOffer:category').selectValue(arguments[0]);", slug);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("newOffer:category_label"), name));
    }
}
