package org.haven.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.operations.JointAction.Member;

/** A task force with its members, meetings and, once closed, its closing report. */
public record TaskForce(
    UUID id,
    String name,
    String purpose,
    UUID lead,
    String leadName,
    List<Member> organisations,
    List<Member> members,
    String sector,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean closed,
    String closingReport,
    int linkedCases,
    List<Meeting> meetings,
    long version) {

  /** A meeting: when, the minutes and the decisions taken. */
  public record Meeting(UUID id, LocalDate heldOn, String minutes, String decisions) {}

  /** Whether the organisation leads the task force or is a member now. */
  public boolean includes(UUID organisation) {
    return lead.equals(organisation)
        || organisations.stream().anyMatch(m -> m.id().equals(organisation));
  }
}
