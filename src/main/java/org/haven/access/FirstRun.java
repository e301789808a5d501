package org.haven.access;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import org.haven.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the very first start (no users yet, not a demo): creates the operating organisation and the
 * first administrator, and registers the bootstrap API token if one is configured.
 */
@Component
@Order(10)
class FirstRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

  private final FirstRunSettings settings;
  private final Organisations organisations;
  private final UserAccountRepository accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final Installation installation;
  private final TransactionTemplate transaction;
  private final Environment environment;

  FirstRun(
      FirstRunSettings settings,
      Organisations organisations,
      UserAccountRepository accounts,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      ApiTokens tokens,
      Installation installation,
      TransactionTemplate transaction,
      Environment environment) {
    this.settings = settings;
    this.organisations = organisations;
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.tokens = tokens;
    this.installation = installation;
    this.transaction = transaction;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (environment.getProperty("haven.demo", Boolean.class, false) || accounts.count() > 0) {
      return;
    }
    String oneTimePassword = transaction.execute(status -> setUp());
    if (oneTimePassword != null) {
      printOnce(oneTimePassword);
    }
    log.info("First run: created the operating organisation and the first administrator");
  }

  /**
   * Answers the generated one-time password, or null when the administrator's password was
   * configured.
   */
  private String setUp() {
    Organisation centre =
        organisations.register(
            settings.organisation().name(),
            OrganisationType.NATIONAL_CENTRE,
            settings.organisation().country(),
            null,
            AuditActor.SYSTEM);
    String configured = settings.admin().password();
    String email = UserAccount.email(settings.admin().email());
    String password =
        configured == null || configured.isEmpty() ? Users.oneTimePassword() : configured;
    if (configured != null && !configured.isEmpty()) {
      policy.check("HAVEN_ADMIN_PASSWORD", configured, email);
    }
    UserAccount admin =
        UserAccount.create(
            email,
            "Administrator",
            centre,
            EnumSet.of(Role.ADMINISTRATOR),
            Language.EN,
            passwords.encode(password),
            centre.createdAt());
    if (configured != null && !configured.isEmpty()) {
      admin.changePassword(
          admin.passwordHash()); // a chosen password need not be changed; TOTP enrolment still is
    }
    accounts.save(admin);
    String token = settings.bootstrap().token();
    if (token != null && !token.isBlank()) {
      tokens.register(
          admin.userId(), "bootstrap", token.strip(), Duration.ofDays(365), AuditActor.SYSTEM);
    }
    installation.set(Installation.Mode.PRODUCTION);
    return configured == null || configured.isEmpty() ? password : null;
  }

  private void printOnce(String oneTimePassword) {
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    String address =
        environment.getProperty("haven.base-url", "http://localhost:" + port) + "/login";
    // Printed to the console only, never to the log: this is the one time the password is shown.
    System.out.printf(
        "%n==================== Haven first run ====================%n"
            + "Sign in at %s%n"
            + "  email:              %s%n"
            + "  one-time password:  %s%n"
            + "You will choose your own password and set up an authenticator app.%n"
            + "=========================================================%n%n",
        address, settings.admin().email().strip().toLowerCase(Locale.ROOT), oneTimePassword);
    System.out.flush();
  }
}
