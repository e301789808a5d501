package org.haven.web.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.haven.access.InvalidInput;
import org.haven.intake.AgeBand;
import org.haven.intake.Channel;
import org.haven.intake.ChildServices;
import org.haven.intake.Consent;
import org.haven.intake.Exploitation;
import org.haven.intake.Referral;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;

/**
 * The referral wizard's fields as typed, all strings, so that nothing typed is lost on an error.
 * Each step posts some of them; the rest come from the saved draft.
 */
public record ReferralForm(
    String path,
    String channel,
    String encounterDate,
    String encounterPlace,
    Boolean immediateDanger,
    String interpreterLanguage,
    String givenNames,
    String familyName,
    String otherNames,
    String phone,
    String gender,
    String birthPrecision,
    String birthDate,
    String birthYear,
    String birthEstimateBasis,
    String citizenships,
    String ageBand,
    List<String> exploitation,
    String forcedLabourIndustry,
    List<String> indicators,
    String account,
    Boolean consentToReferral,
    Boolean consentToPolice,
    Boolean consentToContact,
    String childServicesMunicipality,
    String childServicesInformedBy,
    String childServicesInformedAt) {

  /** The form for an existing draft. */
  static ReferralForm of(Referral r, ZoneId zone) {
    Birth birth = r.birth();
    ChildServices services = r.childServices();
    return new ReferralForm(
        name(r.path()),
        name(r.channel()),
        r.encounterDate() == null ? "" : r.encounterDate().toString(),
        nz(r.encounterPlace()),
        r.immediateDanger(),
        nz(r.interpreterLanguage()),
        nz(r.givenNames()),
        nz(r.familyName()),
        nz(r.otherNames()),
        nz(r.phone()),
        name(r.gender()),
        name(birth.precision()),
        birth.date() == null ? "" : birth.date().toString(),
        birth.year() == null || birth.precision() == BirthPrecision.EXACT
            ? ""
            : birth.year().toString(),
        nz(birth.basis()),
        String.join(", ", r.citizenships()),
        name(r.ageBand()),
        r.exploitation().stream().map(Enum::name).toList(),
        nz(r.forcedLabourIndustry()),
        r.indicators(),
        nz(r.account()),
        r.consent().toReferral(),
        r.consent().toPolice(),
        r.consent().toContact(),
        services == null ? "" : nz(services.municipality()),
        services == null ? "" : nz(services.informedBy()),
        services == null || services.informedAt() == null
            ? ""
            : LocalDateTime.ofInstant(services.informedAt(), zone)
                .withSecond(0)
                .withNano(0)
                .toString());
  }

  /** This form with the fields one step posted, the others kept. */
  ReferralForm with(ReferralForm posted, int step) {
    return switch (step) {
      case 1 ->
          new ReferralForm(
              posted.path,
              posted.channel,
              posted.encounterDate,
              posted.encounterPlace,
              posted.immediateDanger,
              posted.interpreterLanguage,
              givenNames,
              familyName,
              otherNames,
              phone,
              gender,
              birthPrecision,
              birthDate,
              birthYear,
              birthEstimateBasis,
              citizenships,
              ageBand,
              exploitation,
              forcedLabourIndustry,
              indicators,
              account,
              consentToReferral,
              consentToPolice,
              consentToContact,
              childServicesMunicipality,
              childServicesInformedBy,
              childServicesInformedAt);
      case 2 ->
          new ReferralForm(
              path,
              channel,
              encounterDate,
              encounterPlace,
              immediateDanger,
              interpreterLanguage,
              posted.givenNames,
              posted.familyName,
              posted.otherNames,
              posted.phone,
              posted.gender,
              posted.birthPrecision,
              posted.birthDate,
              posted.birthYear,
              posted.birthEstimateBasis,
              posted.citizenships,
              posted.ageBand,
              exploitation,
              forcedLabourIndustry,
              indicators,
              account,
              consentToReferral,
              consentToPolice,
              consentToContact,
              childServicesMunicipality,
              childServicesInformedBy,
              childServicesInformedAt);
      case 3 ->
          new ReferralForm(
              path,
              channel,
              encounterDate,
              encounterPlace,
              immediateDanger,
              interpreterLanguage,
              givenNames,
              familyName,
              otherNames,
              phone,
              gender,
              birthPrecision,
              birthDate,
              birthYear,
              birthEstimateBasis,
              citizenships,
              ageBand,
              posted.exploitation,
              posted.forcedLabourIndustry,
              posted.indicators,
              account,
              consentToReferral,
              consentToPolice,
              consentToContact,
              childServicesMunicipality,
              childServicesInformedBy,
              childServicesInformedAt);
      case 4 ->
          new ReferralForm(
              path,
              channel,
              encounterDate,
              encounterPlace,
              immediateDanger,
              interpreterLanguage,
              givenNames,
              familyName,
              otherNames,
              phone,
              gender,
              birthPrecision,
              birthDate,
              birthYear,
              birthEstimateBasis,
              citizenships,
              ageBand,
              exploitation,
              forcedLabourIndustry,
              indicators,
              posted.account,
              posted.consentToReferral,
              posted.consentToPolice,
              posted.consentToContact,
              posted.childServicesMunicipality,
              posted.childServicesInformedBy,
              posted.childServicesInformedAt);
      default -> this;
    };
  }

  /** The typed draft; throws {@link InvalidInput} naming every field that cannot be read. */
  ReferralDraft draft(ZoneId zone) {
    ReferralPath parsedPath = parse(ReferralPath.class, "path", path);
    if (parsedPath == null) {
      throw new InvalidInput("path", "validation.required");
    }
    boolean anonymous = parsedPath == ReferralPath.ANONYMOUS;
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    Channel parsedChannel = checks.check(() -> parse(Channel.class, "channel", channel));
    LocalDate encountered = checks.check(() -> date("encounterDate", encounterDate));
    List<Exploitation> forms =
        checks.check(
            () ->
                list(exploitation).stream()
                    .map(e -> parse(Exploitation.class, "exploitation", e))
                    .toList());
    Gender parsedGender = checks.check(() -> parse(Gender.class, "gender", gender));
    Birth birth = anonymous ? null : checks.check(this::birth);
    AgeBand band = anonymous ? checks.check(() -> parse(AgeBand.class, "ageBand", ageBand)) : null;
    ChildServices child =
        parsedPath == ReferralPath.CHILD ? checks.check(() -> childServices(zone)) : null;
    checks.done();
    return new ReferralDraft(
        parsedPath,
        parsedChannel,
        encountered,
        encounterPlace,
        forms,
        forcedLabourIndustry,
        list(indicators),
        anonymous ? null : account,
        Boolean.TRUE.equals(immediateDanger),
        interpreterLanguage,
        anonymous ? null : givenNames,
        anonymous ? null : familyName,
        anonymous ? null : otherNames,
        anonymous ? null : phone,
        parsedGender,
        birth,
        codes(citizenships),
        band,
        new Consent(
            !anonymous && Boolean.TRUE.equals(consentToReferral),
            !anonymous && Boolean.TRUE.equals(consentToPolice),
            !anonymous && Boolean.TRUE.equals(consentToContact)),
        child);
  }

  /** The form's field for a field the domain names (a consent, the child services' record). */
  static String formField(String domainField) {
    return switch (domainField) {
      case "consent", "consent.toReferral" -> "consentToReferral";
      case "consent.toPolice" -> "consentToPolice";
      case "consent.toContact" -> "consentToContact";
      case "childServices.municipality" -> "childServicesMunicipality";
      case "childServices.informedBy" -> "childServicesInformedBy";
      case "childServices.informedAt" -> "childServicesInformedAt";
      case "birth" -> "birthPrecision";
      default -> domainField;
    };
  }

  /** The wizard's step that holds a form field (the last step holds none). */
  static int stepOf(String formField) {
    return switch (formField) {
      case "path",
          "channel",
          "encounterDate",
          "encounterPlace",
          "immediateDanger",
          "interpreterLanguage" ->
          1;
      case "givenNames",
          "familyName",
          "otherNames",
          "gender",
          "birthPrecision",
          "birthDate",
          "birthYear",
          "birthEstimateBasis",
          "phone",
          "ageBand",
          "citizenships" ->
          2;
      case "exploitation", "forcedLabourIndustry", "indicators" -> 3;
      default -> 4;
    };
  }

  public boolean has(String list, String value) {
    List<String> values = "exploitation".equals(list) ? exploitation : indicators;
    return values != null && values.contains(value);
  }

  private Birth birth() {
    BirthPrecision precision = parse(BirthPrecision.class, "birthPrecision", birthPrecision);
    if (precision == null || precision == BirthPrecision.UNKNOWN) {
      return Birth.unknown();
    }
    if (precision == BirthPrecision.EXACT) {
      return new Birth(BirthPrecision.EXACT, date("birthDate", birthDate), null, null);
    }
    Integer year = null;
    if (birthYear != null && !birthYear.isBlank()) {
      try {
        year = Integer.parseInt(birthYear.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("birthYear", "validation.invalid");
      }
    }
    return new Birth(precision, null, year, birthEstimateBasis);
  }

  private ChildServices childServices(ZoneId zone) {
    Instant informedAt = null;
    if (childServicesInformedAt != null && !childServicesInformedAt.isBlank()) {
      try {
        informedAt = LocalDateTime.parse(childServicesInformedAt.strip()).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidInput("childServicesInformedAt", "validation.invalid");
      }
    }
    return new ChildServices(childServicesMunicipality, childServicesInformedBy, informedAt);
  }

  private static List<String> codes(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static List<String> list(List<String> values) {
    return values == null
        ? List.of()
        : new ArrayList<>(values.stream().filter(v -> v != null && !v.isBlank()).toList());
  }

  private static LocalDate date(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "validation.date");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, typed.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
