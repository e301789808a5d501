package org.haven.operations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A joint action of the authorities and the centre against a workplace, venue or housing. The
 * address is present only for a participant who asked for it; the record once the action was held
 * (the calendar leaves it out and gives the persons met only).
 */
public record JointAction(
    UUID id,
    String title,
    UUID lead,
    String leadName,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String sector,
    SiteType siteType,
    String municipality,
    String area,
    String address,
    List<Member> organisations,
    List<Member> participants,
    List<BriefingItem> briefing,
    String notes,
    JointActionStatus status,
    int personsMet,
    JointActionRecord record,
    int referrals,
    long version) {

  /** An invited organisation or a named participant, with the name to show. */
  public record Member(UUID id, String name) {}

  public boolean invites(UUID organisation) {
    return lead.equals(organisation)
        || organisations.stream().anyMatch(m -> m.id().equals(organisation));
  }
}
