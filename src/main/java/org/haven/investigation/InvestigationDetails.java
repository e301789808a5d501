package org.haven.investigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.intake.Exploitation;

/**
 * The criminal case as the police, the prosecution or the centre enter it: dates and outcomes,
 * never a statement. Offences are codes of {@link Offence}, checked by the front door so that an
 * unknown code is a field error.
 */
public record InvestigationDetails(
    UUID policeDistrict,
    UUID prosecution,
    String policeCaseNumber,
    List<String> offences,
    List<Exploitation> exploitation,
    VictimRole victimRole,
    List<Hearing> interviews,
    List<Charge> charges,
    ProsecutionDecision decision,
    List<Hearing> trials,
    CourtVerdict verdict,
    Compensation compensation) {

  public InvestigationDetails {
    offences = offences == null ? List.of() : List.copyOf(offences);
    exploitation = exploitation == null ? List.of() : List.copyOf(exploitation);
    interviews = interviews == null ? List.of() : List.copyOf(interviews);
    charges = charges == null ? List.of() : List.copyOf(charges);
    trials = trials == null ? List.of() : List.copyOf(trials);
  }

  /** A dated step: a police interview of the victim, or a day in court. */
  public record Hearing(LocalDate date, DateStatus status) {}

  /** Charges brought on a day: which offences, against how many suspects. */
  public record Charge(LocalDate date, List<String> offences, Integer suspects) {
    public Charge {
      offences = offences == null ? List.of() : List.copyOf(offences);
    }
  }

  /** The prosecution's decision. */
  public record ProsecutionDecision(LocalDate date, ProsecutionOutcome outcome) {}

  /** The court's verdict: outcome, how many convicted, the sentence in words. */
  public record CourtVerdict(
      LocalDate date, VerdictOutcome outcome, Integer convicted, String sentence) {}

  /** Compensation awarded to the victim. */
  public record Compensation(LocalDate date, BigDecimal amount, String currency) {}
}
