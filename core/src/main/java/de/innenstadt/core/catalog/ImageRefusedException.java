// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

/** A picture named by address could not be fetched or stored; {@link #refusal()} says why, {@link #detail()} what was seen. */
public class ImageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImageRefusal refusal;
    private final String detail;
    private final boolean passing;

    public ImageRefusedException(ImageRefusal refusal, String detail) {
        this(refusal, detail, refusal.isPassing());
    }

    /** With {@code passing}: whether this case may succeed later (an HTTP 503 may, a 404 does not). */
    public ImageRefusedException(ImageRefusal refusal, String detail, boolean passing) {
        super(refusal + ": " + detail);
        this.refusal = refusal;
        this.detail = detail;
        this.passing = passing;
    }

    public ImageRefusal refusal() {
        return refusal;
    }

    public String detail() {
        return detail;
    }

    public boolean isPassing() {
        return passing;
    }
}
