// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignDraftProblemsTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 5, 10, 0);

    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        CampaignDraft draft = new CampaignDraft(null, " ", null, null, null, null, false, null, null);

        assertThat(CampaignService.problems(draft)).containsExactly(
                Map.entry("name", "campaign.name.required"),
                Map.entry("kind", "campaign.kind.required"),
                Map.entry("starts", "campaign.starts.required"),
                Map.entry("ends", "campaign.ends.required"));
    }

    @Test
    void theEndMustFollowTheStartAndTextsHaveLimits() {
        CampaignDraft draft = new CampaignDraft(null, "x".repeat(161), CampaignKind.EVENT, START, START,
                "y".repeat(4001), true, Set.of(1L), Set.of());

        assertThat(CampaignService.problems(draft)).containsOnlyKeys("name", "ends", "description")
                .containsEntry("ends", "campaign.ends.beforeStart")
                .containsEntry("name", "campaign.name.tooLong");
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        CampaignDraft draft = new CampaignDraft(null, "Lange Einkaufsnacht", CampaignKind.LATE_OPENING, START,
                START.plusHours(5), null, true, Set.of(1L, 2L), Set.of(3L));

        assertThat(CampaignService.problems(draft)).isEmpty();
    }
}
