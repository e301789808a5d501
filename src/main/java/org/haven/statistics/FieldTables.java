package org.haven.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haven.information.HelpLanguage;
import org.haven.outreach.ActivityType;
import org.haven.outreach.OutreachSummary;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The year's figures of the authorities' field work, from {@link FieldProjections}: joint actions
 * held by lead authority and by sector (counts of actions, not of persons), the persons met,
 * screened, interviewed, referred and later identified as victims (counts of persons, protected
 * like every other), and the criminal justice figures Eurostat asks for — suspects charged,
 * prosecuted and convicted, by form of exploitation — with the sums that tie them.
 */
final class FieldTables {

  /** The kinds of organisation that lead joint actions, in the report's order. */
  static final List<String> LEADS =
      List.of("POLICE_DISTRICT", "TAX_AGENCY", "LABOUR_INSPECTORATE", "NATIONAL_CENTRE");

  /** Eurostat's forms of exploitation. */
  static final List<String> FORMS = List.of("SEXUAL", "LABOUR", "OTHER");

  /** The languages of the public help pages, in the report's order. */
  static final List<String> HELP_LANGUAGES =
      Arrays.stream(HelpLanguage.values()).map(HelpLanguage::code).toList();

  /** The kinds of outreach activity, in the report's order. */
  static final List<String> ACTIVITY_TYPES =
      Arrays.stream(ActivityType.values()).map(Enum::name).toList();

  /** The steps of the criminal justice figures. */
  static final List<String> STEPS = List.of("suspects", "prosecuted", "convicted");

  private final JdbcClient jdbc;

  FieldTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Eurostat's form for a criminal case's forms of exploitation (intake's codes). */
  static String form(List<String> exploitation) {
    if (exploitation.contains("SexualExploitation")) {
      return "SEXUAL";
    }
    if (exploitation.contains("ForcedLabour")) {
      return "LABOUR";
    }
    return "OTHER";
  }

  /**
   * The NGOs' outreach of the year: activities by type (counts of activities, not of persons), and
   * the persons met, met for the first time, distinct among contacts with an agreed code (within
   * each NGO), with signs of trafficking and referred (counts of persons, protected like every
   * other).
   */
  /**
   * Anonymous messages from the public help pages by the language they were written in: counts of
   * messages, under disclosure control like every count that could stand for few people.
   */
  static void helpMessages(Figures f, Map<HelpLanguage, Long> year) {
    List<String> parts = new ArrayList<>();
    long total = 0;
    for (HelpLanguage language : HelpLanguage.values()) {
      long n = year.getOrDefault(language, 0L);
      f.count("helpMessages.byLanguage." + language.code(), n);
      parts.add("helpMessages.byLanguage." + language.code());
      total += n;
    }
    f.count("helpMessages.total", total);
    f.sum("helpMessages.total", parts);
  }

  static void outreach(Figures f, OutreachSummary year) {
    year.activitiesByType()
        .forEach((type, n) -> f.other("outreach.activities.byType." + type.name(), n));
    f.other("outreach.activities.total", year.activities());
    f.count("outreach.contacts", year.contacts());
    f.count("outreach.firstContacts", year.firstContacts());
    f.count("outreach.distinctCoded", year.distinctCodes());
    f.count("outreach.suspicions", year.suspicions());
    f.count("outreach.referrals", year.referrals());
  }

  void add(Figures f, int year) {
    jointActions(f, year);
    criminalJustice(f, year);
  }

  private void jointActions(Figures f, int year) {
    Map<String, Long> byLead = new LinkedHashMap<>();
    LEADS.forEach(l -> byLead.put(l, 0L));
    Map<String, Long> bySector = new TreeMap<>();
    long[] work = new long[5];
    jdbc.sql(
            """
            SELECT lead_type, sector, count(*) AS actions, sum(persons_met) AS met, sum(screenings) AS screened,
                   sum(interviews) AS interviewed, sum(declined) AS declined
            FROM statistics.joint_action WHERE held_year = ? GROUP BY lead_type, sector
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  byLead.merge(rs.getString("lead_type"), rs.getLong("actions"), Long::sum);
                  bySector.merge(rs.getString("sector"), rs.getLong("actions"), Long::sum);
                  work[0] += rs.getLong("met");
                  work[1] += rs.getLong("screened");
                  work[2] += rs.getLong("interviewed");
                  work[3] += rs.getLong("declined");
                });
    long total = byLead.values().stream().mapToLong(Long::longValue).sum();
    byLead.forEach((lead, n) -> f.other("jointActions.byLead." + lead, n));
    bySector.forEach((sector, n) -> f.other("jointActions.bySector." + sector, n));
    f.other("jointActions.total", total);
    long referred =
        jdbc.sql("SELECT count(*) FROM statistics.joint_action_referral WHERE held_year = ?")
            .param(year)
            .query(Long.class)
            .single();
    long identified =
        jdbc.sql(
                """
                SELECT count(DISTINCT r.person_id) FROM statistics.joint_action_referral r
                WHERE r.held_year = ? AND EXISTS (
                    SELECT 1 FROM statistics.decision d WHERE d.person_id = r.person_id AND d.outcome = 'VICTIM')
                """)
            .param(year)
            .query(Long.class)
            .single();
    f.count("jointActions.personsMet", work[0]);
    f.count("jointActions.screenings", work[1]);
    f.count("jointActions.interviews", work[2]);
    f.count("jointActions.referrals", referred);
    f.count("jointActions.identified", identified);
    f.count("jointActions.declined", work[3]);
  }

  private void criminalJustice(Figures f, int year) {
    Map<String, long[]> byForm = new LinkedHashMap<>();
    FORMS.forEach(form -> byForm.put(form, new long[3]));
    jdbc.sql(
            """
            SELECT c.form, sum(g.suspects) AS n FROM statistics.criminal_charge g
            JOIN statistics.criminal_case c ON c.case_id = g.case_id
            WHERE extract(year FROM g.charged_on) = ? GROUP BY c.form
            """)
        .param(year)
        .query((RowCallbackHandler) rs -> byForm.get(rs.getString("form"))[0] += rs.getLong("n"));
    jdbc.sql(
            """
            SELECT form, sum(suspects) AS n FROM statistics.criminal_case
            WHERE extract(year FROM indicted_on) = ? GROUP BY form
            """)
        .param(year)
        .query((RowCallbackHandler) rs -> byForm.get(rs.getString("form"))[1] += rs.getLong("n"));
    jdbc.sql(
            """
            SELECT form, sum(convicted) AS n FROM statistics.criminal_case
            WHERE extract(year FROM convicted_on) = ? GROUP BY form
            """)
        .param(year)
        .query((RowCallbackHandler) rs -> byForm.get(rs.getString("form"))[2] += rs.getLong("n"));
    long linked =
        jdbc.sql(
                "SELECT count(*) FROM statistics.criminal_case WHERE extract(year FROM linked_on) = ?")
            .param(year)
            .query(Long.class)
            .single();
    f.count("criminal.investigations", linked);
    for (int step = 0; step < STEPS.size(); step++) {
      List<String> parts = new ArrayList<>();
      long sum = 0;
      for (String form : FORMS) {
        String path = "criminal." + STEPS.get(step) + "." + form;
        long n = byForm.get(form)[step];
        f.count(path, n);
        parts.add(path);
        sum += n;
      }
      String total = "criminal." + STEPS.get(step) + ".total";
      f.count(total, sum);
      f.sum(total, parts);
    }
  }
}
