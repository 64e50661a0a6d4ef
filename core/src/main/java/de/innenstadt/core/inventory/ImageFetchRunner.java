// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.ImageFetcher;
import de.innenstadt.core.catalog.ImageRefusal;
import de.innenstadt.core.catalog.ImageRefusedException;
import de.innenstadt.core.catalog.InvalidImageException;
import de.innenstadt.core.catalog.PreparedPicture;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.inventory.ImageFetches.Claim;
import de.innenstadt.core.platform.AddressRanges;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches the due pictures one after another: the download outside any transaction (it may take the
 * whole timeout), then checking, shrinking and storing in a short one. Called by a timer on every
 * instance; rows are claimed, so no picture is fetched twice at once.
 */
@ApplicationScoped
public class ImageFetchRunner {

    @Inject
    private ImageFetches fetches;

    @Inject
    private ProductImages images;

    @Inject
    @ConfigProperty(name = "innenstadt.images.fetch.allowed-addresses")
    private Optional<String> allowedAddresses;

    @Inject
    @ConfigProperty(name = "innenstadt.images.fetch.max-kilobytes", defaultValue = "10240")
    private int maxKilobytes;

    @Inject
    @ConfigProperty(name = "innenstadt.images.fetch.timeout-seconds", defaultValue = "20")
    private int timeoutSeconds;

    private ImageFetcher fetcher;

    @PostConstruct
    void start() {
        fetcher = new ImageFetcher(AddressRanges.parse("innenstadt.images.fetch.allowed-addresses", allowedAddresses.orElse("")),
                maxKilobytes, Duration.ofSeconds(timeoutSeconds));
    }

    /** The largest picture fetched, for the portal's explanation of a refusal. */
    public int maxKilobytes() {
        return maxKilobytes;
    }

    /** Fetches up to {@code limit} due pictures; returns how many were taken, so the caller knows whether to go on. */
    public int runDue(int limit) {
        List<Claim> claims = fetches.claimDue(limit);
        for (Claim claim : claims) {
            byte[] bytes = null;
            try {
                bytes = fetcher.fetch(claim.sourceUrl());
                PreparedPicture picture = images.checkFetched(bytes);
                fetches.stored(claim, picture);
            } catch (ImageRefusedException e) {
                fetches.refused(claim, e.refusal(), e.detail(), e.isPassing());
            } catch (InvalidImageException e) {
                ImageRefusal refusal = refusal(e.problem());
                fetches.refused(claim, refusal, refusal == ImageRefusal.NOT_AN_IMAGE ? whatItIs(bytes) : e.getMessage(), false);
            }
        }
        return claims.size();
    }

    /** What a file that is no picture looks like, for the merchant: a web page instead of a picture is the usual mistake. */
    static String whatItIs(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "empty";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<head")) {
            return "HTML, " + bytes.length + " B";
        }
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
            return "SVG, " + bytes.length + " B";
        }
        if (start.startsWith("gif8")) {
            return "GIF, " + bytes.length + " B";
        }
        if (start.startsWith("%pdf")) {
            return "PDF, " + bytes.length + " B";
        }
        return bytes.length + " B";
    }

    private static ImageRefusal refusal(InvalidImageException.Problem problem) {
        return switch (problem) {
            case EMPTY, UNSUPPORTED_TYPE -> ImageRefusal.NOT_AN_IMAGE;
            case TOO_LARGE -> ImageRefusal.TOO_LARGE;
            case DAMAGED -> ImageRefusal.DAMAGED;
            case TOO_MANY_PIXELS -> ImageRefusal.TOO_MANY_PIXELS;
        };
    }
}
