// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.innenstadt.platform.ReservationApi.TestOffer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who gets into the portal and what they reach there: login with a fresh session id, pages that are not stored,
 * forged and oversized uploads, and the authorization matrix, in which merchant A asks every page and endpoint for
 * merchant B's things and is refused each time. Accounts themselves (throttling, invitation, reset) are
 * {@link PortalAccountsIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessIT {


    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void loginGivesANewSessionIdWithSafeCookieAndLogoutEndsTheSession() {
        PortalClient client = new PortalClient();
        client.get("/portal/login");
        String before = client.sessionId().orElseThrow();

        HttpResponse<String> login = client.login("haendler1", TestPlatform.DEMO_PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        String after = client.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(login.headers().allValues("set-cookie")).filteredOn(c -> c.startsWith("PORTALSESSION="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly"));
        assertThat(client.get("/portal/merchant/offers").status()).isEqualTo(200);
        assertThat(withSession(before, "/portal/merchant/offers").statusCode())
                .as("the id from before the login opens nothing").isEqualTo(302);

        PortalClient.Page start = client.get("/portal/index.xhtml");
        client.post("/portal/index.xhtml", start, Map.of("logout", "logout", "logout:logout", "Abmelden"));
        assertThat(withSession(after, "/portal/merchant/offers").statusCode()).isEqualTo(302);
        assertThat(client.get("/portal/merchant/offers").status()).isEqualTo(302);
    }

    /**
     * An upload that announces more than the feed limit (256 MB) is refused before anything reads
     * it: the answer comes while the 300 MB are still unsent.
     */
    @Test
    void aFeedUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        PortalClient merchant = new PortalClient().loggedIn("haendler1", TestPlatform.DEMO_PASSWORD);
        long before = lastImportOf("haendler1");
        try (Socket socket = new Socket("127.0.0.1", Integer.getInteger("innenstadt.it.http.port"))) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /portal/merchant/feed-upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Cookie: PORTALSESSION=" + merchant.sessionId().orElseThrow() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=grenze\r\nContent-Length: " + 300L * 1024 * 1024 + "\r\n\r\n"
                    + "--grenze\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(answer.readLine()).startsWith("HTTP/1.1 302");
            List<String> headers = new ArrayList<>();
            for (String line = answer.readLine(); line != null && !line.isEmpty(); line = answer.readLine()) {
                headers.add(line);
            }
            assertThat(headers).anySatisfy(header -> assertThat(header).startsWithIgnoringCase("Location:").endsWith("error=toolarge"));
        }
        assertThat(lastImportOf("haendler1")).isEqualTo(before);
    }

    /** Nothing with a customer's data stays in a shared computer's cache or back button. */
    @Test
    void pagesWithPersonalDataAreNotStored() throws Exception {
        PortalClient merchant = new PortalClient().loggedIn("haendler1", TestPlatform.DEMO_PASSWORD);
        for (String page : List.of("/portal/login", "/portal/", "/portal/merchant/reservations", "/portal/merchant/feeds")) {
            assertThat(merchant.send(HttpRequest.newBuilder(URI.create(baseUrl() + page)).GET().build())
                    .headers().firstValue("Cache-Control")).as(page).contains("no-store");
        }
        JsonNode reservation = reserve(ReservationApi.offerOfMerchant("haendler1", 3), "Kundin-Cache");
        for (String page : List.of("/reservation?token=" + reservation.get("token").asText(), "/bag", "/checkout",
                "/api/v1/reservations/" + reservation.get("token").asText())) {
            assertThat(get(page).headers().firstValue("Cache-Control")).as(page).contains("no-store");
        }
        assertThat(get("/").headers().firstValue("Cache-Control")).as("public pages may be kept").isNotEqualTo(Optional.of("no-store"));
    }

    /**
     * A stranger's guesses slow the stranger down, not the owner: after five failures the pair of
     * name and address waits (a minute, then longer), for names with and without an account alike,
     * while the owner logs in from another address at once. The portal sees IPv6 loopback as
     * another device than 127.0.0.1. The failures are in MariaDB, so every instance counts them.
     */
    record Ids(long offerB, long storeB, long reservationB, String codeB, String customerB, String slipLinkOfA,
            long reservationA, long storeA, long importB, String storeCodeB, String productOfB) {
    }

    /** What a probe got back. */
    record Answer(int status, String body) {
    }

    /** How a probe must be refused: with 403/404, or (a Faces form answering 200 with its messages) with B's data untouched. */
    enum Refusal {
        STATUS,
        NOTHING_CHANGED
    }

    /** One line of the matrix: a page, form or endpoint that merchant A tries with B's ids. */
    record Probe(String what, Refusal refusal, BiFunction<PortalClient, Ids, Answer> attempt) {
    }

    /** Every portal page and endpoint that takes an id; a new one is one more line here. */
    private static final List<Probe> MATRIX = List.of(
            new Probe("GET slip of B's reservation (with A's valid view token)", Refusal.STATUS, (a, ids) ->
                    page(a, ids.slipLinkOfA().replace("id=" + ids.reservationA(), "id=" + ids.reservationB()))),
            new Probe("GET slip of B's reservation without token", Refusal.STATUS, (a, ids) ->
                    page(a, "/portal/merchant/slip?id=" + ids.reservationB())),
            new Probe("GET store page with B's store id", Refusal.STATUS, (a, ids) ->
                    page(a, "/portal/merchant/store?id=" + ids.storeB())),
            new Probe("store: A's store form posted with B's store id", Refusal.NOTHING_CHANGED, (a, ids) -> {
                PortalClient.Page page = a.get("/portal/merchant/store?id=" + ids.storeA());
                return answer(a.ajax("/portal/merchant/store?id=" + ids.storeB(), page, "store", "store:save", "@form", Map.ofEntries(
                        Map.entry("id", String.valueOf(ids.storeB())), Map.entry("store:name", "Übernommen"),
                        Map.entry("store:street", "Fremdweg"), Map.entry("store:houseNumber", "1"),
                        Map.entry("store:postalCode", "67655"), Map.entry("store:city", "Kaiserslautern"),
                        Map.entry("store:latitude", "49.44"), Map.entry("store:longitude", "7.76"),
                        Map.entry("store:preparationMinutes", "5"), Map.entry("store:weeklyHours", "Mo-Fr 09:00-18:00"))));
            }),
            new Probe("GET public reservation API with B's reservation id", Refusal.STATUS, (a, ids) ->
                    answer(a.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reservations/" + ids.reservationB()))
                            .GET().build()))),
            new Probe("POST cancel on the public API with B's reservation id", Refusal.STATUS, (a, ids) ->
                    answer(a.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reservations/" + ids.reservationB()
                            + "/cancel")).POST(HttpRequest.BodyPublishers.noBody()).build()))),
            new Probe("offers: bulk out of stock with B's offer selected", Refusal.NOTHING_CHANGED, (a, ids) ->
                    offersAction(a, "offers:outOfStock", "@this offers:table", Map.of("offers:table_selection",
                            String.valueOf(ids.offerB())))),
            new Probe("offers: bulk price +50 % with B's offer selected", Refusal.NOTHING_CHANGED, (a, ids) ->
                    offersAction(a, "offers:reprice", "@this offers:percent offers:table", Map.of("offers:table_selection",
                            String.valueOf(ids.offerB()), "offers:percent", "50"))),
            new Probe("offers: new offer in B's store", Refusal.NOTHING_CHANGED, (a, ids) -> {
                PortalClient.Page page = a.get("/portal/merchant/offers");
                return answer(a.ajax("/portal/merchant/offers", page, "newOffer", "newOffer:add", "@form", Map.of(
                        "newOffer:store_input", String.valueOf(ids.storeB()), "newOffer:gtin", "4006381333931",
                        "newOffer:title", "Fremdes Angebot", "newOffer:newPrice", "1.00", "newOffer:newQuantity", "1")));
            }),
            new Probe("GET progress of B's feed import", Refusal.STATUS, (a, ids) ->
                    page(a, "/portal/merchant/feed-import?id=" + ids.importB())),
            new Probe("GET rejected rows of B's feed import as CSV", Refusal.STATUS, (a, ids) ->
                    page(a, "/portal/merchant/feed-import?id=" + ids.importB() + "&rejected=csv")),
            new Probe("push API: A's key with a line for B's store", Refusal.NOTHING_CHANGED, (a, ids) -> {
                long before = lastImportOf("haendler1");
                HttpResponse<String> pushed = a.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/stock"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + apiKeyOf("haendler1"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"lines\":[{\"storeCode\":\"" + ids.storeCodeB() + "\","
                                + (ids.productOfB().matches("\\d{8,14}") ? "\"gtin\"" : "\"sku\"") + ":\"" + ids.productOfB()
                                + "\",\"quantity\":99,\"price\":\"1.00\"}]}"))
                        .build());
                assertRejectedAsUnknownStore(before);
                return answer(pushed);
            }),
            new Probe("feed upload: A's CSV with a line for B's store", Refusal.NOTHING_CHANGED, (a, ids) -> {
                long before = lastImportOf("haendler1");
                HttpResponse<String> uploaded = a.upload("/portal/merchant/feed-upload", Map.of("token", uploadTokenOf(a),
                        "format", "POS_CSV", "action", "import"), "fremd.csv",
                        "Filiale,GTIN,Bestand,Preis\r\n" + ids.storeCodeB() + "," + ids.productOfB() + ",99,1.00\r\n");
                assertThat(uploaded.statusCode()).as("the upload is accepted as A's import").isEqualTo(302);
                assertRejectedAsUnknownStore(before);
                return answer(uploaded);
            }),
            new Probe("GET the admin's search index page", Refusal.STATUS, (a, ids) -> page(a, "/portal/admin/search")),
            new Probe("GET the admin's invitations page", Refusal.STATUS, (a, ids) -> page(a, "/portal/admin/invitations")),
            new Probe("GET the admin's page of city texts", Refusal.STATUS, (a, ids) -> page(a, "/portal/admin/city")),
            new Probe("GET the city dashboard", Refusal.STATUS, (a, ids) -> page(a, "/portal/city/dashboard")),
            new Probe("GET the city's campaigns", Refusal.STATUS, (a, ids) -> page(a, "/portal/city/campaigns")),
            new Probe("GET the city's footfall export", Refusal.STATUS, (a, ids) -> page(a, "/portal/city/export/footfall.csv")),
            new Probe("reservations: A's cancel button posted naming B's reservation", Refusal.NOTHING_CHANGED, (a, ids) -> {
                PortalClient.Page page = a.get("/portal/merchant/reservations");
                Matcher button = Pattern.compile("id=\"(queue:[^\"]+)\"[^>]*class=\"[^\"]*\\bcancel\\b").matcher(page.body());
                assertThat(button.find()).as("A's queue has a cancel button").isTrue();
                return answer(a.ajax("/portal/merchant/reservations", page, "queue", button.group(1), "@this",
                        Map.of("reservation", String.valueOf(ids.reservationB()))));
            }),
            new Probe("reservations: phone reservation of B's offer", Refusal.NOTHING_CHANGED, (a, ids) -> {
                PortalClient.Page page = a.get("/portal/merchant/reservations");
                PortalClient.Page searched = PortalClient.after(page, a.ajax("/portal/merchant/reservations", page, "phone",
                        "phone:find", "@this phone:search", Map.of("phone:search", "")));
                return answer(a.ajax("/portal/merchant/reservations", searched, "phone", "phone:reserve", "@form", Map.of(
                        "phone:offer_input", String.valueOf(ids.offerB()), "phone:quantity_input", "1",
                        "phone:quantity_hinput", "1", "phone:name", "Fremde Reservierung", "phone:channel", "PHONE")));
            }));

    @Test
    void aFeedUploadWithoutTheFormsTokenIsRefusedAndImportsNothing() {
        PortalClient merchant = new PortalClient().loggedIn("haendler1", TestPlatform.DEMO_PASSWORD);
        long before = lastImportOf("haendler1");
        String csv = "Filiale,GTIN,Bestand,Preis\r\nX,4006381333931,1,1.00\r\n";
        assertThat(merchant.upload("/portal/merchant/feed-upload", Map.of("format", "POS_CSV", "action", "import"), "a.csv", csv)
                .statusCode()).as("a post from another site carries no token").isEqualTo(403);
        assertThat(merchant.upload("/portal/merchant/feed-upload", Map.of("token", "guessed", "format", "POS_CSV", "action", "import"),
                "a.csv", csv).statusCode()).isEqualTo(403);
        assertThat(lastImportOf("haendler1")).as("no import started").isEqualTo(before);
    }

    @Test
    void merchantAIsRefusedEveryPageAndEndpointWithMerchantBsIds() throws Exception {
        PortalClient merchantA = new PortalClient().loggedIn("haendler1", TestPlatform.DEMO_PASSWORD);
        Ids ids = idsOfMerchantB(merchantA);
        String stateOfB = stateOfMerchant("haendler2");
        for (Probe probe : MATRIX) {
            Answer answer = probe.attempt().apply(merchantA, ids);
            if (probe.refusal() == Refusal.STATUS) {
                assertThat(answer.status()).as(probe.what()).isIn(403, 404);
            }
            assertThat(answer.body()).as(probe.what() + ": none of B's data in the answer")
                    .doesNotContain(ids.codeB()).doesNotContain(ids.customerB());
            assertThat(stateOfMerchant("haendler2")).as(probe.what() + ": B's offers and reservations unchanged")
                    .isEqualTo(stateOfB);
        }
    }

    /** B's ids, and a slip link of A's own with the view token of A's session, which A may open. */
    private static Ids idsOfMerchantB(PortalClient merchantA) throws Exception {
        TestOffer offerB = ReservationApi.offerOfMerchant("haendler2", 50);
        String customerB = "Kundin-B-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode reservationB = reserve(offerB, customerB);
        TestOffer offerA = ReservationApi.offerOfMerchant("haendler1", 50);
        JsonNode reservationA = reserve(offerA, "Kundin-A");
        String queue = merchantA.get("/portal/merchant/reservations").body();
        Matcher slip = Pattern.compile("href=\"([^\"]*/merchant/slip[^\"]*id=" + reservationA.get("id").asLong() + "[^\"]*)\"")
                .matcher(queue);
        assertThat(slip.find()).as("A's queue links A's slip").isTrue();
        String slipLink = slip.group(1).replace("&amp;", "&");
        assertThat(slipLink).contains("jakarta.faces.Token=");
        assertThat(page(merchantA, slipLink).body()).as("A sees A's own slip")
                .contains(reservationA.get("code").asText());
        // Demo merchants number their stores alike (filiale-1); a code only B has makes the feed probes ask for B's store.
        String storeCodeB = "nur-b-" + offerB.storeId();
        ReservationApi.execute("UPDATE store SET code = '" + storeCodeB + "' WHERE id = " + offerB.storeId());
        String productOfB = ReservationApi.value("SELECT COALESCE(p.gtin, p.sku) FROM offer o JOIN product p ON p.id = o.product_id"
                + " WHERE o.id = " + offerB.offerId());
        return new Ids(offerB.offerId(), offerB.storeId(), reservationB.get("id").asLong(), reservationB.get("code").asText(),
                customerB, slipLink, reservationA.get("id").asLong(), offerA.storeId(), feedImportOf("haendler2", customerB),
                storeCodeB, productOfB);
    }

    /** A finished import of the merchant with one rejected row whose value is {@code marker}, so a leak shows. */
    private static long feedImportOf(String username, String marker) throws Exception {
        String merchant = "(SELECT merchant_id FROM user_account WHERE username = '" + username + "')";
        ReservationApi.execute("INSERT INTO feed_import (merchant_id, source, format, file_name, mode, status, rows_read,"
                + " rows_rejected, finished_at) SELECT " + merchant + ", 'UPLOAD', 'POS_CSV', '" + marker + ".csv', 'DELTA',"
                + " 'SUCCEEDED', 1, 1, CURRENT_TIMESTAMP(3)");
        long importId = Long.parseLong(ReservationApi.value("SELECT MAX(id) FROM feed_import WHERE file_name = '" + marker + ".csv'"));
        ReservationApi.execute("INSERT INTO feed_rejected_row (import_id, line_number, column_name, value, reason) VALUES ("
                + importId + ", 2, 'gtin', '" + marker + "', 'Check digit wrong')");
        return importId;
    }

    /** A push API key of the merchant, stored as the portal stores it (prefix and SHA-256 of the secret). */
    private static String apiKeyOf(String username) {
        String prefix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String secret = UUID.randomUUID().toString().replace("-", "");
        try {
            ReservationApi.execute("INSERT INTO api_key (merchant_id, prefix, secret_sha256, label) SELECT merchant_id, '" + prefix
                    + "', '" + TestPlatform.sha256(secret) + "', 'Matrix' FROM user_account WHERE username = '" + username + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "isk_" + prefix + "_" + secret;
    }

    private static String uploadTokenOf(PortalClient client) {
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(client.get("/portal/merchant/feeds").body());
        assertThat(token.find()).as("the upload form carries its token").isTrue();
        return token.group(1);
    }

    private static long lastImportOf(String username) {
        String last = valueOrFail("SELECT MAX(i.id) FROM feed_import i JOIN user_account u ON u.merchant_id = i.merchant_id"
                + " WHERE u.username = '" + username + "'");
        return last == null ? 0 : Long.parseLong(last);
    }

    /** A value from the database inside a probe, which may not throw checked exceptions. */
    private static String valueOrFail(String sql) {
        try {
            return ReservationApi.value(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A's import after {@code before} ran to its end and turned the line down for naming a store that is not A's. */
    private static void assertRejectedAsUnknownStore(long before) {
        String ended = "SELECT i.id FROM feed_import i JOIN user_account u ON u.merchant_id = i.merchant_id WHERE u.username = 'haendler1'"
                + " AND i.id > " + before + " AND i.status <> 'RUNNING'";
        String id = await().atMost(Duration.ofSeconds(60)).until(() -> ReservationApi.value(ended), Objects::nonNull);
        assertThat(valueOrFail("SELECT CONCAT(rows_applied, '/', rows_rejected) FROM feed_import WHERE id = " + id))
                .as("nothing applied, the line rejected").isEqualTo("0/1");
        assertThat(valueOrFail("SELECT reason FROM feed_rejected_row WHERE import_id = " + id))
                .startsWith("Unknown store code").as("names A's codes only").doesNotContain("nur-b-");
    }

    private static Answer offersAction(PortalClient client, String button, String execute, Map<String, String> fields) {
        PortalClient.Page page = client.get("/portal/merchant/offers");
        return answer(client.ajax("/portal/merchant/offers", page, "offers", button, execute, fields));
    }

    private static Answer page(PortalClient client, String path) {
        PortalClient.Page page = client.get(path, Map.of("Referer", baseUrl() + "/portal/merchant/reservations"));
        return new Answer(page.status(), page.body());
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.body());
    }

    /**
     * A fingerprint of everything of the merchant that a probe could change: offers with stock and
     * prices, reservations, stores with address and hours, the profile.
     */
    private static String stateOfMerchant(String username) throws Exception {
        String merchant = "(SELECT merchant_id FROM user_account WHERE username = '" + username + "')";
        return ReservationApi.value("SELECT CONCAT_WS('|',"
                + " (SELECT CONCAT(COUNT(*), ':', BIT_XOR(CRC32(CONCAT_WS(':', o.id, o.quantity, o.held, o.price_cents))))"
                + "  FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + merchant + "),"
                + " (SELECT CONCAT(COUNT(*), ':', BIT_XOR(CRC32(CONCAT_WS(':', r.id, r.status))))"
                + "  FROM reservation r JOIN store s ON s.id = r.store_id WHERE s.merchant_id = " + merchant + "),"
                + " (SELECT CONCAT(COUNT(*), ':', BIT_XOR(CRC32(CONCAT_WS(':', st.id, st.name, st.street, st.house_number,"
                + "  st.postal_code, st.lat, st.lon, st.phone, st.pickup_enabled, st.pickup_note, st.preparation_minutes)))) FROM store st"
                + "  WHERE st.merchant_id = " + merchant + "),"
                + " (SELECT CONCAT(COUNT(*), ':', BIT_XOR(CRC32(CONCAT_WS(':', h.id, h.day_of_week, h.opens, h.closes))))"
                + "  FROM opening_hours h JOIN store st ON st.id = h.store_id WHERE st.merchant_id = " + merchant + "),"
                + " (SELECT CONCAT(COUNT(*), ':', m.name, ':', m.hold_hours) FROM merchant m WHERE m.id = " + merchant + "))");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static JsonNode reserve(TestOffer offer, String customerName) {
        String body = "{\"storeId\":" + offer.storeId() + ",\"items\":[{\"offerId\":" + offer.offerId()
                + ",\"quantity\":1}],\"customer\":{\"name\":\"" + customerName + "\",\"email\":\"" + UUID.randomUUID()
                + "@example.org\"}}";
        HttpResponse<String> created = TestPlatform.send(ReservationApi.reserve(UUID.randomUUID().toString(), body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body());
    }

    private static HttpResponse<String> withSession(String sessionId, String path) {
        return TestPlatform.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Cookie", "PORTALSESSION=" + sessionId).GET().build());
    }
}
