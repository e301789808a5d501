package org.haven.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.outreach.ContactAge;
import org.haven.outreach.Sex;

/**
 * The day's record of a joint action: the persons met in counts (never names), the screenings with
 * the indicators seen, interviews held on site, persons who declined help, each authority's
 * findings and the follow-up tasks per organisation.
 */
public record JointActionRecord(
    List<MetGroup> met,
    List<Screening> screenings,
    Integer interviews,
    Integer declined,
    List<Finding> findings,
    List<FollowUpTask> followUps) {

  public JointActionRecord {
    met = met == null ? List.of() : List.copyOf(met);
    screenings = screenings == null ? List.of() : List.copyOf(screenings);
    findings = findings == null ? List.of() : List.copyOf(findings);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  /** Persons met of one sex, age band and citizenship. */
  public record MetGroup(Sex sex, ContactAge ageBand, String citizenship, Integer people) {}

  /** One screening with the indicator checklist: the indicators seen. */
  public record Screening(List<String> indicators) {
    public Screening {
      indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
  }

  /** What one participating organisation found: codes of its authority and free text. */
  public record Finding(UUID organisation, List<FindingCode> codes, String text) {
    public Finding {
      codes = codes == null ? List.of() : List.copyOf(codes);
    }
  }

  /** A task after the action for one participating organisation. */
  public record FollowUpTask(UUID organisation, String task, LocalDate due, Boolean done) {}

  /** Everyone met, counted. */
  public int personsMet() {
    return met.stream().mapToInt(g -> g.people() == null ? 0 : g.people()).sum();
  }
}
