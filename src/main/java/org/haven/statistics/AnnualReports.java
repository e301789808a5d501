package org.haven.statistics;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.haven.information.ContactMessages;
import org.haven.outreach.Outreach;
import org.haven.statistics.AnnualReport.Change;
import org.haven.statistics.AnnualReport.Table;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for the annual status report: every table for a year from the projections, in the
 * exact view (centre analysts and administrators, audited) or the published one (anyone signed in;
 * {@link DisclosureControl}).
 */
@Service
public class AnnualReports {

  static final String RESOURCE = "AnnualReport";

  private final JdbcClient jdbc;
  private final StatisticsSettings settings;
  private final AuditTrail audit;
  private final ProjectionChanges changes;
  private final Outreach outreach;
  private final ContactMessages helpMessages;

  AnnualReports(
      JdbcClient jdbc,
      StatisticsSettings settings,
      AuditTrail audit,
      ProjectionChanges changes,
      Outreach outreach,
      ContactMessages helpMessages) {
    this.outreach = outreach;
    this.helpMessages = helpMessages;
    this.jdbc = jdbc;
    this.settings = settings;
    this.audit = audit;
    this.changes = changes;
  }

  /** Whether {@code by} may see the exact view. */
  public static boolean mayReadExact(Actor by) {
    return by.has(Role.CENTRE_ANALYST) || by.has(Role.ADMINISTRATOR);
  }

  /** The report for {@code year}; a year without data gives an empty report. */
  @Transactional
  public AnnualReport report(int year, Disclosure disclosure, Actor by) {
    requireYear(year);
    if (disclosure == Disclosure.exact) {
      if (!mayReadExact(by)) {
        throw new AccessDeniedException("The exact view is for centre analysts and administrators");
      }
      audit.record(by.audit(), AuditAction.READ, RESOURCE, year + ":exact");
    }
    YearView view = view(year, disclosure);
    Figures current = view.figures().copy();
    Figures previous = view(year - 1, disclosure).figures().copy();
    derive(current);
    derive(previous);
    hideInternal(current);
    List<Change> changes = changes(current, previous);
    return new AnnualReport(
        year,
        disclosure,
        settings.threshold(),
        view.epsilon(),
        Collections.unmodifiableMap(published(current)),
        view.withheld(),
        tables(current),
        changes);
  }

  private static void requireYear(int year) {
    if (year < 1900 || year > 9999) {
      throw new InvalidInput("year", "statistics.yearInvalid");
    }
  }

  /** One year's total in a view: null when withheld. */
  public record YearTotal(int year, Long victims) {}

  /**
   * The victims counted in every year from the first on record up to {@code upTo}, each as that
   * year's own view shows it (in the published view: withheld, or with its noise, exactly as in the
   * year's tables). Not audited on its own: it is read with a report.
   */
  @Transactional(readOnly = true)
  public List<YearTotal> trend(int upTo, Disclosure disclosure, Actor by) {
    if (disclosure == Disclosure.exact && !mayReadExact(by)) {
      throw new AccessDeniedException("The exact view is for centre analysts and administrators");
    }
    List<YearTotal> trend = new ArrayList<>();
    Integer first =
        yearlyTotals().keySet().stream().filter(y -> y <= upTo).findFirst().orElse(null);
    if (first == null) {
      return trend;
    }
    for (int y = first; y <= upTo; y++) {
      Number total = view(y, disclosure).figures().get("victims.total");
      trend.add(new YearTotal(y, total == null ? null : total.longValue()));
    }
    return trend;
  }

  /**
   * Every figure of one year in one view — the report's tables, the Eurostat and CTDC cross tables
   * and the sums between them — with disclosure control applied once to all of them together: every
   * output of the year (page, chart, JSON, CSV, PDF, exports) reads its figures here, so the same
   * figure has the same value or is withheld everywhere.
   */
  record YearView(
      int year,
      Disclosure disclosure,
      Figures figures,
      List<String> withheld,
      LinkedTables tables,
      Double epsilon) {}

  /** The year's view, computed once per change of the projections. */
  YearView view(int year, Disclosure disclosure) {
    Versions version =
        new Versions(changes.version(), outreach.tallyVersion(), helpMessages.tallyVersion());
    ViewKey key = new ViewKey(year, disclosure, LocalDate.now(settings.zone()));
    Cached cached = views.get(key);
    if (cached != null && cached.version().equals(version)) {
      return cached.view();
    }
    // not computeIfAbsent: a year's view reads the views of the years before it
    YearView fresh = compute(year, disclosure);
    views.put(key, new Cached(version, fresh));
    return fresh;
  }

