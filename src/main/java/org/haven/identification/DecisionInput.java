package org.haven.identification;

import java.time.LocalDate;
import java.util.List;
import org.haven.intake.Exploitation;

/**
 * A decision as recorded.
 *
 * @param authority the deciding authority; null: the competent one for the residence status
 * @param onBehalf the centre records the decision of another authority (the immigration service, a
 *     court)
 * @param mainForm the main form of exploitation; null with one form: that form
 * @param reconsiderationReason required when a decision already exists: the new information
 * @param periodStart when the period a positive decision opens starts; null: the decision date
 * @param industries the industries of forced labour (only with {@code ForcedLabour} among the
 *     forms)
 * @param mainFormUndetermined the main form could not be determined (with several forms)
 */
public record DecisionInput(
    DecisionOutcome outcome,
    Authority authority,
    boolean onBehalf,
    LocalDate decidedOn,
    List<Exploitation> forms,
    Exploitation mainForm,
    String exploitationCountry,
    String reasoning,
    String reconsiderationReason,
    LocalDate periodStart,
    List<LabourIndustry> industries,
    boolean mainFormUndetermined) {

  public DecisionInput {
    forms = forms == null ? List.of() : forms.stream().distinct().toList();
    industries = industries == null ? List.of() : industries.stream().distinct().toList();
  }

  /** A decision without forced-labour industries. */
  public DecisionInput(
      DecisionOutcome outcome,
      Authority authority,
      boolean onBehalf,
      LocalDate decidedOn,
      List<Exploitation> forms,
      Exploitation mainForm,
      String exploitationCountry,
      String reasoning,
      String reconsiderationReason,
      LocalDate periodStart) {
    this(
        outcome,
        authority,
        onBehalf,
        decidedOn,
        forms,
        mainForm,
        exploitationCountry,
        reasoning,
        reconsiderationReason,
        periodStart,
        List.of(),
        false);
  }
}
