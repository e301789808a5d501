package org.haven.access;

import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for the people who use Haven: create, change, disable, reset factors. Nobody can raise
 * their own rights. Every change is audited.
 */
@Service
public class Users {

  static final String RESOURCE = "User";

  private final UserAccountRepository accounts;
  private final OrganisationRepository organisations;
  private final PasswordEncoder passwords;
  private final SecretBox box;
  private final AuditTrail audit;
  private final Clock clock;
  private final JdbcClient jdbc;
  private final Recent<Map<UUID, String>> displayNames = new Recent<>(this::readDisplayNames);
  private final Recent<List<RoleHolder>> roleHolders = new Recent<>(this::readRoleHolders);

  /** An enabled user who holds a role in an organisation, as the choices of a colleague list it. */
  private record RoleHolder(UUID organisation, Role role, Named user) {}

  Users(
      UserAccountRepository accounts,
      OrganisationRepository organisations,
      PasswordEncoder passwords,
      SecretBox box,
      AuditTrail audit,
      Clock clock,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.organisations = organisations;
    this.passwords = passwords;
    this.box = box;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates an account with a one-time password. At first sign-in the person chooses a password and
   * enrols an authenticator.
   */
  @Transactional
  public NewAccount create(
      String email,
      String displayName,
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      AuditActor by) {
    Organisation of = requireOrganisation(organisation);
    String oneTimePassword = oneTimePassword();
    UserAccount account =
        UserAccount.create(
            email,
            displayName,
            of,
            roles,
            language,
            passwords.encode(oneTimePassword),
            clock.instant());
    if (accounts.emailTaken(account.email())) {
      throw new InvalidInput("email", "user.emailTaken");
    }
    UserAccount saved = accounts.save(account);
    forgetNames();
    audit.record(by, AuditAction.CREATE, RESOURCE, saved.id().toString());
    return new NewAccount(saved, oneTimePassword);
  }

  /**
   * Creates a machine account for another system: no password, no sign-in; administrators issue its
   * tokens ({@link ApiTokens#issue}). Every page and audit row marks it as a machine.
   */
  @Transactional
  public UserAccount createServiceAccount(
      String email,
      String displayName,
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      AuditActor by) {
    Organisation of = requireOrganisation(organisation);
    UserAccount account =
        UserAccount.createService(email, displayName, of, roles, language, clock.instant());
    if (accounts.emailTaken(account.email())) {
      throw new InvalidInput("email", "user.emailTaken");
    }
    UserAccount saved = accounts.save(account);
    forgetNames();
    audit.record(
        by, AuditAction.CREATE, RESOURCE, saved.id().toString(), AuditOutcome.SUCCESS, "machine");
    return saved;
  }

  /**
   * Accounts whose roles break {@link RolePolicy} (made before it existed): ids only, for the
   * start-up report and the administrators' list.
   */
  @Transactional(readOnly = true)
  public List<UserAccount> violatingRolePolicy() {
    Map<UUID, OrganisationType> types = new HashMap<>();
    organisations.findAll().forEach(o -> types.put(o.id(), o.type()));
    return accounts.findAllByName().stream()
        .filter(a -> !RolePolicy.allows(a.roles(), types.get(a.organisation().value())))
        .toList();
  }

  /**
   * Changes an account the caller read at {@code expectedVersion}; the caller cannot change their
   * own rights.
   */
  @Transactional
  public UserAccount change(
      UserId user,
      long expectedVersion,
      String displayName,
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      boolean enabled,
      Actor by) {
    UserAccount account = load(user);
    if (account.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    Organisation of = requireOrganisation(organisation);
    account.change(displayName, of, roles, language, enabled, by.user(), clock.instant());
    try {
      UserAccount saved = accounts.save(account);
      forgetNames();
      audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, saved.id().toString());
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  /** Issues a new one-time password and ends the person's sessions. */
  @Transactional
  public String resetPassword(UserId user, Actor by) {
    UserAccount account = load(user);
    String oneTimePassword = oneTimePassword();
    account.resetPassword(passwords.encode(oneTimePassword), clock.instant());
    accounts.save(account);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        account.id().toString(),
        AuditOutcome.SUCCESS,
        "password reset");
    return oneTimePassword;
  }

  /** Removes the person's authenticator (e.g. a lost phone); they enrol again at next sign-in. */
  @Transactional
  public void resetSecondFactor(UserId user, Actor by) {
    UserAccount account = load(user);
    if (by.user().equals(user)) {
      throw new InvalidInput("user", "user.ownSecondFactor");
    }
    account.resetSecondFactor(clock.instant());
    accounts.save(account);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        account.id().toString(),
        AuditOutcome.SUCCESS,
        "second factor reset");
  }

  /** The person's own choice of interface language. */
  @Transactional
  public void chooseLanguage(UserId user, Language language) {
    UserAccount account = load(user);
    account.chooseLanguage(language);
    accounts.save(account);
  }

  @Transactional(readOnly = true)
  public Optional<UserAccount> find(UserId user) {
    return accounts.findById(user.value());
  }

  @Transactional(readOnly = true)
  public List<UserAccount> all() {
    return accounts.findAllByName();
  }

  @Transactional(readOnly = true)
  public List<UserAccount> of(OrganisationId organisation) {
    return accounts.findByOrganisation(organisation.value());
  }

  /** A user as lists and choices show them. */
  public record Named(UUID id, String displayName) {}

  /**
   * Every user's display name by id, to say who did what: read again after {@link Recent#FOR} or a
   * change here (never used to decide access).
   */
  public Map<UUID, String> displayNames() {
    return displayNames.get();
  }

  private Map<UUID, String> readDisplayNames() {
    Map<UUID, String> names = new HashMap<>();
    jdbc.sql("SELECT id, display_name FROM access.user_account")
        .query((rs, row) -> names.put(rs.getObject("id", UUID.class), rs.getString("display_name")))
        .list();
    return Collections.unmodifiableMap(names);
  }

  /**
   * The enabled users of an organisation who hold a role, by name, to offer as a choice (a task's
   * assignee, a case's contact person): read again after {@link Recent#FOR} or a change here. Never
   * used to decide access; the choice made is checked by the domain as it stands.
   */
  @Transactional(readOnly = true)
  public List<Named> withRole(OrganisationId organisation, Role role) {
    return roleHolders.get().stream()
        .filter(h -> h.role() == role && h.organisation().equals(organisation.value()))
        .map(RoleHolder::user)
        .toList();
  }

  private List<RoleHolder> readRoleHolders() {
    return jdbc.sql(
            """
            SELECT u.organisation_id, r.role, u.id, u.display_name FROM access.user_account u
            JOIN access.user_role r ON r.user_id = u.id
            WHERE u.enabled ORDER BY u.display_name, u.id
            """)
        .query(
            (rs, row) ->
                new RoleHolder(
                    rs.getObject("organisation_id", UUID.class),
                    Role.valueOf(rs.getString("role")),
                    new Named(rs.getObject("id", UUID.class), rs.getString("display_name"))))
        .list();
  }

  /** Forgets the names and role holders read, now and when this transaction commits. */
  private void forgetNames() {
    displayNames.forget();
    roleHolders.forget();
  }

  @Transactional(readOnly = true)
  public long count() {
    return accounts.count();
  }

  /**
   * A ready-to-use demo account with a known password and authenticator secret. Refused unless this
   * installation is a demo, so that it can never create a known credential in a real one.
   */
  @Transactional
  public UserAccount createForDemo(
      String email,
      String displayName,
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      String password,
      String totpSecret,
      Installation installation) {
    if (!installation.isDemo()) {
      throw new IllegalStateException("Demo accounts can only be created in a demo installation");
    }
    UserAccount account =
        UserAccount.create(
            email,
            displayName,
            requireOrganisation(organisation),
            roles,
            language,
            passwords.encode(password),
            clock.instant());
    account.changePassword(account.passwordHash());
    account.beginEnrolment(box.seal(totpSecret));
    account.confirmEnrolment(0);
    UserAccount saved = accounts.save(account);
    forgetNames();
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.CREATE,
        RESOURCE,
        saved.id().toString(),
        AuditOutcome.SUCCESS,
        "demo");
    return saved;
  }

  static String oneTimePassword() {
    return Secrets.readable(4, 4);
  }

  private UserAccount load(UserId user) {
    return accounts.findById(user.value()).orElseThrow(() -> new NotFound(RESOURCE));
  }

  private Organisation requireOrganisation(OrganisationId organisation) {
    if (organisation == null) {
      throw new InvalidInput("organisationId", "validation.required");
    }
    return organisations
        .findById(organisation.value())
        .orElseThrow(() -> new InvalidInput("organisationId", "user.organisationUnknown"));
  }

  /**
   * The user as an actor for work they started that runs later (an import): present only while the
   * account is enabled, with the roles it has now.
   */
  @Transactional(readOnly = true)
  public Optional<Actor> actingAs(UserId user) {
    return accounts
        .findById(user.value())
        .filter(UserAccount::enabled)
        .map(a -> Actor.of(a, clock.instant()));
  }
}
