package org.haven.statistics;

import java.time.LocalDate;
import java.util.List;
import org.haven.identification.Authority;
import org.haven.intake.CallerType;
import org.haven.intake.Exploitation;
import org.haven.people.Birth;
import org.haven.people.Gender;

/**
 * The report's counting rules, in one place (the method note in every report states them in words).
 */
public final class Counting {

  /** The sex groups of the report, in order. */
  static final List<String> SEXES = List.of("female", "male", "transgenderOrOther", "unknown");

  /** The main forms of exploitation of the report (Danish categories), in order. */
  static final List<String> MAIN_FORMS =
      List.of(
          "SexualExploitation",
          "ForcedLabour",
          "ForcedCriminality",
          "Servitude",
          "ForcedBegging",
          "OtherExploitation",
          "Undetermined");

  /** The deciding authorities, as {@code ext_DecidingAuthority} names them. */
  static final List<String> AUTHORITIES = List.of("NationalCentre", "ImmigrationService", "Other");

  /** Age bands at decision, in completed years. */
  static final List<String> AGE_BANDS =
      List.of("0-17", "18-24", "25-34", "35-44", "45-54", "55+", "unknown");

  /** The code for an unknown or absent citizenship. */
  static final String UNKNOWN_COUNTRY = "XX";

  private Counting() {}

  /**
   * Feminine → female, Masculine → male, transgender and non-conforming → transgenderOrOther, not
   * specified or absent → unknown.
   */
  static String sex(Gender gender) {
    if (gender == null) {
      return "unknown";
    }
    return switch (gender) {
      case Feminine -> "female";
      case Masculine -> "male";
      case TransgenderFeminine, TransgenderMasculine, NonConforming -> "transgenderOrOther";
      case NonSpecifiedUnknown -> "unknown";
    };
  }

  /**
   * The main form: the one recorded when given, else the only form listed when exactly one is, else
   * Undetermined; reported in the Danish categories.
   */
  public static String mainForm(
      Exploitation recorded, List<Exploitation> forms, boolean undetermined) {
    if (undetermined && recorded == null) {
      return "Undetermined";
    }
    if (recorded != null) {
      return category(recorded);
    }
    if (forms.size() == 1) {
      return category(forms.get(0));
    }
    return "Undetermined";
  }

  /**
   * The report category of one form: the five national categories by name; HTCDS {@code Other} and
   * every other form (forced marriage, organ removal, child labour, …) as OtherExploitation.
   */
  static String category(Exploitation form) {
    return switch (form) {
      case SexualExploitation, ForcedLabour, ForcedCriminality, Servitude, ForcedBegging ->
          form.name();
      default -> "OtherExploitation";
    };
  }

  /** Age in completed years on the decision date (a birth year alone: born on 1 July). */
  static Integer age(Birth birth, LocalDate decidedOn) {
    if (birth == null) {
      return null;
    }
    var age = birth.ageAt(decidedOn);
    return age.isPresent() ? age.getAsInt() : null;
  }

  static String ageBand(Integer age) {
    if (age == null) {
      return "unknown";
    }
    if (age < 18) {
      return "0-17";
    }
    if (age < 25) {
      return "18-24";
    }
    if (age < 35) {
      return "25-34";
    }
    if (age < 45) {
      return "35-44";
    }
    if (age < 55) {
      return "45-54";
    }
    return "55+";
  }

  /** The first citizenship listed, or XX. */
  static String citizenship(List<String> citizenships) {
    return citizenships == null || citizenships.isEmpty() ? UNKNOWN_COUNTRY : citizenships.get(0);
  }

  /** The deciding authority as {@code ext_DecidingAuthority} names it. */
  public static String authority(Authority authority) {
    return switch (authority) {
      case NATIONAL_CENTRE -> "NationalCentre";
      case IMMIGRATION_SERVICE -> "ImmigrationService";
      case COURT -> "Other";
    };
  }

  /** Hotline caller types, as {@code ext_CallerType} names them. */
  static String callerType(CallerType type) {
    return switch (type) {
      case POLICE -> "Police";
      case OTHER_AUTHORITY -> "OtherAuthority";
      case NGO -> "NGO";
      case PUBLIC -> "Citizen";
      case POSSIBLE_VICTIM -> "PersonConcerned";
      case OTHER -> "Other";
    };
  }

  static final List<String> CALLER_TYPES =
      List.of("Police", "OtherAuthority", "NGO", "Citizen", "PersonConcerned", "Other");
}
