// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.feed.ApiKeys;
import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedHistory;
import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedSettings;
import de.innenstadt.core.feed.ImportPreview;
import de.innenstadt.core.feed.ImportProgress;
import de.innenstadt.core.feed.InvalidFeedSettingsException;
import de.innenstadt.core.feed.KeyRevokedException;
import de.innenstadt.core.merchant.FeedMode;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.core.merchant.MerchantService.StoreChoice;
import de.innenstadt.portal.platform.ActedOn;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The merchant's feed page. Uploads go to {@link FeedUploadServlet}; this view shows what came of
 * them (progress, preview, history) and edits the feed settings and push API keys.
 */
@Named
@ViewScoped
public class FeedsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many imports the history lists. */
    static final int HISTORY_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A preview handed over from the upload servlet through the session, shown once. */
    public record PreviewResult(String fileName, String format, Long storeId, ImportPreview preview) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private FeedImports imports;

    @Inject
    private FeedHistory history;

    @Inject
    private ApiKeys apiKeys;

    @Inject
    private MerchantService merchants;

    private List<StoreChoice> stores;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    private Long currentImportId;
    private transient PreviewResult preview;
    private String newKey;
    private ArrayList<ApiKeys.KeyRow> keys;
    private String newKeyLabel;

    private String format;
    private FeedMode mode;
    private Integer intervalMinutes;
    private BigDecimal thresholdPercent;
    private String delimiter;
    private String charset;
    private String decimalSeparator;
    /** Our field (in {@link FeedParseOptions#FIELDS}' order) to the header of the owner's column; empty = recognised by name. */
    private LinkedHashMap<String, String> columns = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        try {
            currentImportId = params.get("import") == null ? null : Long.valueOf(params.get("import"));
        } catch (NumberFormatException e) {
            currentImportId = null;
        }
        if (params.get("preview") != null) {
            preview = (PreviewResult) external.getSessionMap().remove(FeedUploadServlet.PREVIEW_ATTRIBUTE);
        }
        FeedSettings settings = imports.settings(actor.get());
        format = settings.format() == null ? "" : settings.format().name();
        mode = settings.mode();
        intervalMinutes = settings.intervalMinutes();
        thresholdPercent = BigDecimal.valueOf(settings.rejectThreshold()).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        delimiter = settings.delimiter() == null ? "" : settings.delimiter() == '\t' ? "tab" : settings.delimiter().toString();
        charset = settings.charset();
        decimalSeparator = settings.decimalSeparator() == null ? "" : settings.decimalSeparator().toString();
        FeedParseOptions.FIELDS.forEach(field -> columns.put(field, settings.columnMapping().getOrDefault(field, "")));
    }

    public List<FeedFormat> getFormats() {
        return List.of(FeedFormat.values());
    }

    public Optional<ImportProgress> getCurrentImport() {
        return currentImportId == null ? Optional.empty() : history.findImport(actor.get(), currentImportId);
    }

    public ImportProgress getCurrent() {
        return getCurrentImport().orElse(null);
    }

    public List<ImportProgress> getHistory() {
        return history.recentImports(actor.get(), HISTORY_SIZE);
    }

    /** The largest file the upload takes, so the page can say so before the file is sent. */
    public long getMaxUploadBytes() {
        return imports.maxFileBytes();
    }

    public FeedHistory.FeedHealth getHealth() {
        return history.feedHealth(actor.get());
    }

    /** The keys as last drawn: a key created in another tab must not move the row a click lands on. */
    public List<ApiKeys.KeyRow> getKeys() {
        if (keys == null) {
            keys = new ArrayList<>(apiKeys.list(actor.get()));
        }
        return keys;
    }

    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(ZoneId.of("Europe/Berlin")));
    }

    public double seconds(ImportProgress p) {
        return p.seconds(Instant.now(clock));
    }

    public void saveSettings() {
        try {
            Character delimiterChar = delimiter == null || delimiter.isBlank() ? null : "tab".equals(delimiter) ? '\t' : delimiter.charAt(0);
            Character decimal = decimalSeparator == null || decimalSeparator.isBlank() ? null : decimalSeparator.charAt(0);
            FeedSettings settings = new FeedSettings(format == null || format.isBlank() ? null : FeedFormat.valueOf(format),
                    delimiterChar, charset, decimal, columnMapping(),
                    thresholdPercent == null ? FeedSettings.DEFAULT_THRESHOLD : thresholdPercent.doubleValue() / 100,
                    mode == null ? FeedMode.DELTA : mode, intervalMinutes);
            imports.saveSettings(actor.get(), settings);
            message(FacesMessage.SEVERITY_INFO, text("feeds.settings.saved"));
        } catch (InvalidFeedSettingsException e) {
            message(FacesMessage.SEVERITY_ERROR, e.text().in(Messages.locale()));
        }
    }

    public void createKey() {
        newKey = apiKeys.create(actor.get(), newKeyLabel);
        newKeyLabel = null;
        keys = null;
    }

    /** Rotates the key the clicked button names ({@link ActedOn}), not the one now at the row's place. */
    public void rotateKey() {
        try {
            newKey = apiKeys.rotate(actor.get(), ActedOn.id("key"));
        } catch (KeyRevokedException e) {
            newKey = null;
            message(FacesMessage.SEVERITY_WARN, MessageFormat.format(text("feeds.keys.alreadyRevoked"), e.label()));
        }
        keys = null;
    }

    public void revokeKey() {
        newKey = null;
        try {
            String label = apiKeys.revoke(actor.get(), ActedOn.id("key"));
            message(FacesMessage.SEVERITY_INFO, MessageFormat.format(text("feeds.keys.revoked"), label));
        } catch (KeyRevokedException e) {
            message(FacesMessage.SEVERITY_WARN, MessageFormat.format(text("feeds.keys.alreadyRevoked"), e.label()));
        }
        keys = null;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The merchant's stores, for naming the store a till export without store column is for. */
    public List<StoreChoice> getStores() {
        if (stores == null) {
            stores = merchants.findStoreChoices(actor.get(), actor.get().findMerchantId().orElseThrow());
        }
        return stores;
    }

    /** The store chosen for the file last previewed, so that importing it right after keeps the choice. */
    public Long getUploadStoreId() {
        return preview == null ? null : preview.storeId();
    }

    /** The name of the store the previewed file is for, shown for its lines without a store code; empty: none chosen. */
    public String getPreviewStoreName() {
        Long storeId = getUploadStoreId();
        return storeId == null ? "" : getStores().stream().filter(s -> s.id() == storeId).map(StoreChoice::name).findFirst().orElse("");
    }

    public PreviewResult getPreview() {
        return preview;
    }

    public String getNewKey() {
        return newKey;
    }

    public String getNewKeyLabel() {
        return newKeyLabel;
    }

    public void setNewKeyLabel(String newKeyLabel) {
        this.newKeyLabel = newKeyLabel;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public FeedMode getMode() {
        return mode;
    }

    public void setMode(FeedMode mode) {
        this.mode = mode;
    }

    public List<FeedMode> getModes() {
        return List.of(FeedMode.values());
    }

    public Integer getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(Integer intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }

    public BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    public void setThresholdPercent(BigDecimal thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(String decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    /** The owner's column header per field, for the form's one input per field. */
    public Map<String, String> getColumns() {
        return columns;
    }

    /** Whether the owner named any column: the form opens the list then, and keeps it closed for everybody else. */
    public boolean isColumnsNamed() {
        return columns.values().stream().anyMatch(header -> header != null && !header.isBlank());
    }

    public List<String> getColumnFields() {
        return FeedParseOptions.FIELDS;
    }

    private Map<String, String> columnMapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        columns.forEach((field, header) -> {
            if (header != null && !header.isBlank()) {
                mapping.put(field, header.strip());
            }
        });
        return mapping;
    }
}
