package org.haven.access;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditActor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test fixtures for people and organisations: accounts with a known password and authenticator
 * secret, made through the real repositories. Registered in the test context by {@link
 * org.haven.support.TestConfiguration}.
 */
@Component
public class AccessFixtures {

  public static final String PASSWORD = "correct horse battery staple";

  private final Organisations organisations;
  private final UserAccountRepository accounts;
  private final PasswordEncoder passwords;
  private final SecondFactor secondFactor;
  private final SecretBox box;
  private final ApiTokens tokens;
  private final Clock clock;

  AccessFixtures(
      Organisations organisations,
      UserAccountRepository accounts,
      PasswordEncoder passwords,
      SecondFactor secondFactor,
      SecretBox box,
      ApiTokens tokens,
      Clock clock) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.passwords = passwords;
    this.secondFactor = secondFactor;
    this.box = box;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A ready account: its own password set, authenticator enrolled. */
  public record TestUser(UserAccount account, String secret) {
    public UserId id() {
      return account.userId();
    }

    public String email() {
      return account.email();
    }

    public Actor actor() {
      return Actor.of(account, Instant.now());
    }

    /** The authenticator's code for the current time step plus {@code offset} steps. */
    public String code(int offset) {
      try {
        long step = Instant.now().getEpochSecond() / SecondFactor.PERIOD_SECONDS + offset;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
      } catch (CodeGenerationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public Organisation organisation(OrganisationType type) {
    return organisations.register(
        type.name() + " " + UUID.randomUUID().toString().substring(0, 8),
        type,
        "DK",
        null,
        AuditActor.SYSTEM);
  }

  /** A user in a new organisation of the kind the first role belongs to. */
  public TestUser user(Role... roles) {
    Role first = roles.length == 0 ? Role.CENTRE_CASEWORKER : roles[0];
    return user(organisation(home(first)), roles);
  }

  /** The kind of organisation a role is usually held in. */
  public static OrganisationType home(Role role) {
    return switch (role) {
      case NGO_WORKER -> OrganisationType.NGO;
      case SHELTER_STAFF -> OrganisationType.SHELTER_OPERATOR;
      case POLICE_KEY_PERSON -> OrganisationType.POLICE_DISTRICT;
      case IMMIGRATION_OFFICER -> OrganisationType.IMMIGRATION_SERVICE;
      case MUNICIPAL_CASEWORKER -> OrganisationType.MUNICIPALITY;
      case TAX_INSPECTOR -> OrganisationType.TAX_AGENCY;
      case LABOUR_INSPECTOR -> OrganisationType.LABOUR_INSPECTORATE;
      case PROSECUTOR -> OrganisationType.PROSECUTION;
      case MINISTRY_OFFICIAL -> OrganisationType.MINISTRY;
      case RETURN_ORGANISATION_STAFF -> OrganisationType.INTERNATIONAL_ORGANISATION;
      default -> OrganisationType.NATIONAL_CENTRE;
    };
  }

  public TestUser user(Organisation organisation, Role... roles) {
    Set<Role> set =
        roles.length == 0 ? EnumSet.of(Role.CENTRE_CASEWORKER) : EnumSet.of(roles[0], roles);
    UserAccount account =
        UserAccount.create(
            "user-" + UUID.randomUUID().toString().substring(0, 12) + "@haven.test",
            "Test " + set.iterator().next().name().toLowerCase(),
            organisation,
            set,
            Language.EN,
            passwords.encode(PASSWORD),
            clock.instant());
    account.changePassword(account.passwordHash());
    String secret = secondFactor.newSecret();
    account.beginEnrolment(box.seal(secret));
    account.confirmEnrolment(0);
    return new TestUser(accounts.save(account), secret);
  }

  /** A bearer token for the user. */
  public String token(TestUser user) {
    return tokens.issue(user.id(), "test", 1, user.actor()).secret();
  }
}
