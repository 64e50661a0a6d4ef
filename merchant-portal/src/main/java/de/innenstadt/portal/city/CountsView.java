// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.CityReport;
import de.innenstadt.core.city.FootfallImportLog;
import de.innenstadt.core.city.FootfallImportRecord;
import de.innenstadt.core.city.FootfallRejection;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The city manager's counts page: upload a counter download, see what became of it (hours stored,
 * outage hours, each refused row with its line and reason in the manager's language) and of the
 * files before it, the drop folder's included.
 */
@Named
@RequestScoped
public class CountsView {

    /** How many earlier files the page lists. */
    static final int RECENT = 20;
    /** How many refused rows the page shows; the record keeps up to {@value FootfallImportRecord#REJECTIONS_KEPT}. */
    static final int ROWS_SHOWN = 200;

    @Inject
    private FootfallImportLog log;

    @Inject
    private CityReport report;

    @Inject
    private CurrentActor actor;

    private List<FootfallImportRecord> recent;
    private Optional<FootfallImportRecord> current;

    @PostConstruct
    void load() {
        recent = log.recent(actor.get(), RECENT);
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("import");
        current = id != null && id.matches("\\d{1,18}") ? log.find(actor.get(), Long.parseLong(id)) : Optional.empty();
    }

    public List<FootfallImportRecord> getRecent() {
        return recent;
    }

    /** The file just uploaded or picked from the list, or null. */
    public FootfallImportRecord getCurrent() {
        return current.orElse(null);
    }

    public List<FootfallRejection> getRejectionsShown() {
        return current.map(r -> r.getRejections().subList(0, Math.min(ROWS_SHOWN, r.getRejections().size()))).orElse(List.of());
    }

    public long getMaxUploadBytes() {
        return FootfallUploadServlet.MAX_BYTES;
    }

    /** One sentence on what became of a file, for the status line and the list. */
    public String outcome(FootfallImportRecord record) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Messages.locale());
        if (record.getStatus() == FootfallImportRecord.Status.REFUSED) {
            return Messages.text("counts.refused", problem(record));
        }
        return Messages.text("counts.stored", numbers.format(record.getHoursStored()), numbers.format(record.getOutageHours()),
                numbers.format(record.getRowsRejected()), numbers.format(record.getRowsRead()));
    }

    /** Why a whole file was refused, in the manager's language. */
    public String problem(FootfallImportRecord record) {
        return record.findProblem().map(p -> Messages.text("footfall.problem." + p.name(),
                record.getProblemDetail() == null ? "" : record.getProblemDetail())).orElse("");
    }

    /** Why a row was refused, naming the column and value as they stand in the file. */
    public String reason(FootfallRejection rejection) {
        return Messages.text("footfall.problem." + rejection.getProblem().name(),
                rejection.getColumnName() == null ? "" : rejection.getColumnName(),
                rejection.getValue() == null ? "" : rejection.getValue());
    }

    /** The period a file covered, in the city's local time. */
    public String period(FootfallImportRecord record) {
        if (record.findFirstHour().isEmpty()) {
            return "–";
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale());
        return local(record.findFirstHour().get(), format) + " – " + local(record.findLastHour().orElseThrow(), format);
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Messages.locale())
                .format(instant.atZone(report.zone()));
    }

    public String source(FootfallImportRecord record) {
        return Messages.text("counts.source." + record.getSource().name(), record.findUsername().orElse(""));
    }

    private String local(LocalDateTime utc, DateTimeFormatter format) {
        return format.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(report.zone()));
    }
}
