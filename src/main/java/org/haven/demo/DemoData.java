package org.haven.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.access.Installation;
import org.haven.access.Language;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.access.Users;
import org.haven.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo generator: a national centre, NGOs, shelter operators, police districts, the immigration
 * service, municipalities, IOM and the ministry, all fictional, and one user for every role with
 * printed demo-only credentials.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("haven.demo")
class DemoData implements ApplicationRunner {

  /**
   * Every demo user signs in with this password. Demo only: the installation is marked as a demo.
   */
  static final String PASSWORD = "haven-demo-password-2026";

  /** Every demo user's authenticator secret (base32), to add once to an authenticator app. */
  static final String TOTP_SECRET = "HAVENDEMOJ4K2M7QXHAVENDEMOJ4K2M7";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Installation installation;
  private final Organisations organisations;
  private final Users users;
  private final TransactionTemplate transaction;
  private final Environment environment;
  private final DemoReferrals demoReferrals;
  private final DemoJourneys demoJourneys;
  private final DemoHistory demoHistory;
  private final DemoOutreach demoOutreach;
  private final DemoHelpMessages demoHelpMessages;
  private final DemoKeyPersons demoKeyPersons;
  private final DemoOperations demoOperations;
  private final DemoFunding demoFunding;

  DemoData(
      Installation installation,
      Organisations organisations,
      Users users,
      TransactionTemplate transaction,
      Environment environment,
      DemoReferrals demoReferrals,
      DemoJourneys demoJourneys,
      DemoHistory demoHistory,
      DemoOutreach demoOutreach,
      DemoHelpMessages demoHelpMessages,
      DemoKeyPersons demoKeyPersons,
      DemoOperations demoOperations,
      DemoFunding demoFunding) {
    this.demoFunding = demoFunding;
    this.demoOperations = demoOperations;
    this.demoOutreach = demoOutreach;
    this.demoHelpMessages = demoHelpMessages;
    this.demoKeyPersons = demoKeyPersons;
    this.installation = installation;
    this.organisations = organisations;
    this.users = users;
    this.transaction = transaction;
    this.environment = environment;
    this.demoReferrals = demoReferrals;
    this.demoJourneys = demoJourneys;
    this.demoHistory = demoHistory;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (installation.mode().orElse(null) == Installation.Mode.PRODUCTION
        || (installation.mode().isEmpty() && users.count() > 0)) {
      throw new IllegalStateException(
          "Demo mode refuses to start: this database holds real (non-demo) data. Start the demo on an empty data"
              + " directory, e.g. --haven.database.data-dir=./demo-data");
    }
    if (installation.isDemo()) {
      log.info("Demo data is already present");
      printCredentials(false);
      return;
    }
    List<UserAccount> created = transaction.execute(status -> generate());
    demoJourneys.generate(created, LocalDate.now(ZoneOffset.UTC));
    demoOutreach.generate(created, LocalDate.now(ZoneOffset.UTC));
    demoKeyPersons.generate(created);
    demoOperations.generate(created, LocalDate.now(ZoneOffset.UTC));
    demoHistory.generate(created, LocalDate.now(ZoneOffset.UTC));
    demoFunding.generate(created, LocalDate.now(ZoneOffset.UTC));
    demoHelpMessages.generate(created, LocalDate.now(ZoneOffset.UTC));
    printCredentials(true);
  }

  private List<UserAccount> generate() {
    installation.set(Installation.Mode.DEMO);
    Map<String, Organisation> byKey = new LinkedHashMap<>();
    for (DemoOrganisation o : DemoOrganisation.ALL) {
      byKey.put(
          o.key(),
          organisations.register(o.name(), o.type(), o.country(), o.region(), AuditActor.SYSTEM));
    }
    List<UserAccount> created = new ArrayList<>();
    for (DemoUser u : DemoUser.ALL) {
      created.add(
          users.createForDemo(
              u.email(),
              u.name(),
              byKey.get(u.organisation()).organisationId(),
              u.roles(),
              u.language(),
              PASSWORD,
              TOTP_SECRET,
              installation));
    }
    demoReferrals.generate(created, LocalDate.now(ZoneOffset.UTC));
    return created;
  }

  private void printCredentials(boolean created) {
    String port = environment.getProperty("local.server.port", "8080");
    StringBuilder text = new StringBuilder();
    text.append(System.lineSeparator())
        .append("==================== Haven DEMO ====================")
        .append(System.lineSeparator());
    text.append(created ? "Demo data created. " : "")
        .append("Synthetic data only: never enter real information.")
        .append(System.lineSeparator());
    text.append("Sign in at http://localhost:")
        .append(port)
        .append("/login with password ")
        .append(PASSWORD)
        .append(System.lineSeparator());
    text.append("Authenticator key for every demo user: ")
        .append(TOTP_SECRET)
        .append(System.lineSeparator());
    for (DemoUser u : DemoUser.ALL) {
      text.append(String.format("  %-22s %s%n", u.roles().iterator().next(), u.email()));
    }
    text.append("====================================================")
        .append(System.lineSeparator());
    System.out.print(text);
    System.out.flush();
  }

