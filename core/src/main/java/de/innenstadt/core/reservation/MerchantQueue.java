// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reservations a merchant works through at the counter: open ones by deadline first, then the
 * most recently ended, optionally only those matching what the customer says. Customers say their
 * pickup code („K Q J E Z 5“, in any case and with spaces) or their name, or give their phone
 * number; the search takes each as people type it.
 */
@ApplicationScoped
public class MerchantQueue {

    private static final String ORDER = " order by case when r.status in"
            + " (de.innenstadt.core.reservation.ReservationStatus.REQUESTED,"
            + " de.innenstadt.core.reservation.ReservationStatus.CONFIRMED,"
            + " de.innenstadt.core.reservation.ReservationStatus.READY) then 0 else 1 end, r.expiresAt, r.id desc";
    private static final int MAX_SEARCH_LENGTH = 100;
    private static final Pattern STATUS_TOKEN = Pattern.compile("/reservation\\?(?:.*&)?token=([A-Za-z0-9_-]{20,64})(?:&|#|$)");

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /**
     * The merchant's reservations, at most {@code limit}: of one store when {@code storeId} is given, in
     * the given states (all when empty); with a search, only those whose pickup code is the one typed,
     * or whose customer name or phone number contains it.
     */
    public List<Reservation> find(Actor actor, long merchantId, Long storeId, Set<ReservationStatus> states, String search,
            int limit) {
        actor.requireMerchant(merchantId);
        String typed = search == null ? "" : search.strip();
        if (typed.length() > MAX_SEARCH_LENGTH) {
            typed = typed.substring(0, MAX_SEARCH_LENGTH);
        }
        String ofStore = " where s.merchant.id = :merchant and (:store is null or s.id = :store)"
                + (states.isEmpty() ? "" : " and r.status in :states");
        TypedQuery<Reservation> query;
        if (typed.isEmpty()) {
            query = em.createQuery("select r from Reservation r join fetch r.store s" + ofStore + ORDER, Reservation.class);
        } else {
            query = em.createQuery("select r from Reservation r join fetch r.store s" + ofStore
                            + " and (r.code = :code or lower(r.customerName) like :name escape '\\'"
                            + " or (:digits <> '' and function('REGEXP_REPLACE', r.customerPhone, '[^0-9]', '') like :phone))" + ORDER,
                            Reservation.class)
                    .setParameter("code", pickupCode(typed).orElse(""))
                    .setParameter("name", "%" + likeLiteral(typed.toLowerCase(Locale.ROOT)) + "%")
                    .setParameter("digits", digits(typed))
                    .setParameter("phone", "%" + digits(typed) + "%");
        }
        if (!states.isEmpty()) {
            query.setParameter("states", states);
        }
        return query.setParameter("merchant", merchantId)
                .setParameter("store", storeId)
                .setHint("eclipselink.batch", "r.items")
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many of the merchant's reservations wait to be confirmed: the number beside „Reservierungen“. */
    public long countWaiting(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        return em.createQuery("select count(r) from Reservation r where r.store.merchant.id = :merchant and r.status = :requested",
                        Long.class)
                .setParameter("merchant", merchantId)
                .setParameter("requested", ReservationStatus.REQUESTED)
                .getSingleResult();
    }

    /**
     * The merchant's reservation a scanned QR code stands for: the status link on the shopper's page
     * or slip („…/reservation?token=…“), or a pickup code. Another shop's reservation is not found,
     * the same as an unknown one.
     */
    public Optional<Reservation> findScanned(Actor actor, long merchantId, String scanned) {
        actor.requireMerchant(merchantId);
        Optional<String> token = statusToken(scanned);
        String match = token.isPresent() ? "r.token = :value" : "r.code = :value";
        Optional<String> value = token.or(() -> pickupCode(scanned));
        return value.flatMap(wanted -> em.createQuery("select r from Reservation r join fetch r.store s"
                        + " where s.merchant.id = :merchant and " + match, Reservation.class)
                .setParameter("merchant", merchantId)
                .setParameter("value", wanted)
                .getResultStream().findFirst());
    }

    /** The status token in a scanned status link, if it holds one. */
    static Optional<String> statusToken(String scanned) {
        Matcher token = STATUS_TOKEN.matcher(scanned == null ? "" : scanned);
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    /** The pickup code in what was typed: its letters and digits, upper case, if they can be one. */
    static Optional<String> pickupCode(String typed) {
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != PickupCodes.CODE_LENGTH || !code.chars().allMatch(c -> PickupCodes.ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /**
     * The digits of a typed phone number, if it is one („0631 12 34 56“), with a German country code
     * („+49 631 …“, „0049 631 …“) written as the 0 it stands for; else empty.
     */
    static String digits(String typed) {
        if (!typed.matches("[+0-9 ()/-]{4,}")) {
            return "";
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (typed.strip().startsWith("+49") || digits.startsWith("0049")) {
            return "0" + digits.substring(digits.startsWith("0049") ? 4 : 2);
        }
        return digits;
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