  /** Open stays count their nights up to today: a view is kept for one day at most. */
  private record ViewKey(int year, Disclosure disclosure, LocalDate today) {}

  /**
   * The versions a view was computed at: the projections', the outreach tallies' and the help
   * pages' messages'.
   */
  private record Versions(long projections, long outreach, long helpMessages) {}

  private record Cached(Versions version, YearView view) {}

  private final Map<ViewKey, Cached> views = new ConcurrentHashMap<>();

  private YearView compute(int year, Disclosure disclosure) {
    Map<Integer, Long> yearly = yearlyTotals();
    List<Cubes.Victim> victims = new ArrayList<>();
    Figures figures = figures(year, yearly, victims);
    LinkedTables tables = new LinkedTables(figures, settings.reportingCountry());
    tables.add(victims);
    List<String> withheld = new ArrayList<>();
    Double epsilon = null;
    if (disclosure == Disclosure.published) {
      Optional<Noise> noise = noise();
      epsilon = noise.map(Noise::epsilon).orElse(null);
      withheld =
          new ArrayList<>(
              new DisclosureControl(settings.threshold())
                  .apply(figures, noise, Integer.toString(year)));
    }
    Integer first = yearly.keySet().stream().filter(y -> y <= year).findFirst().orElse(null);
    figures.other("victims.firstYear", first);
    linkOtherYears(figures, year, first, disclosure, withheld);
    return new YearView(year, disclosure, figures, List.copyOf(withheld), tables, epsilon);
  }

  /**
   * Last year's total and the cumulative total as the other years' own views show them: last year's
   * total is that year's published total (withheld there, withheld here), and the cumulative total
   * is the sum of every year's shown total, published only when every one of them is — else a small
   * year could be recovered from two reports' cumulative totals.
   */
  private void linkOtherYears(
      Figures figures, int year, Integer first, Disclosure disclosure, List<String> withheld) {
    Number previous =
        first == null || year - 1 < first
            ? (Number) 0L
            : view(year - 1, disclosure).figures().get("victims.total");
    figures.other("victims.previousYearTotal", previous);
    if (previous == null) {
      withheld.add("victims.previousYearTotal");
    }
    Long cumulative = 0L;
    if (first != null) {
      for (int y = first; y <= year && cumulative != null; y++) {
        Number total =
            y == year
                ? figures.get("victims.total")
                : view(y, disclosure).figures().get("victims.total");
        cumulative = total == null ? null : cumulative + total.longValue();
      }
    }
    figures.other("victims.cumulativeTotal", cumulative);
    if (cumulative == null && disclosure == Disclosure.published) {
      withheld.add("victims.cumulativeTotal");
    }
  }

  /** Persons counted per decision year: distinct persons with a positive decision in the year. */
  private Map<Integer, Long> yearlyTotals() {
    Map<Integer, Long> totals = new TreeMap<>();
    jdbc.sql(
            """
            SELECT decision_year, count(DISTINCT person_id) AS persons FROM statistics.decision
            WHERE outcome = 'VICTIM' GROUP BY decision_year
            """)
        .query(
            (RowCallbackHandler)
                rs -> totals.put(rs.getInt("decision_year"), rs.getLong("persons")));
    return totals;
  }

