// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the footfall routes are set up; a route whose source is not configured is not started.
 *
 * @param dropDir folder watched for CSV downloads ({@code innenstadt.footfall.drop-dir})
 * @param apiUrl base URL of the counter API ({@code innenstadt.footfall.api-url})
 * @param apiToken token sent in the {@code X-API-Token} header ({@code innenstadt.footfall.api-token})
 * @param pollInterval time between API polls ({@code innenstadt.footfall.poll-minutes})
 * @param lookback how far back each poll asks again, so late or corrected hours arrive
 *     ({@code innenstadt.footfall.lookback-hours})
 * @param backfill how much history the first poll after start loads, in windows of a month, so a
 *     town that starts with the platform gets its counters' past ({@code innenstadt.footfall.backfill-days},
 *     0 for none)
 */
public record FootfallRouteSettings(Optional<Path> dropDir, Optional<URI> apiUrl, String apiToken, Duration pollInterval,
        Duration lookback, Duration backfill) {
}
