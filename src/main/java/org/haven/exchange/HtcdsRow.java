package org.haven.exchange;

import static org.haven.exchange.HtcdsColumns.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.haven.access.Countries;
import org.haven.identification.Authority;
import org.haven.identification.DecisionOutcome;
import org.haven.identification.LabourIndustry;
import org.haven.intake.Exploitation;
import org.haven.people.Birth;
import org.haven.people.Gender;

/**
 * One row of an HTCDS file, read and checked on its own: either every value it holds, or every
 * reason it is rejected (a row is never half read). Reasons name the column and never repeat a
 * cell's value.
 */
record HtcdsRow(
    String externalId,
    String firstName,
    String secondName,
    Birth birth,
    Gender gender,
    List<String> citizenships,
    DecisionOutcome outcome,
    List<Exploitation> forms,
    List<LabourIndustry> industries,
    String referringOrganisation,
    LocalDate referralDate,
    String exploitationCountry,
    LocalDate decisionDate,
    Authority authority,
    Exploitation mainForm,
    LocalDate repatriationDate,
    String repatriationCountry,
    boolean mainUndetermined,
    String hash) {

  static final int TEXT_LIMIT = 200;
  static final int ID_LIMIT = 100;
  private static final Set<Exploitation> NAMED_FORMS =
      Set.of(
          Exploitation.SexualExploitation,
          Exploitation.ForcedLabour,
          Exploitation.ForcedCriminality,
          Exploitation.Servitude,
          Exploitation.ForcedBegging);

  /** Why a cell (or the row) is refused: a message key and its arguments. */
  record Problem(String column, String key, List<String> arguments) {
    Problem(String column, String key) {
      this(column, key, List.of());
    }
  }

  /** A row read: the values, or the problems. */
  record Read(HtcdsRow row, List<Problem> problems) {}

  /** Reads the row's cells (by column name) as of {@code today}. */
  static Read read(Map<String, String> cells, LocalDate today) {
    Cells c = new Cells(cells);
    String id = c.text(EXTERNAL_ID, ID_LIMIT);
    if (id == null && !c.has(EXTERNAL_ID)) {
      c.problem(EXTERNAL_ID, "import.required");
    }
    String first = c.text(FIRST_NAME, TEXT_LIMIT);
    String second = c.text(SECOND_NAME, TEXT_LIMIT);
    Birth birth = c.birth(BIRTHDATE, today);
    Gender gender = c.gender(GENDER);
    List<String> citizenships = c.countries(CITIZENSHIP);
    DecisionOutcome outcome = c.status(STATUS);
    List<Exploitation> forms = c.forms(EXPLOITATION);
    List<LabourIndustry> industries = c.industries(INDUSTRY);
    String referring = c.text(REFERRING_ORGANISATION, TEXT_LIMIT);
    LocalDate referral = c.date(REFERRAL_DATE, today);
    List<String> exploitationCountries = c.countries(EXPLOITATION_COUNTRY);
    LocalDate decided = c.date(DECISION_DATE, today);
    Authority authority = c.authority(DECIDING_AUTHORITY);
    String mainText = c.value(MAIN_EXPLOITATION);
    Exploitation main = c.mainForm(MAIN_EXPLOITATION);
    LocalDate returned = c.date(REPATRIATION_DATE, today);
    List<String> returnCountries = c.countries(REPATRIATION_COUNTRY);

    if (outcome != null
        && outcome != DecisionOutcome.INCONCLUSIVE
        && decided == null
        && !c.failed(DECISION_DATE)) {
      c.problem(DECISION_DATE, "import.decisionDateRequired");
    }
    if (decided != null && outcome == null && !c.failed(STATUS)) {
      c.problem(STATUS, "import.statusRequired");
    }
    if (decided != null && referral != null && decided.isBefore(referral)) {
      c.problem(DECISION_DATE, "import.decisionBeforeReferral");
    }
    if (main == Exploitation.Other && !forms.contains(Exploitation.Other)) {
      // OtherExploitation is a national category: the listed form outside the named ones
      main = forms.stream().filter(f -> !NAMED_FORMS.contains(f)).findFirst().orElse(main);
    }
    if (main != null && !forms.isEmpty() && !forms.contains(main)) {
      c.problem(MAIN_EXPLOITATION, "import.mainNotListed");
    }
    if (main != null && forms.isEmpty() && !c.failed(EXPLOITATION)) {
      forms = List.of(main);
    }
    if (!industries.isEmpty() && !forms.contains(Exploitation.ForcedLabour)) {
      c.problem(INDUSTRY, "import.industryNeedsForcedLabour");
    }
    if ((returned == null) != returnCountries.isEmpty()
        && !c.failed(REPATRIATION_DATE)
        && !c.failed(REPATRIATION_COUNTRY)) {
      c.problem(
          returned == null ? REPATRIATION_DATE : REPATRIATION_COUNTRY, "import.repatriationPair");
    }
    if (returnCountries.size() > 1) {
      c.problem(REPATRIATION_COUNTRY, "import.oneCountry");
    }
    if (exploitationCountries.size() > 1) {
      c.problem(EXPLOITATION_COUNTRY, "import.oneCountry");
    }
    if (returned != null && referral != null && returned.isBefore(referral)) {
      c.problem(REPATRIATION_DATE, "import.returnBeforeReferral");
    }
    if (!c.problems.isEmpty()) {
      return new Read(null, List.copyOf(c.problems));
    }
    LocalDate referralDate =
        referral != null ? referral : decided != null ? earliest(decided, returned) : returned;
    return new Read(
        new HtcdsRow(
            id,
            first,
            second,
            birth,
            gender,
            citizenships,
            outcome,
            forms,
            industries,
            referring,
            referralDate,
            exploitationCountries.isEmpty() ? null : exploitationCountries.get(0),
            decided,
            authority,
            "Undetermined".equals(mainText) ? null : main,
            returned,
            returnCountries.isEmpty() ? null : returnCountries.get(0),
            "Undetermined".equals(mainText),
            hash(cells)),
        List.of());
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return b == null || a.isBefore(b) ? a : b;
  }

  /** A digest of the row's values: the same delivery twice changes nothing. */
  private static String hash(Map<String, String> cells) {
    StringBuilder all = new StringBuilder();
    for (String column : ALL) {
      String v = cells.get(column);
      all.append(column).append('=').append(v == null ? "" : v.strip()).append('\u0000');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cells of one row and the problems found so far. */
  private static final class Cells {
    private final Map<String, String> cells;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> failed = new TreeSet<>();

    Cells(Map<String, String> cells) {
      this.cells = cells;
    }

    boolean has(String column) {
      return value(column) != null;
    }

    boolean failed(String column) {
      return failed.contains(column);
    }

    void problem(String column, String key, String... arguments) {
      problems.add(new Problem(column, key, List.of(arguments)));
      failed.add(column);
    }

    String value(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    /** Free text: limited, and never something a spreadsheet would run as a formula. */
    String text(String column, int limit) {
      String v = value(column);
      if (v == null) {
        return null;
      }
      if ("=+-@".indexOf(v.charAt(0)) >= 0 || v.indexOf('\t') >= 0 || v.indexOf('\r') >= 0) {
        problem(column, "import.formula");
        return null;
      }
      if (v.codePointCount(0, v.length()) > limit) {
        problem(column, "import.tooLong", Integer.toString(limit));
        return null;
      }
      return v;
    }

    List<String> list(String column) {
      String v = value(column);
      if (v == null) {
        return List.of();
      }
      return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date(String column, LocalDate today) {
      String v = value(column);
      if (v == null) {
        return null;
      }
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        problem(column, "import.date");
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(v);
        if (date.isAfter(today)) {
          problem(column, "import.futureDate");
          return null;
        }
        if (date.getYear() < 1900) {
          problem(column, "import.tooEarly");
          return null;
        }
        return date;
      } catch (DateTimeException e) {
        problem(column, "import.dateImpossible");
        return null;
      }
    }

    Birth birth(String column, LocalDate today) {
      String v = value(column);
      if (v == null) {
        return Birth.unknown();
      }
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        if (year > today.getYear()) {
          problem(column, "import.futureDate");
          return null;
        }
        if (year < 1900) {
          problem(column, "import.tooEarly");
          return null;
        }
        return Birth.year(year);
      }
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        problem(column, "import.birthdate");
        return null;
      }
      LocalDate date = date(column, today);
      return date == null ? null : Birth.exact(date);
    }

    Gender gender(String column) {
      String v = value(column);
      if (v == null) {
        return Gender.NonSpecifiedUnknown;
      }
      for (Gender g : Gender.values()) {
        if (g.name().equals(v)) {
          return g;
        }
      }
      problem(column, "import.gender");
      return null;
    }

    List<String> countries(String column) {
      List<String> codes = new ArrayList<>();
      for (String code : list(column)) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !Countries.known(upper)) {
          problem(column, "import.country");
          return List.of();
        }
        if (!codes.contains(upper)) {
          codes.add(upper);
        }
      }
      return codes;
    }

    DecisionOutcome status(String column) {
      String v = value(column);
      if (v == null) {
        return null;
      }
      for (DecisionOutcome outcome : DecisionOutcome.values()) {
        if (outcome.htcds().equals(v)) {
          return outcome;
        }
      }
      problem(column, "import.status");
      return null;
    }

    List<Exploitation> forms(String column) {
      List<Exploitation> forms = new ArrayList<>();
      for (String name : list(column)) {
        Exploitation form = exploitation(name);
        if (form == null) {
          problem(column, "import.exploitation");
          return List.of();
        }
        if (!forms.contains(form)) {
          forms.add(form);
        }
      }
      return forms;
    }

    private static Exploitation exploitation(String name) {
      for (Exploitation form : Exploitation.values()) {
        if (form.name().equals(name)) {
          return form;
        }
      }
      return null;
    }

    List<LabourIndustry> industries(String column) {
      List<LabourIndustry> industries = new ArrayList<>();
      for (String name : list(column)) {
        var industry = LabourIndustry.parse(name);
        if (industry.isEmpty()) {
          problem(column, "import.industry");
          return List.of();
        }
        if (!industries.contains(industry.get())) {
          industries.add(industry.get());
        }
      }
      return industries;
    }

    Authority authority(String column) {
      String v = value(column);
      if (v == null) {
        return null;
      }
      return switch (v) {
        case "NationalCentre" -> Authority.NATIONAL_CENTRE;
        case "ImmigrationService" -> Authority.IMMIGRATION_SERVICE;
        case "Other" -> Authority.COURT;
        default -> {
          problem(column, "import.authority");
          yield null;
        }
      };
    }

    /**
     * ext_MainExploitation: the national categories (OtherExploitation, Undetermined) or a form.
     */
    Exploitation mainForm(String column) {
      String v = value(column);
      if (v == null || v.equals("Undetermined")) {
        return null;
      }
      if (v.equals("OtherExploitation")) {
        return Exploitation.Other;
      }
      Exploitation form = exploitation(v);
      if (form == null) {
        problem(column, "import.mainExploitation");
      }
      return form;
    }
  }
}
