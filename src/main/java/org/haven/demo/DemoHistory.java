package org.haven.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.exchange.HtcdsImports;
import org.haven.intake.CallerType;
import org.haven.intake.Hotline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fifteen years of synthetic history for the demo, so the status report and its trends look like a
 * real country's: victims assessed each year (growing from about 45 to about 100, forced labour and
 * forced criminality rising, nationalities shifting from West Africa and Thailand towards Romania,
 * Vietnam and Ukraine), some repatriations, negative decisions, and hotline calls. The persons are
 * delivered as one HTCDS file through the ordinary import, so events, audit and the projections
 * follow as for any import. Fixed seed: the same history every time.
 */
@Component
class DemoHistory {

  static final int YEARS = 15;

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  private static final String[] EARLY_COUNTRIES = {
    "NG", "NG", "NG", "NG", "NG", "TH", "TH", "TH", "TH", "RO", "RO", "RO", "BG", "BG", "UA", "CN",
    "VN", "BR", "HU", "UG"
  };
  private static final String[] LATE_COUNTRIES = {
    "RO", "RO", "RO", "RO", "RO", "VN", "VN", "VN", "NG", "NG", "UA", "UA", "PH", "PH", "TH", "AL",
    "BG", "CN", "LT", "MA"
  };
  private static final String[] GIVEN = {
    "Ana",
    "Maria",
    "Blessing",
    "Joy",
    "Nok",
    "Lan",
    "Olena",
    "Ioana",
    "Grace",
    "Mai",
    "Elena",
    "Precious",
    "Ion",
    "Andrii",
    "Minh",
    "Chidi",
    "Vasile",
    "Duc",
    "Mihai",
    "Samuel"
  };
  private static final String[] FAMILY = {
    "Popescu",
    "Okafor",
    "Nguyen",
    "Shevchenko",
    "Santos",
    "Ionescu",
    "Eze",
    "Tran",
    "Kovalenko",
    "Dimitrova",
    "Hoxha",
    "Wang",
    "Sukjai",
    "Balogh",
    "Reyes",
    "Rusu",
    "Adeyemi",
    "Le",
    "Petrov",
    "Alaoui"
  };
  private static final String[] INDUSTRIES = {
    "F_Construction",
    "I_AccommodationAndFoodServiceActivities",
    "A_AgricultureForestryAndFishing",
    "N_AdministrativeAndSupportServiceActivities",
    "H_TransportationAndStorage",
    "T_ActivitiesOfHouseholdsAsEmployers"
  };

  private final HtcdsImports imports;
  private final Hotline hotline;

  DemoHistory(HtcdsImports imports, Hotline hotline) {
    this.imports = imports;
    this.hotline = hotline;
  }

  /** Queues the history's import and logs the hotline calls of past years. */
  void generate(List<UserAccount> users, LocalDate today) {
    Actor centre =
        DemoReferrals.actor(
            users.stream()
                .filter(u -> u.roles().contains(Role.CENTRE_CASEWORKER))
                .findFirst()
                .orElseThrow());
    Random random = new Random(2007);
    String csv = csv(random, today);
    imports.submit(csv.getBytes(StandardCharsets.UTF_8), centre);
    int calls = 0;
    for (int year = today.getYear() - YEARS; year < today.getYear(); year++) {
      int n = 120 + random.nextInt(80) + (year - today.getYear() + YEARS) * 6;
      for (int i = 0; i < n; i++) {
        Instant at =
            LocalDate.of(year, 1, 1)
                .plusDays(random.nextInt(365))
                .atTime(8 + random.nextInt(10), random.nextInt(60))
                .toInstant(ZoneOffset.UTC);
        hotline.log(at, callerType(random), "Demo call", null, null, centre);
        calls++;
      }
    }
    log.info("Demo history: {} HTCDS rows queued for import, {} past hotline calls", rows, calls);
  }

  private int rows;

