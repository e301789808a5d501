package org.haven.web.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.haven.web.forms.Fields;

/**
 * The referral wizard's fields as typed, all strings, so that nothing typed is lost on an error:
 * one record for each step's fields. A step posts its own record; the others come from the saved
 * draft.
 */
public record ReferralForm(
    Encounter encounter, Person person, Situation situation, Account account) {

  /** Step 1: how the person was met. */
  public record Encounter(
      String path,
      String channel,
      String encounterDate,
      String encounterPlace,
      Boolean immediateDanger,
      String interpreterLanguage) {}

  /** Step 2: who the person is (on the anonymous path, only an age band). */
  public record Person(
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
      String ageBand) {

    private Birth birth() {
      BirthPrecision precision =
          Fields.enumValue(BirthPrecision.class, "birthPrecision", birthPrecision);
      if (precision == null || precision == BirthPrecision.UNKNOWN) {
        return Birth.unknown();
      }
      if (precision == BirthPrecision.EXACT) {
        return new Birth(BirthPrecision.EXACT, Fields.date("birthDate", birthDate), null, null);
      }
      Integer year =
          birthYear == null || birthYear.isBlank()
              ? null
              : Fields.number("birthYear", birthYear, "validation.invalid");
      return new Birth(precision, null, year, birthEstimateBasis);
    }
  }

  /** Step 3: the forms of exploitation and the signs of trafficking seen. */
  public record Situation(
      List<String> exploitation, String forcedLabourIndustry, List<String> indicators) {

    public boolean has(String list, String value) {
      List<String> values = "exploitation".equals(list) ? exploitation : indicators;
      return values != null && values.contains(value);
    }
  }

  /** Step 4: what the person told, the consents, and for a child, child services informed. */
  public record Account(
      String account,
      Boolean consentToReferral,
      Boolean consentToPolice,
      Boolean consentToContact,
      String childServicesMunicipality,
      String childServicesInformedBy,
      String childServicesInformedAt) {

    private ChildServices childServices(ZoneId zone) {
      return new ChildServices(
          childServicesMunicipality,
          childServicesInformedBy,
          Fields.dateTime("childServicesInformedAt", childServicesInformedAt, zone));
    }
  }

  /** A new referral's form: nothing typed yet, the birth date not known. */
  static ReferralForm empty() {
    return new ReferralForm(
        new Encounter("", "", "", "", false, ""),
        new Person("", "", "", "", "", "UNKNOWN", "", "", "", "", ""),
        new Situation(List.of(), "", List.of()),
        new Account("", false, false, false, "", "", ""));
  }

  /** The form for an existing draft. */
  static ReferralForm of(Referral r, ZoneId zone) {
    Birth birth = r.birth();
    ChildServices services = r.childServices();
    return new ReferralForm(
        new Encounter(
            name(r.path()),
            name(r.channel()),
            r.encounterDate() == null ? "" : r.encounterDate().toString(),
            nz(r.encounterPlace()),
            r.immediateDanger(),
            nz(r.interpreterLanguage())),
        new Person(
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
            name(r.ageBand())),
        new Situation(
            r.exploitation().stream().map(Enum::name).toList(),
            nz(r.forcedLabourIndustry()),
            r.indicators()),
        new Account(
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
                    .toString()));
  }

  /** This form with the fields step {@code step} posted, the other steps' kept. */
  ReferralForm with(int step, Encounter e, Person p, Situation s, Account a) {
    return switch (step) {
      case 1 -> new ReferralForm(e, person, situation, account);
      case 2 -> new ReferralForm(encounter, p, situation, account);
      case 3 -> new ReferralForm(encounter, person, s, account);
      case 4 -> new ReferralForm(encounter, person, situation, a);
      default -> this;
    };
  }

  /** The typed draft; throws {@link InvalidInput} naming every field that cannot be read. */
  ReferralDraft draft(ZoneId zone) {
    ReferralPath parsedPath = Fields.enumValue(ReferralPath.class, "path", encounter.path());
    if (parsedPath == null) {
      throw new InvalidInput("path", "validation.required");
    }
    boolean anonymous = parsedPath == ReferralPath.ANONYMOUS;
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    Channel parsedChannel =
        checks.check(() -> Fields.enumValue(Channel.class, "channel", encounter.channel()));
    LocalDate encountered =
        checks.check(() -> Fields.date("encounterDate", encounter.encounterDate()));
    List<Exploitation> forms =
        checks.check(
            () ->
                list(situation.exploitation()).stream()
                    .map(form -> Fields.enumValue(Exploitation.class, "exploitation", form))
                    .toList());
    Gender parsedGender =
        checks.check(() -> Fields.enumValue(Gender.class, "gender", person.gender()));
    Birth birth = anonymous ? null : checks.check(person::birth);
    AgeBand band =
        anonymous
            ? checks.check(() -> Fields.enumValue(AgeBand.class, "ageBand", person.ageBand()))
            : null;
    ChildServices child =
        parsedPath == ReferralPath.CHILD ? checks.check(() -> account.childServices(zone)) : null;
    checks.done();
    return new ReferralDraft(
        parsedPath,
        parsedChannel,
        encountered,
        encounter.encounterPlace(),
        forms,
        situation.forcedLabourIndustry(),
        list(situation.indicators()),
        anonymous ? null : account.account(),
        Boolean.TRUE.equals(encounter.immediateDanger()),
        encounter.interpreterLanguage(),
        anonymous ? null : person.givenNames(),
        anonymous ? null : person.familyName(),
        anonymous ? null : person.otherNames(),
        anonymous ? null : person.phone(),
        parsedGender,
        birth,
        codes(person.citizenships()),
        band,
        new Consent(
            !anonymous && Boolean.TRUE.equals(account.consentToReferral()),
            !anonymous && Boolean.TRUE.equals(account.consentToPolice()),
            !anonymous && Boolean.TRUE.equals(account.consentToContact())),
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

  private static String name(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
