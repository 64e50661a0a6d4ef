// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.FootfallImport;
import de.innenstadt.core.city.FootfallImportLog;
import de.innenstadt.core.city.FootfallImportRecord.Source;
import de.innenstadt.core.city.FootfallImportRecord;
import de.innenstadt.core.city.FootfallProblem;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.Role;
import de.innenstadt.routes.footfall.FootfallCsvParser.FootfallFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads one counts file, wherever it comes from (the city manager's upload in the portal, the drop
 * folder's route), stores its readable hours and keeps the record of what became of it. One place,
 * so a file gets the same answer by either way in.
 */
@ApplicationScoped
public class FootfallFiles {

    private static final Logger LOG = Logger.getLogger(FootfallFiles.class.getName());

    private FootfallStore store;
    private Consumer<FootfallImportRecord> log;
    private Supplier<ZoneId> zone;
    private Clock clock;

    /** For the CDI proxy only. */
    protected FootfallFiles() {
    }

    @Inject
    FootfallFiles(FootfallImport footfall, FootfallImportLog log, CitySettingsService city, Clock clock) {
        this(footfall::store, log::record, () -> city.current().getZone(), clock);
    }

    public FootfallFiles(FootfallStore store, Consumer<FootfallImportRecord> log, Supplier<ZoneId> zone, Clock clock) {
        this.store = store;
        this.log = log;
        this.zone = zone;
        this.clock = clock;
    }

    /** A file the city manager uploaded in the portal. */
    public FootfallImportRecord upload(Actor actor, String fileName, InputStream content) {
        actor.requireRole(Role.CITY_MANAGER);
        return read(Source.UPLOAD, fileName, actor.username(), content);
    }

    /** A file that was put into the drop folder. */
    public FootfallImportRecord dropped(String fileName, InputStream content) {
        return read(Source.DROP_FOLDER, fileName, null, content);
    }

    private FootfallImportRecord read(Source source, String fileName, String username, InputStream content) {
        FootfallImportRecord record = new FootfallImportRecord(source, fileName, username, Instant.now(clock));
        FootfallFile file;
        try {
            file = new FootfallCsvParser(zone.get()).parse(content);
        } catch (FootfallFormatException e) {
            LOG.info(() -> "Counts file " + fileName + " refused: " + e.getMessage());
            record.refused(e.problem(), e.detail(), 0, List.of(), Instant.now(clock));
            log.accept(record);
            return record;
        }
        if (file.readings().isEmpty()) {
            record.refused(FootfallProblem.NO_ROW_READABLE, null, file.rows(), file.rejections(), Instant.now(clock));
        } else {
            try {
                FootfallImport.Summary summary = store.store(file.readings());
                record.stored(summary, file.rows(), file.rejections(), hour(file, Comparator.naturalOrder()),
                        hour(file, Comparator.reverseOrder()), Instant.now(clock));
            } catch (PersistenceException e) {
                LOG.log(Level.WARNING, "Counts file " + fileName + " could not be stored", e);
                record.refused(FootfallProblem.NOT_STORED, e.getMessage(), file.rows(), file.rejections(), Instant.now(clock));
            }
        }
        log.accept(record);
        return record;
    }

    private static LocalDateTime hour(FootfallFile file, Comparator<LocalDateTime> order) {
        return file.readings().stream().map(FootfallReading::hourStart).min(order).orElseThrow();
    }
}
