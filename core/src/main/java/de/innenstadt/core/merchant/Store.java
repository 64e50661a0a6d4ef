// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A physical shop a shopper walks into: address, position, phone and opening hours.
 *
 * <p>Stores, not merchants, hold stock and hand out reservations, because a merchant with two
 * branches has different goods in each. The {@code code} is the merchant's own name for the store,
 * used in feeds ({@code store_code} in Google's local inventory feed).
 */
@Entity
@Table(name = "store")
public class Store {

    /** A day: a store that needs longer should say so in its pickup note and keep a longer hold. */
    public static final int MAX_PREPARATION_MINUTES = 1440;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    @NotBlank
    @Size(max = 50)
    private String code;

    @NotBlank
    @Size(max = 160)
    private String name;

    @NotBlank
    @Size(max = 160)
    private String street;

    @NotBlank
    @Size(max = 20)
    @Column(name = "house_number")
    private String houseNumber;

    @NotBlank
    @Size(max = 10)
    @Column(name = "postal_code")
    private String postalCode;

    @NotBlank
    @Size(max = 120)
    private String city;

    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal lat;

    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal lon;

    @Size(max = 40)
    private String phone;

    @Size(max = 200)
    private String email;

    @Column(name = "pickup_enabled")
    private boolean pickupEnabled = true;

    @Size(max = 300)
    @Column(name = "pickup_note")
    private String pickupNote;

    @Min(0)
    @Max(MAX_PREPARATION_MINUTES)
    @Column(name = "preparation_minutes")
    private int preparationMinutes = 30;

    @Version
    private long version;

    @OneToMany(mappedBy = "store", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek, opens")
    private List<WeeklyHours> weeklyHours = new ArrayList<>();

    @OneToMany(mappedBy = "store", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("day")
    private List<OpeningException> exceptions = new ArrayList<>();

    protected Store() {
    }

    public Store(Merchant merchant, String code, String name, PostalAddress address, GeoPoint location) {
        this.merchant = merchant;
        this.code = code;
        this.name = name;
        moveTo(address, location);
    }

    public void moveTo(PostalAddress address, GeoPoint location) {
        this.street = address.street();
        this.houseNumber = address.houseNumber();
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.lat = location.latitude();
        this.lon = location.longitude();
    }

    /** Replaces the weekly plan as a whole, as the merchant edits it in one form. */
    public void replaceWeeklyHours(List<OpeningInterval> intervals) {
        weeklyHours.clear();
        intervals.forEach(i -> weeklyHours.add(new WeeklyHours(this, i.day(), i.opens(), i.closes())));
    }

    public OpeningException addException(LocalDate day, LocalTime opens, LocalTime closes, String note) {
        OpeningException exception = new OpeningException(this, day, opens, closes, note);
        exceptions.add(exception);
        return exception;
    }

    public void removeException(long exceptionId) {
        exceptions.removeIf(e -> e.getId() != null && e.getId() == exceptionId);
    }

    /** The store's hours as a value, to answer "open now?" without touching the entity again. */
    public OpeningCalendar openingCalendar() {
        Map<LocalDate, List<OpeningInterval>> byDate = exceptions.stream()
                .collect(Collectors.groupingBy(OpeningException::getDay,
                        Collectors.flatMapping(e -> e.findInterval().stream(), Collectors.toList())));
        return new OpeningCalendar(getWeeklyHours(), byDate);
    }

    public Long getId() {
        return id;
    }

    public Merchant getMerchant() {
        return merchant;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PostalAddress getAddress() {
        return new PostalAddress(street, houseNumber, postalCode, city);
    }

    public GeoPoint getLocation() {
        return new GeoPoint(lat, lon);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isPickupEnabled() {
        return pickupEnabled;
    }

    public void setPickupEnabled(boolean pickupEnabled) {
        this.pickupEnabled = pickupEnabled;
    }

    public String getPickupNote() {
        return pickupNote;
    }

    public void setPickupNote(String pickupNote) {
        this.pickupNote = pickupNote;
    }

    /** Minutes the staff need to put reserved goods aside; shoppers are told to come no earlier. */
    public int getPreparationMinutes() {
        return preparationMinutes;
    }

    /** @throws IllegalArgumentException outside 0 to {@value #MAX_PREPARATION_MINUTES} minutes */
    public void setPreparationMinutes(int preparationMinutes) {
        if (preparationMinutes < 0 || preparationMinutes > MAX_PREPARATION_MINUTES) {
            throw new IllegalArgumentException("The preparation time must lie between 0 and " + MAX_PREPARATION_MINUTES
                    + " minutes, not " + preparationMinutes);
        }
        this.preparationMinutes = preparationMinutes;
    }

    public List<OpeningInterval> getWeeklyHours() {
        return weeklyHours.stream().map(WeeklyHours::toInterval).toList();
    }

    public List<OpeningException> getExceptions() {
        return Collections.unmodifiableList(exceptions);
    }

    public List<OpeningInterval> hoursOn(DayOfWeek day) {
        return getWeeklyHours().stream().filter(i -> i.day() == day).toList();
    }
}
