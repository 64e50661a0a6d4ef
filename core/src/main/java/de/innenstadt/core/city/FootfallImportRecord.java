// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What became of one counts file: how many rows it had, how many hours and outage hours were stored,
 * and each refused row with its line. Rows that are refused stay gaps in every figure, which is what
 * an hour nobody could read is; a file none of whose rows could be read is refused as a whole.
 */
@Entity
@Table(name = "footfall_import")
public class FootfallImportRecord {

    /** How many refused rows are kept with their line; the count covers all of them. */
    public static final int REJECTIONS_KEPT = 1000;

    /** Where a file came from. */
    public enum Source { UPLOAD, DROP_FOLDER }

    /** Whether the file's readable rows were stored, or nothing was. */
    public enum Status { STORED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "file_name")
    private String fileName;

    private String username;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "rows_read")
    private int rowsRead;

    @Column(name = "hours_stored")
    private int hoursStored;

    @Column(name = "outage_hours")
    private int outageHours;

    @Column(name = "rows_rejected")
    private int rowsRejected;

    @Column(name = "locations_created")
    private int locationsCreated;

    @Column(name = "first_hour")
    private LocalDateTime firstHour;

    @Column(name = "last_hour")
    private LocalDateTime lastHour;

    @Enumerated(EnumType.STRING)
    private FootfallProblem problem;

    @Column(name = "problem_detail")
    private String problemDetail;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "footfall_rejected_row", joinColumns = @JoinColumn(name = "import_id"))
    @OrderBy("line")
    private List<FootfallRejection> rejections = new ArrayList<>();

    protected FootfallImportRecord() {
    }

    public FootfallImportRecord(Source source, String fileName, String username, Instant startedAt) {
        this.source = source;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.username = username;
        this.startedAt = startedAt;
    }

    /** The file's readable rows were stored; the others are listed. */
    public void stored(FootfallImport.Summary summary, int rows, List<FootfallRejection> refused, LocalDateTime first,
            LocalDateTime last, Instant finished) {
        status = Status.STORED;
        rowsRead = rows;
        hoursStored = summary.hoursWritten();
        outageHours = summary.outageHours();
        locationsCreated = summary.locationsCreated();
        firstHour = first;
        lastHour = last;
        keep(refused);
        finishedAt = finished;
    }

    /** Nothing of the file was stored, for the reason given. */
    public void refused(FootfallProblem why, String detail, int rows, List<FootfallRejection> refused, Instant finished) {
        status = Status.REFUSED;
        problem = why;
        problemDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        rowsRead = rows;
        keep(refused);
        finishedAt = finished;
    }

    private void keep(List<FootfallRejection> refused) {
        rowsRejected = refused.size();
        rejections = new ArrayList<>(refused.subList(0, Math.min(refused.size(), REJECTIONS_KEPT)));
    }

    public Long getId() {
        return id;
    }

    public Source getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public Optional<String> findUsername() {
        return Optional.ofNullable(username);
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getHoursStored() {
        return hoursStored;
    }

    public int getOutageHours() {
        return outageHours;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public int getLocationsCreated() {
        return locationsCreated;
    }

    /** The first and last hour stored (UTC), when any was. */
    public Optional<LocalDateTime> findFirstHour() {
        return Optional.ofNullable(firstHour);
    }

    public Optional<LocalDateTime> findLastHour() {
        return Optional.ofNullable(lastHour);
    }

    public Optional<FootfallProblem> findProblem() {
        return Optional.ofNullable(problem);
    }

    public String getProblemDetail() {
        return problemDetail;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** The first {@value #REJECTIONS_KEPT} refused rows, by line. */
    public List<FootfallRejection> getRejections() {
        return List.copyOf(rejections);
    }
}
