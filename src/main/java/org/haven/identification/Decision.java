package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.haven.intake.Exploitation;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One decision of the competent authority; a reconsideration adds a new one and keeps the earlier.
 *
 * @param forms the forms of exploitation established, comma-separated
 * @param mainForm the main form, for national statistics
 * @param recordedFor the organisation of the user who recorded it
 * @param onBehalf recorded by the centre on the deciding authority's behalf
 * @param industries the industries of forced labour established, comma-separated
 * @param mainUndetermined the main form was stated as not determined
 */
@Table(schema = "identification", name = "decision")
public record Decision(
    UUID decisionId,
    DecisionOutcome outcome,
    Authority authority,
    LocalDate decidedOn,
    String forms,
    Exploitation mainForm,
    String exploitationCountry,
    ResidenceStatus residenceStatus,
    String reasoning,
    String reconsiderationReason,
    UUID recordedBy,
    UUID recordedFor,
    boolean onBehalf,
    Instant recordedAt,
    String industries,
    boolean mainUndetermined) {

  /** The forms of exploitation established. */
  public List<Exploitation> establishedForms() {
    return forms == null || forms.isBlank()
        ? List.of()
        : Arrays.stream(forms.split(",")).map(Exploitation::valueOf).toList();
  }

  /** The industries of forced labour established. */
  public List<LabourIndustry> establishedIndustries() {
    return industries == null || industries.isBlank()
        ? List.of()
        : Arrays.stream(industries.split(",")).map(LabourIndustry::valueOf).toList();
  }
}
