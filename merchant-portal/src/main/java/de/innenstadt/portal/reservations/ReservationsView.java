// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.OfferQuery;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.core.merchant.MerchantService.StoreChoice;
import de.innenstadt.core.reservation.Channel;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.IllegalReservationTransitionException;
import de.innenstadt.core.reservation.InsufficientStockException;
import de.innenstadt.core.reservation.InvalidReservationException;
import de.innenstadt.core.reservation.MerchantQueue;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationService;
import de.innenstadt.core.reservation.ReservationService.ItemRequest;
import de.innenstadt.core.reservation.ReservationService.ReserveCommand;
import de.innenstadt.core.reservation.ReservationStatus;
import de.innenstadt.portal.platform.ActedOn;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.PrimeFaces;

/**
 * The merchant's reservation queue: refreshes itself, moves reservations on, and takes phone and
 * counter reservations for customers without a device. It keeps the rows it drew until the next
 * refresh, and every button names its reservation's id ({@link ActedOn}); the services check every
 * id against the logged-in merchant and the reservation's current state.
 */
@Named
@ViewScoped
public class ReservationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows drawn at first and added by each „show more“: open ones come first, the closed history after. */
    private static final int PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EE dd.MM.yyyy HH:mm");

    @Inject
    private ReservationService reservations;

    @Inject
    private MerchantQueue queue;

    @Inject
    private MerchantService merchants;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentActor actor;

    @Inject
    private CitySettingsService city;

    /**
     * How often the open queue looks for new reservations: often enough to notice one while serving a customer.
     * Read in {@link #init()}: Payara's injected config values cannot be part of a view-scoped (passivating) bean.
     */
    private int pollSeconds;

    private long merchantId;
    private ArrayList<QueueRow> shown = new ArrayList<>();
    private int limit = PAGE;
    /** Whether there are rows beyond the limit. */
    private boolean more;
    /** What the customer at the counter said: their pickup code, name or phone number; empty shows all. */
    private String search;
    /** Which reservations the queue shows: all (open ones first), the open ones, or one closed state. */
    private QueueStates shownStates = QueueStates.ALL;
    /** The store whose counter this is, for a merchant with several; null shows all stores. */
    private Long storeId;
    private ArrayList<StoreChoice> stores = new ArrayList<>();

    private String offerSearch;
    private ArrayList<OfferRow> offerChoices = new ArrayList<>();
    private Long offerId;
    private int quantity = 1;
    private String customerName;
    private String customerPhone;
    private Channel channel = Channel.PHONE;

    @PostConstruct
    void init() {
        pollSeconds = ConfigProvider.getConfig().getOptionalValue("innenstadt.portal.queue-poll-seconds", Integer.class).orElse(15);
        merchantId = actor.get().findMerchantId().orElseThrow();
        stores = new ArrayList<>(merchants.findStoreChoices(actor.get(), merchantId));
        refresh();
    }

    /** The rows as last drawn; only {@link #refresh()} changes them, so a click meets the list it came from. */
    public List<QueueRow> getReservations() {
        return shown;
    }

    /** Reads the queue again: on every poll and after every action. */
    public void refresh() {
        List<QueueRow> found = queue.find(actor.get(), merchantId, storeId, shownStates.states(), search, limit + 1).stream()
                .map(QueueRow::of).toList();
        more = found.size() > limit;
        shown = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
    }

    /** The next {@value #PAGE} rows under the ones shown; the rows already shown stay where they are. */
    public void showMore() {
        limit += PAGE;
        refresh();
    }

    public boolean isMore() {
        return more;
    }

    public int getPage() {
        return PAGE;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    /**
     * The poll (every {@link #getPollSeconds()} seconds): reads the queue again and says which reservations came in
     * since it was last drawn, so an owner serving a customer notices a new one without watching the list. The list
     * and the messages are redrawn only when they changed: a redraw takes the keyboard focus and the row being read
     * away, and would clear the answer to the owner's last click.
     */
    public void pollForNew() {
        List<QueueRow> drawn = List.copyOf(shown);
        boolean moreDrawn = more;
        refresh();
        if (shown.equals(drawn) && more == moreDrawn) {
            return;
        }
        PrimeFaces.current().ajax().update("queue:list");
        Set<Long> drawnIds = drawn.stream().map(QueueRow::id).collect(Collectors.toSet());
        List<String> arrived = shown.stream()
                .filter(row -> row.status() == ReservationStatus.REQUESTED && !drawnIds.contains(row.id()))
                .map(QueueRow::code).toList();
        if (!arrived.isEmpty()) {
            Messages.info(null, "reservations.arrived", arrived.size(), String.join(", ", arrived));
            PrimeFaces.current().ajax().update("queue:messages");
        }
    }

    public void confirm() {
        advance(ReservationStatus.CONFIRMED, "reservations.confirmed");
    }

    public void ready() {
        advance(ReservationStatus.READY, "reservations.markedReady");
    }

    public void collected() {
        advance(ReservationStatus.COLLECTED, "reservations.collected");
    }

    public void cancel() {
        advance(ReservationStatus.CANCELLED, "reservations.cancelled");
    }

    /** Finds the merchant's offers, in all its stores, by title, brand or GTIN, for the phone-reservation form. */
    public void searchOffers() {
        offerChoices = new ArrayList<>(inventory.findOffers(actor.get(), new OfferQuery(merchantId, offerSearch, false,
                OfferQuery.SortField.TITLE, true, 0, 15)));
        offerId = offerChoices.stream().filter(o -> o.available() > 0).findFirst()
                .or(() -> offerChoices.stream().findFirst()).map(OfferRow::offerId).orElse(null);
        if (offerChoices.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, "reservations.offer.none");
        }
    }

    public void reserveForCustomer() {
        OfferRow offer = offerChoices.stream().filter(o -> offerId != null && o.offerId() == offerId).findFirst().orElse(null);
        if (offer == null) {
            message(FacesMessage.SEVERITY_ERROR, "reservations.offer.missing");
            return;
        }
        try {
            Reservation reservation = reservations.reserveForCustomer(actor.get(), new ReserveCommand(offer.storeId(),
                    List.of(new ItemRequest(offer.offerId(), quantity)), new Customer(customerName, null,
                    customerPhone == null || customerPhone.isBlank() ? null : customerPhone), channel));
            message(FacesMessage.SEVERITY_INFO, "reservations.created", reservation.getCode());
            refresh();
            offerChoices = new ArrayList<>();
            offerId = null;
            offerSearch = null;
            quantity = 1;
            customerName = null;
            customerPhone = null;
        } catch (InsufficientStockException e) {
            message(FacesMessage.SEVERITY_ERROR, "reservations.insufficient", e.shortages().get(0).available());
        } catch (InvalidReservationException e) {
            e.fieldErrors().values().forEach(text ->
                    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        }
    }

    private void advance(ReservationStatus next, String key) {
        long id = ActedOn.id("reservation");
        try {
            Reservation reservation = reservations.advance(actor.get(), id, next);
            message(FacesMessage.SEVERITY_INFO, key, reservation.getCode());
        } catch (IllegalReservationTransitionException e) {
            String code = shown.stream().filter(row -> row.id() == id).map(QueueRow::code).findFirst().orElse("");
            FacesContext faces = FacesContext.getCurrentInstance();
            String state = faces.getApplication().getResourceBundle(faces, "msg").getString("status." + e.current());
            message(FacesMessage.SEVERITY_WARN, "reservations.transition.refused", code, state);
        }
        refresh();
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(severity, MessageFormat.format(messages.getString(key), arguments), null));
    }

    /** A time as the merchant reads it: local time of the city. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(city.current().getZone()));
    }

    /** When the goods can be collected, with the weekday, because it is often not today. */
    public String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.withLocale(Messages.locale()).format(instant.atZone(city.current().getZone()));
    }

    public boolean canConfirm(QueueRow r) {
        return r.status() == ReservationStatus.REQUESTED;
    }

    public boolean canMarkReady(QueueRow r) {
        return r.status() == ReservationStatus.REQUESTED || r.status() == ReservationStatus.CONFIRMED;
    }

    public boolean canCollect(QueueRow r) {
        return r.status() == ReservationStatus.READY;
    }

    public boolean canCancel(QueueRow r) {
        return !r.status().isFinal();
    }

    /** Shows the whole queue again. */
    public void showAll() {
        search = null;
        refresh();
    }

    public QueueStates getShownStates() {
        return shownStates;
    }

    public void setShownStates(QueueStates shownStates) {
        this.shownStates = shownStates == null ? QueueStates.ALL : shownStates;
    }

    public QueueStates[] getStateChoices() {
        return QueueStates.values();
    }

    /** Whether the merchant has more than one store: only then the queue names and filters stores. */
    public boolean isSeveralStores() {
        return stores.size() > 1;
    }

    public List<StoreChoice> getStores() {
        return stores;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isSearching() {
        return search != null && !search.isBlank();
    }

    public String getOfferSearch() {
        return offerSearch;
    }

    public void setOfferSearch(String offerSearch) {
        this.offerSearch = offerSearch;
    }

    public List<OfferRow> getOfferChoices() {
        return offerChoices;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(String customerPhone) {
        this.customerPhone = customerPhone;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.PHONE, Channel.COUNTER};
    }
}
