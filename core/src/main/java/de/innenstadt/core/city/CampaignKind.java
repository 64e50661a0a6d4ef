// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

/** What the city-centre management ran: a promotion, an event, or shops open late. */
public enum CampaignKind {
    CAMPAIGN,
    EVENT,
    LATE_OPENING
}
