// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A campaign as the city-centre manager entered it, in the city's local time, before it is checked.
 *
 * @param id the campaign to change, or null for a new one
 */
public record CampaignDraft(Long id, String name, CampaignKind kind, LocalDateTime starts, LocalDateTime ends,
        String description, boolean publicCampaign, Set<Long> locationIds, Set<Long> merchantIds) {

    public CampaignDraft {
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
        merchantIds = merchantIds == null ? Set.of() : Set.copyOf(merchantIds);
    }
}
