package org.haven.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.identification.CaseFacts;
import org.haven.identification.Identifications;
import org.haven.people.Birth;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonId;
import org.haven.repatriation.PersonReturned;
import org.haven.repatriation.Repatriations;
import org.haven.statistics.AnnualReport;
import org.haven.statistics.AnnualReports;
import org.haven.statistics.Counting;
import org.haven.statistics.Csv;
import org.haven.statistics.Cubes;
import org.haven.statistics.Cubes.Dimension;
import org.haven.statistics.Disclosure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports in the international shapes: HTCDS 2.0 case rows (the centre's cases, names included, so
 * every person exported is audited), and Eurostat- and CTDC-style cross tables of a year (published
 * view only). Every cell is guarded against spreadsheet formulas.
 */
@Service
public class Exports {

  private final Identifications identifications;
  private final People people;
  private final Repatriations repatriations;
  private final Cubes cubes;
  private final AnnualReports reports;

  Exports(
      Identifications identifications,
      People people,
      Repatriations repatriations,
      Cubes cubes,
      AnnualReports reports) {
    this.reports = reports;
    this.identifications = identifications;
    this.people = people;
    this.repatriations = repatriations;
    this.cubes = cubes;
  }

  /**
   * Who takes the published Eurostat and CTDC tables: the centre's analysts, caseworkers,
   * administrators.
   */
  public static boolean mayExportTables(Actor by) {
    return by.has(Role.CENTRE_ANALYST)
        || by.has(Role.ADMINISTRATOR)
        || by.has(Role.CENTRE_CASEWORKER);
  }

  /** Who takes the HTCDS rows of the cases (person by person): the centre's caseworkers. */
  public static boolean mayExportRecords(Actor by) {
    return by.has(Role.CENTRE_CASEWORKER);
  }

  /**
   * The centre's cases as HTCDS rows, optionally only those decided in {@code year}. The columns
   * are the ones an import reads, so a file exported here imports elsewhere.
   */
  @Transactional
  public String htcds(Integer year, Actor by) {
    List<CaseFacts> cases =
        identifications.caseFacts(by).stream()
            .filter(c -> year == null || (c.decidedOn() != null && c.decidedOn().getYear() == year))
            .toList();
    Map<PersonId, Person> persons =
        people.forExport(cases.stream().map(CaseFacts::person).distinct().toList(), by);
    Map<PersonId, PersonReturned> returns = new HashMap<>();
    repatriations.replayReturns(r -> returns.put(r.person(), r));
    StringBuilder out = new StringBuilder(String.join(",", HtcdsColumns.ALL)).append('\n');
    for (CaseFacts c : cases) {
      Person p = persons.get(c.person());
      if (p == null) {
        continue;
      }
      PersonReturned returned = returns.get(c.person());
      List<String> row =
          List.of(
              c.identification().toString(),
              nz(p.givenNames()),
              nz(p.familyName()),
              birth(p.birth()),
              p.gender().name(),
              String.join(";", p.citizenships()),
              c.outcome() == null ? "" : c.outcome().htcds(),
              c.forms().stream().map(Enum::name).collect(Collectors.joining(";")),
              c.industries().stream().map(Enum::name).collect(Collectors.joining(";")),
              "",
              date(c.referralDate()),
              nz(c.exploitationCountry()),
              date(c.decidedOn()),
              c.authority() == null ? "" : Counting.authority(c.authority()),
              main(c),
              returned == null ? "" : date(returned.departedOn()),
              returned == null ? "" : nz(returned.destinationCountry()));
      out.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
    }
    return out.toString();
  }

  /**
   * Eurostat-style tables of a year (published view): sex by form of exploitation, by child or
   * adult, and by citizenship group; one row per cell, margins and totals marked "*"; then the
   * criminal justice tables — suspects charged, prosecuted and convicted by form of exploitation
   * (counts only; sex "*", as the criminal cases do not record the suspects' sex).
   */
  @Transactional
  public String eurostat(int year, Actor by) {
    StringBuilder out = new StringBuilder("year,table,sex,category,value,withheld\n");
    cube(out, year, "SEX_BY_FORM", Dimension.EUROSTAT_FORM, by);
    cube(out, year, "SEX_BY_AGE", Dimension.CHILD_OR_ADULT, by);
    cube(out, year, "SEX_BY_CITIZENSHIP", Dimension.CITIZENSHIP_GROUP, by);
    AnnualReport report = reports.report(year, Disclosure.published, by);
    for (String step : List.of("suspects", "prosecuted", "convicted")) {
      for (String form : List.of("SEXUAL", "LABOUR", "OTHER", "*")) {
        Number value =
            report.figure("criminal." + step + "." + (form.equals("*") ? "total" : form));
        out.append(year)
            .append(',')
            .append(step.toUpperCase(Locale.ROOT))
            .append("_BY_FORM,*,")
            .append(form)
            .append(',')
            .append(value == null ? "" : value)
            .append(',')
            .append(value == null)
            .append('\n');
      }
    }
    return out.toString();
  }

  /** A CTDC-style table of a year (published view): gender × broad age × type of exploitation. */
  @Transactional
  public String ctdc(int year, Actor by) {
    StringBuilder out =
        new StringBuilder(
            "yearOfRegistration,gender,ageBroad,typeOfExploitation,victims,withheld\n");
    for (Cubes.Cell cell :
        cubes.published(
            year,
            List.of(Dimension.CTDC_GENDER, Dimension.CTDC_AGE, Dimension.CTDC_EXPLOITATION),
            by)) {
      out.append(year)
          .append(',')
          .append(Csv.cell(cell.coordinates().get(Dimension.CTDC_GENDER)))
          .append(',')
          .append(Csv.cell(cell.coordinates().get(Dimension.CTDC_AGE)))
          .append(',')
          .append(Csv.cell(cell.coordinates().get(Dimension.CTDC_EXPLOITATION)))
          .append(',')
          .append(cell.value() == null ? "" : cell.value())
          .append(',')
          .append(cell.value() == null)
          .append('\n');
    }
    return out.toString();
  }

  private void cube(StringBuilder out, int year, String table, Dimension category, Actor by) {
    for (Cubes.Cell cell : cubes.published(year, List.of(Dimension.EUROSTAT_SEX, category), by)) {
      out.append(year)
          .append(',')
          .append(table)
          .append(',')
          .append(Csv.cell(cell.coordinates().get(Dimension.EUROSTAT_SEX)))
          .append(',')
          .append(Csv.cell(cell.coordinates().get(category)))
          .append(',')
          .append(cell.value() == null ? "" : cell.value())
          .append(',')
          .append(cell.value() == null)
          .append('\n');
    }
  }

  /** ext_MainExploitation by the report's rule; empty while undecided. */
  private static String main(CaseFacts c) {
    return c.outcome() == null
        ? ""
        : Counting.mainForm(c.mainForm(), c.forms(), c.mainUndetermined());
  }

  private static String birth(Birth birth) {
    return switch (birth.precision()) {
      case EXACT -> birth.date().toString();
      case YEAR, ESTIMATED -> String.valueOf(birth.year());
      case UNKNOWN -> "";
    };
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
