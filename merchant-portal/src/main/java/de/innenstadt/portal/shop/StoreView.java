// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.shop;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.PublicHolidays;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.core.merchant.MerchantService.ExceptionRow;
import de.innenstadt.core.merchant.MerchantService.StoreDetails;
import de.innenstadt.core.merchant.OpeningHoursException;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One store: address and map position, contact, pickup, opening hours in the door-sign form, and
 * dates with other hours. The public holidays of the city's Bundesland are listed because the
 * platform treats them as closed unless an exception opens the store. The id comes from the URL;
 * the service refuses ids of other merchants' stores (404).
 */
@Named
@ViewScoped
public class StoreView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM.yyyy");

    @Inject
    private MerchantService merchants;

    @Inject
    private CurrentActor actor;

    @Inject
    private CitySettingsService city;

    private long id;
    private boolean loaded;

    @NotBlank(message = "{portal.name.required}")
    @Size(max = 160, message = "{portal.text.tooLong}")
    private String name;

    private AddressFields address = new AddressFields();

    @NotNull(message = "{portal.latitude.range}")
    @DecimalMin(value = "-90", message = "{portal.latitude.range}")
    @DecimalMax(value = "90", message = "{portal.latitude.range}")
    private BigDecimal latitude;

    @NotNull(message = "{portal.longitude.range}")
    @DecimalMin(value = "-180", message = "{portal.longitude.range}")
    @DecimalMax(value = "180", message = "{portal.longitude.range}")
    private BigDecimal longitude;

    @Pattern(regexp = "[+0-9 ()/-]{0,40}", message = "{portal.phone.invalid}")
    private String phone;

    @Email(message = "{portal.email.invalid}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String email;

    private boolean pickupEnabled;

    @Size(max = 300, message = "{portal.text.tooLong}")
    private String pickupNote;

    @NotNull(message = "{portal.preparationMinutes.range}")
    @Min(value = 0, message = "{portal.preparationMinutes.range}")
    @Max(value = Store.MAX_PREPARATION_MINUTES, message = "{portal.preparationMinutes.range}")
    private Integer preparationMinutes;

    @Size(max = 500, message = "{portal.text.tooLong}")
    private String weeklyHours;

    private List<ExceptionRow> exceptions = List.of();

    @NotNull(message = "{portal.date.required}")
    private LocalDate exceptionDay;
    private LocalTime exceptionOpens;
    private LocalTime exceptionCloses;

    @Size(max = 200, message = "{portal.text.tooLong}")
    private String exceptionNote;

    /** Runs on the first GET: loads the store named in the URL, which the service checks against the caller. */
    public void load() {
        if (loaded) {
            return;
        }
        StoreDetails store = merchants.findStore(actor.get(), id);
        name = store.name();
        address = AddressFields.of(store.address());
        latitude = store.location().latitude();
        longitude = store.location().longitude();
        phone = store.phone();
        email = store.email();
        pickupEnabled = store.pickupEnabled();
        pickupNote = store.pickupNote();
        preparationMinutes = store.preparationMinutes();
        weeklyHours = store.weeklyHours();
        exceptions = merchants.findExceptions(actor.get(), id);
        loaded = true;
    }

    public void save() {
        try {
            OpeningHoursSpec.parse(weeklyHours);
        } catch (OpeningHoursException e) {
            // said in the merchant's language, naming the part to change
            Messages.error("store:weeklyHours", "store.hours.invalid." + e.problem().name(), e.parts().toArray());
            return;
        }
        merchants.saveStore(actor.get(), new StoreDetails(id, name, address.toPostalAddress(), new GeoPoint(latitude, longitude), phone, email,
                pickupEnabled,
                pickupNote, preparationMinutes, weeklyHours));
        weeklyHours = merchants.findStore(actor.get(), id).weeklyHours();
        Messages.info(null, "store.saved");
    }

    public void addException() {
        if ((exceptionOpens == null) != (exceptionCloses == null)
                || (exceptionOpens != null && !exceptionOpens.isBefore(exceptionCloses))) {
            Messages.error("exception:opens", "store.exception.times");
            return;
        }
        merchants.addException(actor.get(), id, exceptionDay, exceptionOpens, exceptionCloses, exceptionNote);
        exceptions = merchants.findExceptions(actor.get(), id);
        Messages.info(null, "store.exception.added", DAY.format(exceptionDay));
        exceptionDay = null;
        exceptionOpens = null;
        exceptionCloses = null;
        exceptionNote = null;
    }

    public void removeException(long exceptionId) {
        merchants.removeException(actor.get(), id, exceptionId);
        exceptions = merchants.findExceptions(actor.get(), id);
        Messages.info(null, "store.exception.removed");
    }

    /** The public holidays of the coming twelve months in the city's Bundesland, named. */
    public List<Map.Entry<LocalDate, String>> getHolidays() {
        LocalDate today = LocalDate.now(city.current().getZone());
        Map<LocalDate, String> holidays = new TreeMap<>(PublicHolidays.of(city.current().getRegion(), today.getYear()));
        holidays.putAll(PublicHolidays.of(city.current().getRegion(), today.getYear() + 1));
        holidays.keySet().removeIf(day -> day.isBefore(today) || day.isAfter(today.plusYears(1)));
        return List.copyOf(holidays.entrySet());
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.withLocale(Messages.locale()).format(day);
    }

    public AddressFields getAddress() {
        return address;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public List<ExceptionRow> getExceptions() {
        return exceptions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
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

    public Integer getPreparationMinutes() {
        return preparationMinutes;
    }

    public void setPreparationMinutes(Integer preparationMinutes) {
        this.preparationMinutes = preparationMinutes;
    }

    public String getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(String weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public LocalDate getExceptionDay() {
        return exceptionDay;
    }

    public void setExceptionDay(LocalDate exceptionDay) {
        this.exceptionDay = exceptionDay;
    }

    public LocalTime getExceptionOpens() {
        return exceptionOpens;
    }

    public void setExceptionOpens(LocalTime exceptionOpens) {
        this.exceptionOpens = exceptionOpens;
    }

    public LocalTime getExceptionCloses() {
        return exceptionCloses;
    }

    public void setExceptionCloses(LocalTime exceptionCloses) {
        this.exceptionCloses = exceptionCloses;
    }

    public String getExceptionNote() {
        return exceptionNote;
    }

    public void setExceptionNote(String exceptionNote) {
        this.exceptionNote = exceptionNote;
    }
}
