package org.haven.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who uses Haven: who they are, which organisation they act for, what they may do, and the
 * state of their two sign-in factors. The account guards its own transitions.
 */
@Table(schema = "access", name = "user_account")
public class UserAccount {

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  @Id private final UUID id;
  private String email;
  private String displayName;
  private UUID organisationId;
  private Language language;

  /**
   * Whether the account may act at all. {@link ApiTokens#authenticate} reads this flag and the
   * roles in one statement of its own on every API request rather than loading this aggregate; a
   * new condition on whether an account may act (a lock, a validity date) must be added there too.
   */
  private boolean enabled;

  private String passwordHash;
  private boolean passwordChangeRequired;
  private String totpSecret;
  private String totpPendingSecret;
  private Long totpLastStep;
  private Instant sessionsValidFrom;
  private final boolean serviceAccount;
  private final Instant createdAt;
  @Version private Long version;

  @MappedCollection(idColumn = "user_id")
  private Set<RoleGrant> roles;

  @PersistenceCreator
  UserAccount(
      UUID id,
      String email,
      String displayName,
      UUID organisationId,
      Language language,
      boolean enabled,
      String passwordHash,
      boolean passwordChangeRequired,
      String totpSecret,
      String totpPendingSecret,
      Long totpLastStep,
      Instant sessionsValidFrom,
      boolean serviceAccount,
      Instant createdAt,
      Long version,
      Set<RoleGrant> roles) {
    this.id = id;
    this.email = email;
    this.displayName = displayName;
    this.organisationId = organisationId;
    this.language = language;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
    this.passwordChangeRequired = passwordChangeRequired;
    this.totpSecret = totpSecret;
    this.totpPendingSecret = totpPendingSecret;
    this.totpLastStep = totpLastStep;
    this.sessionsValidFrom = sessionsValidFrom;
    this.serviceAccount = serviceAccount;
    this.createdAt = createdAt;
    this.version = version;
    this.roles = roles;
  }

  /**
   * A new, enabled account of a person, who must choose their own password and enrol a second
   * factor at first sign-in. The roles must fit the organisation's kind ({@link RolePolicy}).
   */
  static UserAccount create(
      String email,
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      Language language,
      String initialPasswordHash,
      Instant at) {
    return open(email, displayName, organisation, roles, language, initialPasswordHash, false, at);
  }

  /**
   * A machine account (another system's client): no password, no second factor, it never signs in;
   * it acts only through tokens that administrators issue for it.
   */
  static UserAccount createService(
      String email,
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      Language language,
      Instant at) {
    return open(email, displayName, organisation, roles, language, null, true, at);
  }

  /** A new enabled account, its fields checked in the order a form shows them. */
  private static UserAccount open(
      String email,
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      Language language,
      String passwordHash,
      boolean serviceAccount,
      Instant at) {
    String checkedEmail = email(email);
    String checkedName = displayName(displayName);
    RolePolicy.check(roles, organisation.type());
    return new UserAccount(
        UUID.randomUUID(),
        checkedEmail,
        checkedName,
        organisation.id(),
        language == null ? Language.EN : language,
        true,
        passwordHash,
        !serviceAccount,
        null,
        null,
        null,
        at,
        serviceAccount,
        at,
        null,
        grants(roles));
  }

  static String email(String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidInput("email", "validation.required");
    }
    String normalised = email.strip();
    if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
      throw new InvalidInput("email", "validation.email");
    }
    return normalised.toLowerCase(Locale.ROOT);
  }

  private static String displayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new InvalidInput("displayName", "validation.required");
    }
    if (displayName.strip().length() > 200) {
      throw new InvalidInput("displayName", "validation.tooLong", 200);
    }
    return displayName.strip();
  }

  private static Set<RoleGrant> grants(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("roles", "user.rolesRequired");
    }
    return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
  }

  /** Changes who the person is and what they may do. Nobody may change their own rights. */
  void change(
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      Language language,
      boolean enabled,
      UserId changedBy,
      Instant at) {
    boolean own = changedBy.value().equals(id);
    Set<RoleGrant> newRoles = grants(roles);
    if (own
        && (!newRoles.equals(this.roles)
            || !organisation.id().equals(organisationId)
            || enabled != this.enabled)) {
      throw new InvalidInput("roles", "user.ownRights");
    }
    RolePolicy.check(roles, organisation.type());
    this.displayName = displayName(displayName);
    this.organisationId = organisation.id();
    this.roles = newRoles;
    this.language = language == null ? this.language : language;
    if (this.enabled && !enabled) {
      this.sessionsValidFrom = at; // disabling ends every session
    }
    this.enabled = enabled;
  }

  void chooseLanguage(Language language) {
    this.language = language;
  }

  /**
   * An administrator issued a new one-time password: the person must choose a new one at next
   * sign-in.
   */
  void resetPassword(String oneTimePasswordHash, Instant at) {
    requirePerson();
    this.passwordHash = oneTimePasswordHash;
    this.passwordChangeRequired = true;
    this.sessionsValidFrom = at;
  }

  /** The person chose their own password. */
  void changePassword(String newPasswordHash) {
    requirePerson();
    this.passwordHash = newPasswordHash;
    this.passwordChangeRequired = false;
  }

  /**
   * Starts (or restarts) enrolment of an authenticator with a new secret. An authenticator already
   * in use keeps working until the new one is confirmed.
   */
  void beginEnrolment(String secret) {
    requirePerson();
    this.totpPendingSecret = secret;
  }

  /**
   * The person proved that the new authenticator works by entering a code for step {@code step}.
   */
  void confirmEnrolment(long step) {
    if (totpPendingSecret == null) {
      throw new IllegalStateException("No enrolment in progress");
    }
    this.totpSecret = totpPendingSecret;
    this.totpPendingSecret = null;
    this.totpLastStep = step;
  }

  /** Remembers the time step of an accepted code, so that the same code cannot be used twice. */
  void acceptCode(long step) {
    this.totpLastStep = step;
  }

  /** An administrator removed the second factor: the person must enrol again at next sign-in. */
  void resetSecondFactor(Instant at) {
    this.totpSecret = null;
    this.totpPendingSecret = null;
    this.totpLastStep = null;
    this.sessionsValidFrom = at;
  }

  private void requirePerson() {
    if (serviceAccount) {
      throw new InvalidInput("serviceAccount", "user.serviceAccountNoSignIn");
    }
  }

  /** A machine account: never signs in, acts only through tokens an administrator issued. */
  public boolean serviceAccount() {
    return serviceAccount;
  }

  /** Whether this account may sign in with a password now. */
  boolean maySignIn() {
    return enabled && !serviceAccount && passwordHash != null;
  }

  public UserId userId() {
    return new UserId(id);
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public OrganisationId organisation() {
    return new OrganisationId(organisationId);
  }

  public Language language() {
    return language;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  public boolean secondFactorEnrolled() {
    return totpSecret != null;
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    roles.forEach(grant -> set.add(grant.role()));
    return set;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  Instant sessionsValidFrom() {
    return sessionsValidFrom;
  }

  String passwordHash() {
    return passwordHash;
  }

  String totpSecret() {
    return totpSecret;
  }

  String totpPendingSecret() {
    return totpPendingSecret;
  }

  Long totpLastStep() {
    return totpLastStep;
  }
}