  String csv(Random random, LocalDate today) {
    StringBuilder csv =
        new StringBuilder(
            "cas_ExternalId,prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Citizenship,"
                + "vic_TraffickingStatus,vic_TypeOfExploitation,vic_ForcedLabourIndustry,"
                + "cas_ReferringOrganisation,cas_IncomingReferralDate,hte_Country,ext_DecisionDate,"
                + "ext_DecidingAuthority,ext_MainExploitation,ext_RepatriationDate,"
                + "ext_RepatriationCountry\n");
    int first = today.getYear() - YEARS;
    for (int year = first; year < today.getYear(); year++) {
      double era = (year - first) / (double) (YEARS - 1); // 0 early … 1 late
      int victims = 45 + (int) Math.round(era * 55) + random.nextInt(15) - 7;
      int others = victims / 4;
      for (int i = 0; i < victims + others; i++) {
        boolean victim = i < victims;
        LocalDate referred = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
        LocalDate decided = referred.plusDays(10 + random.nextInt(50));
        if (decided.getYear() != year) {
          decided = LocalDate.of(year, 12, 20);
        }
        String country =
            random.nextDouble() < era
                ? LATE_COUNTRIES[random.nextInt(LATE_COUNTRIES.length)]
                : EARLY_COUNTRIES[random.nextInt(EARLY_COUNTRIES.length)];
        double s = random.nextDouble();
        double female = 0.9 - 0.3 * era;
        String gender = s < female ? "Feminine" : s < 0.98 ? "Masculine" : "TransgenderFeminine";
        String[] form = form(random, era, gender);
        int age =
            random.nextInt(20) == 0
                ? 15 + random.nextInt(3)
                : 18 + (int) Math.abs(random.nextGaussian() * 9);
        LocalDate born = decided.minusYears(age).minusDays(random.nextInt(365));
        String birth = random.nextInt(6) == 0 ? Integer.toString(born.getYear()) : born.toString();
        String authority =
            random.nextDouble() < 0.65
                ? "ImmigrationService"
                : random.nextDouble() < 0.92 ? "NationalCentre" : "Other";
        String repatriation = ",";
        if (victim && random.nextInt(8) == 0) {
          LocalDate home = decided.plusDays(30 + random.nextInt(120));
          if (home.isBefore(today)) {
            repatriation = home + "," + country;
          }
        }
        csv.append("DEMO-")
            .append(year)
            .append('-')
            .append(i)
            .append(',')
            .append(GIVEN[random.nextInt(GIVEN.length)])
            .append(',')
            .append(FAMILY[random.nextInt(FAMILY.length)])
            .append(',')
            .append(birth)
            .append(',')
            .append(gender)
            .append(',')
            .append(country)
            .append(',')
            .append(victim ? "ActualVictimOfTrafficking" : "NotAVictimOfTrafficking")
            .append(',')
            .append(victim ? form[0] : "")
            .append(',')
            .append(victim && form[0].contains("ForcedLabour") ? form[1] : "")
            .append(",,")
            .append(referred)
            .append(",DK,")
            .append(decided)
            .append(',')
            .append(authority)
            .append(',')
            .append(victim ? form[2] : "")
            .append(',')
            .append(repatriation)
            .append('\n');
        rows++;
      }
    }
    return csv.toString();
  }

  /** The forms, the industry and the main form: sexual exploitation early, more labour later. */
  private static String[] form(Random random, double era, String gender) {
    double r = random.nextDouble();
    boolean woman = !gender.equals("Masculine");
    String main;
    if (r < (woman ? 0.85 - 0.3 * era : 0.1)) {
      main = "SexualExploitation";
    } else if (r < (woman ? 0.93 - 0.2 * era : 0.6)) {
      main = "ForcedLabour";
    } else if (r < (woman ? 0.96 : 0.85)) {
      main = era < 0.3 ? "ForcedLabour" : "ForcedCriminality";
    } else if (r < 0.98) {
      main = "ForcedBegging";
    } else {
      main = "Servitude";
    }
    String forms = main;
    if (random.nextInt(10) == 0 && !main.equals("SexualExploitation")) {
      forms = main + ";SexualExploitation";
    }
    String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
    return new String[] {forms, industry, random.nextInt(15) == 0 ? "Undetermined" : main};
  }

  private static CallerType callerType(Random random) {
    double r = random.nextDouble();
    if (r < 0.35) {
      return CallerType.POLICE;
    }
    if (r < 0.5) {
      return CallerType.OTHER_AUTHORITY;
    }
    if (r < 0.7) {
      return CallerType.NGO;
    }
    if (r < 0.85) {
      return CallerType.PUBLIC;
    }
    if (r < 0.95) {
      return CallerType.POSSIBLE_VICTIM;
    }
    return CallerType.OTHER;
  }
}