  /** Exact figures for one year; the victims counted are added to {@code victims}. */
  Figures figures(int year, Map<Integer, Long> yearly, List<Cubes.Victim> victims) {
    Tally tally = new Tally();
    jdbc.sql(
            """
            SELECT DISTINCT ON (person_id) sex, age, citizenship, main_form, forms, industries, authority
            FROM statistics.decision WHERE outcome = 'VICTIM' AND decision_year = ?
            ORDER BY person_id, decided_on DESC, recorded_at DESC
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  tally.victim(
                      rs.getString("sex"),
                      (Integer) rs.getObject("age"),
                      rs.getString("citizenship"),
                      rs.getString("main_form"),
                      (String[]) rs.getArray("forms").getArray(),
                      (String[]) rs.getArray("industries").getArray(),
                      rs.getString("authority"));
                  victims.add(
                      new Cubes.Victim(
                          rs.getString("sex"),
                          (Integer) rs.getObject("age"),
                          rs.getString("citizenship"),
                          rs.getString("main_form")));
                });
    jdbc.sql(
            """
            SELECT coalesce(country, 'XX') AS country, count(*) AS n FROM statistics.return
            WHERE returned_year = ? GROUP BY 1
            """)
        .param(year)
        .query((RowCallbackHandler) rs -> tally.returns(rs.getString("country"), rs.getLong("n")));
    jdbc.sql(
            "SELECT conductor, count(*) AS n FROM statistics.interview WHERE held_year = ? GROUP BY 1")
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> tally.interviews(rs.getString("conductor"), rs.getLong("n")));
    jdbc.sql(
            """
            SELECT caller_type, count(*) AS n FROM statistics.hotline_call WHERE received_year = ?
            GROUP BY 1
            """)
        .param(year)
        .query(
            (RowCallbackHandler) rs -> tally.calls(rs.getString("caller_type"), rs.getLong("n")));
    Figures figures = tally.figures(yearly.getOrDefault(year, 0L));
    new StageTables(jdbc).add(figures, year, LocalDate.now(settings.zone()));
    new FieldTables(jdbc).add(figures, year);
    FieldTables.outreach(figures, outreach.yearCounts(year));
    FieldTables.helpMessages(figures, helpMessages.yearCounts(year));
    return figures;
  }

  /** Minors and under-25s from the age bands: withheld when a band they are made of is. */
  private static void derive(Figures f) {
    Number minors = f.get("victims.byAge.0-17");
    Number young = f.get("victims.byAge.18-24");
    f.set("victims.age.minors", minors);
    f.set(
        "victims.age.under25",
        minors == null || young == null ? null : minors.longValue() + young.longValue());
  }

  private static void hideInternal(Figures f) {
    f.set("victims.age.known", null);
  }

  /** The figures a report shows: the internal ones left out. */
  private static Map<String, Number> published(Figures f) {
    Map<String, Number> shown = new LinkedHashMap<>(f.all());
    shown.remove("victims.age.known");
    return shown;
  }

  private static List<Change> changes(Figures current, Figures previous) {
    List<Change> changes = new ArrayList<>();
    change(changes, "statistics.subject.total", current, previous, "victims.total");
    for (String form : Counting.MAIN_FORMS) {
      change(
          changes,
          "statistics.form." + form,
          current,
          previous,
          "victims.byMainExploitation." + form);
    }
    Long labourNow = both(current, "ForcedLabour", "ForcedCriminality");
    Long labourBefore = both(previous, "ForcedLabour", "ForcedCriminality");
    if (labourNow != null && labourBefore != null && (labourNow > 0 || labourBefore > 0)) {
      changes.add(new Change("statistics.subject.labourAndCriminality", labourBefore, labourNow));
    }
    return changes;
  }

  private static Long both(Figures f, String a, String b) {
    Number x = f.get("victims.byMainExploitation." + a);
    Number y = f.get("victims.byMainExploitation." + b);
    return x == null || y == null ? null : x.longValue() + y.longValue();
  }

  private static void change(
      List<Change> changes, String subject, Figures current, Figures previous, String path) {
    Number now = current.get(path);
    Number before = previous.get(path);
    if (now == null || before == null || (now.longValue() == 0 && before.longValue() == 0)) {
      return;
    }
    changes.add(new Change(subject, before.longValue(), now.longValue()));
  }

  private static List<Table> tables(Figures f) {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "totals",
            List.of("victims.total", "victims.previousYearTotal", "victims.cumulativeTotal"),
            List.of(),
            "",
            null));
    tables.add(new Table("bySex", Counting.SEXES, List.of(), "victims.bySex", "victims.total"));
    tables.add(new Table("byAge", Counting.AGE_BANDS, List.of(), "victims.byAge", "victims.total"));
    tables.add(
        new Table(
            "ageSummary",
            List.of(
                "victims.age.minors",
                "victims.age.under25",
                "victims.age.mean",
                "victims.age.min",
                "victims.age.max"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "byMainExploitation",
            Counting.MAIN_FORMS,
            List.of(),
            "victims.byMainExploitation",
            "victims.total"));
    tables.add(
        new Table(
            "byFormAndSex", Counting.MAIN_FORMS, Counting.SEXES, "victims.byFormAndSex", null));
    tables.add(new Table("byForm", keys(f, "victims.byForm"), List.of(), "victims.byForm", null));
    tables.add(
        new Table(
            "byForcedLabourIndustry",
            keys(f, "victims.byForcedLabourIndustry"),
            List.of(),
            "victims.byForcedLabourIndustry",
            null));
    tables.add(
        new Table(
            "byCitizenship",
            keys(f, "victims.byCitizenship"),
            List.of(),
            "victims.byCitizenship",
            "victims.total"));
    tables.add(
        new Table(
            "byDecidingAuthority",
            Counting.AUTHORITIES,
            List.of(),
            "victims.byDecidingAuthority",
            "victims.total"));
    tables.add(
        new Table(
            "repatriationsByCountry",
            keys(f, "repatriations.byCountry"),
            List.of(),
            "repatriations.byCountry",
            "repatriations.total"));
    tables.add(
        new Table(
            "interviews",
            List.of("interviews.byCentre", "interviews.byNgo"),
            List.of(),
            "",
            "interviews.total"));
    tables.add(
        new Table(
            "hotlineCalls",
            Counting.CALLER_TYPES,
            List.of(),
            "hotlineCalls.byCallerType",
            "hotlineCalls.total"));
    tables.add(
        new Table(
            "helpMessagesByLanguage",
            FieldTables.HELP_LANGUAGES,
            List.of(),
            "helpMessages.byLanguage",
            "helpMessages.total"));
    tables.add(
        new Table(
            "referralsByChannel",
            StageTables.channels(),
            List.of(),
            "referrals.byChannel",
            "referrals.total"));
    tables.add(
        new Table(
            "referralsByOrganisationType",
            StageTables.organisationTypes(),
            List.of(),
            "referrals.byOrganisationType",
            "referrals.total"));
    tables.add(new Table("examined", List.of("examined.total"), List.of(), "", null));
    tables.add(
        new Table(
            "periods",
            List.of(
                "periods.started",
                "periods.accepted",
                "periods.declined",
                "periods.extended",
                "periods.ended"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "periodsByLength",
            StageTables.LENGTHS,
            List.of(),
            "periods.byLength",
            "periods.ended"));
    tables.add(
        new Table(
            "periodsByEndReason",
            StageTables.endReasons(),
            List.of(),
            "periods.byEndReason",
            "periods.ended"));
    tables.add(
        new Table(
            "repatriationStages",
            List.of(
                "repatriations.offered",
                "repatriations.accepted",
                "repatriations.declined",
                "repatriations.total"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "reintegrationOutcomes",
            StageTables.outcomes(),
            List.of(),
            "reintegration.byOutcome",
            "reintegration.ended"));
    tables.add(
        new Table("supportByType", StageTables.supportTypes(), List.of(), "support.byType", null));
    tables.add(
        new Table(
            "shelters",
            List.of("shelter.persons", "shelter.bedNights", "support.persons"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "children",
            List.of(
                "referrals.minors",
                "examined.minors",
                "victims.byAge.0-17",
                "periods.startedMinors",
                "repatriations.minorsReturned"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "outreachActivities",
            FieldTables.ACTIVITY_TYPES,
            List.of(),
            "outreach.activities.byType",
            "outreach.activities.total"));
    tables.add(
        new Table(
            "outreachContacts",
            List.of(
                "outreach.contacts",
                "outreach.firstContacts",
                "outreach.distinctCoded",
                "outreach.suspicions",
                "outreach.referrals"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "jointActionsByLead",
            FieldTables.LEADS,
            List.of(),
            "jointActions.byLead",
            "jointActions.total"));
    tables.add(
        new Table(
            "jointActionsBySector",
            keys(f, "jointActions.bySector"),
            List.of(),
            "jointActions.bySector",
            "jointActions.total"));
    tables.add(
        new Table(
            "jointActionsWork",
            List.of(
                "jointActions.personsMet",
                "jointActions.screenings",
                "jointActions.interviews",
                "jointActions.referrals",
                "jointActions.identified",
                "jointActions.declined"),
            List.of(),
            "",
            null));
    tables.add(
        new Table(
            "criminalJustice",
            List.of(
                "criminal.investigations",
                "criminal.suspects.total",
                "criminal.prosecuted.total",
                "criminal.convicted.total"),
            List.of(),
            "",
            null));
    for (String step : FieldTables.STEPS) {
      tables.add(
          new Table(
              step + "ByForm",
              FieldTables.FORMS,
              List.of(),
              "criminal." + step,
              "criminal." + step + ".total"));
    }
    return tables;
  }

  private static List<String> keys(Figures f, String prefix) {
    return f.all().keySet().stream()
        .filter(p -> p.startsWith(prefix + "."))
        .map(p -> p.substring(prefix.length() + 1))
        .toList();
  }

  private Optional<Noise> noise() {
    if (settings.noiseEpsilon() == null) {
      return Optional.empty();
    }
    byte[] key =
        jdbc.sql("SELECT key FROM statistics.noise_key WHERE id = 1")
            .query(byte[].class)
            .optional()
            .orElseGet(
                () -> {
                  byte[] fresh = new byte[32];
                  new SecureRandom().nextBytes(fresh);
                  jdbc.sql(
                          "INSERT INTO statistics.noise_key (id, key) VALUES (1, ?) ON CONFLICT DO NOTHING")
                      .param(fresh)
                      .update();
                  return jdbc.sql("SELECT key FROM statistics.noise_key WHERE id = 1")
                      .query(byte[].class)
                      .single();
                });
    return Optional.of(new Noise(key, settings.noiseEpsilon()));
  }
}