  /** A fictional organisation. */
  record DemoOrganisation(
      String key, String name, OrganisationType type, String country, String region) {
    static final List<DemoOrganisation> ALL =
        List.of(
            new DemoOrganisation(
                "centre",
                "National Centre against Human Trafficking",
                OrganisationType.NATIONAL_CENTRE,
                "DK",
                "Capital Region"),
            new DemoOrganisation(
                "ngo1", "Nordlys Outreach", OrganisationType.NGO, "DK", "Capital Region"),
            new DemoOrganisation(
                "ngo2", "Bridge Denmark", OrganisationType.NGO, "DK", "Central Denmark"),
            new DemoOrganisation(
                "ngo3", "Red Thread Health Clinic", OrganisationType.NGO, "DK", "Capital Region"),
            new DemoOrganisation(
                "shelter1",
                "Havn Crisis Centres",
                OrganisationType.SHELTER_OPERATOR,
                "DK",
                "Capital Region"),
            new DemoOrganisation(
                "shelter2",
                "Fyr Shelter Association",
                OrganisationType.SHELTER_OPERATOR,
                "DK",
                "Southern Denmark"),
            new DemoOrganisation(
                "police1",
                "Copenhagen Police District",
                OrganisationType.POLICE_DISTRICT,
                "DK",
                "Capital Region"),
            new DemoOrganisation(
                "police2",
                "East Jutland Police District",
                OrganisationType.POLICE_DISTRICT,
                "DK",
                "Central Denmark"),
            new DemoOrganisation(
                "immigration",
                "Immigration Service",
                OrganisationType.IMMIGRATION_SERVICE,
                "DK",
                null),
            new DemoOrganisation(
                "municipality1",
                "Copenhagen Municipality",
                OrganisationType.MUNICIPALITY,
                "DK",
                "Capital Region"),
            new DemoOrganisation(
                "municipality2",
                "Aarhus Municipality",
                OrganisationType.MUNICIPALITY,
                "DK",
                "Central Denmark"),
            new DemoOrganisation("tax", "Tax Agency", OrganisationType.TAX_AGENCY, "DK", null),
            new DemoOrganisation(
                "labour",
                "Working Environment Authority",
                OrganisationType.LABOUR_INSPECTORATE,
                "DK",
                null),
            new DemoOrganisation(
                "iom",
                "IOM Nordic Office",
                OrganisationType.INTERNATIONAL_ORGANISATION,
                "FI",
                "Helsinki"),
            new DemoOrganisation(
                "ministry", "Ministry for Gender Equality", OrganisationType.MINISTRY, "DK", null),
            new DemoOrganisation(
                "prosecution",
                "Copenhagen Prosecution Service",
                OrganisationType.PROSECUTION,
                "DK",
                "Capital Region"),
            new DemoOrganisation(
                "se-agency",
                "Swedish Gender Equality Agency",
                OrganisationType.NATIONAL_CENTRE,
                "SE",
                "Västra Götaland"));
  }

  /** A fictional user for one role. */
  record DemoUser(
      String email, String name, String organisation, Set<Role> roles, Language language) {
    static final List<DemoUser> ALL =
        List.of(
            new DemoUser(
                "admin@demo.haven",
                "Mette Kjær",
                "centre",
                EnumSet.of(Role.ADMINISTRATOR),
                Language.DA),
            new DemoUser(
                "caseworker@demo.haven",
                "Amira Haddad",
                "centre",
                EnumSet.of(Role.CENTRE_CASEWORKER),
                Language.DA),
            new DemoUser(
                "analyst@demo.haven",
                "Jonas Lindqvist",
                "centre",
                EnumSet.of(Role.CENTRE_ANALYST),
                Language.EN),
            new DemoUser(
                "ngo@demo.haven", "Grace Okafor", "ngo1", EnumSet.of(Role.NGO_WORKER), Language.EN),
            new DemoUser(
                "shelter@demo.haven",
                "Sofie Nguyen",
                "shelter1",
                EnumSet.of(Role.SHELTER_STAFF),
                Language.DA),
            new DemoUser(
                "police@demo.haven",
                "Rasmus Østergaard",
                "police1",
                EnumSet.of(Role.POLICE_KEY_PERSON),
                Language.DA),
            new DemoUser(
                "immigration@demo.haven",
                "Leila Rahimi",
                "immigration",
                EnumSet.of(Role.IMMIGRATION_OFFICER),
                Language.DA),
            new DemoUser(
                "municipality@demo.haven",
                "Peter Holm",
                "municipality1",
                EnumSet.of(Role.MUNICIPAL_CASEWORKER),
                Language.DA),
            new DemoUser(
                "auditor@demo.haven",
                "Ingrid Svensson",
                "centre",
                EnumSet.of(Role.AUDITOR),
                Language.SV),
            new DemoUser(
                "tax@demo.haven",
                "Henrik Dahl",
                "tax",
                EnumSet.of(Role.TAX_INSPECTOR),
                Language.DA),
            new DemoUser(
                "labour@demo.haven",
                "Maja Lund",
                "labour",
                EnumSet.of(Role.LABOUR_INSPECTOR),
                Language.DA),
            new DemoUser(
                "prosecutor@demo.haven",
                "Karen Bech",
                "prosecution",
                EnumSet.of(Role.PROSECUTOR),
                Language.DA),
            new DemoUser(
                "ministry@demo.haven",
                "Anders Friis",
                "ministry",
                EnumSet.of(Role.MINISTRY_OFFICIAL),
                Language.EN),
            new DemoUser(
                "iom@demo.haven",
                "Ana Ionescu",
                "iom",
                EnumSet.of(Role.RETURN_ORGANISATION_STAFF),
                Language.EN));
  }
}
