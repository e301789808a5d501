package org.haven.operations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A joint action as it is planned: the lead authority, who is invited (organisations and named
 * users of them), when, the sector by ISIC section, the kind of site, the area and the classified
 * address, the briefing points done so far and notes for the participants.
 */
public record JointActionPlan(
    String title,
    UUID lead,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String sector,
    SiteType siteType,
    String municipality,
    String area,
    String address,
    List<UUID> organisations,
    List<UUID> participants,
    List<BriefingItem> briefing,
    String notes) {

  public JointActionPlan {
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    participants = participants == null ? List.of() : List.copyOf(participants);
    briefing = briefing == null ? List.of() : List.copyOf(briefing);
  }
}
