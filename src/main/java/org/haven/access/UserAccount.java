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
  private boolean enabled;
  private String passwordHash;
  private boolean passwordChangeRequired;
  private String totpSecret;
  private String totpPendingSecret;
  private Long totpLastStep;
  private Instant sessionsValidFrom;
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
    this.createdAt = createdAt;
    this.version = version;
    this.roles = roles;
  }

  /**
   * A new, enabled account that must choose its own password and enrol a second factor at first
   * sign-in.
   */
  static UserAccount create(
      String email,
      String displayName,
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      String initialPasswordHash,
      Instant at) {
    return new UserAccount(
        UUID.randomUUID(),
        email(email),
        displayName(displayName),
        organisation.value(),
        language == null ? Language.EN : language,
        true,
        initialPasswordHash,
        true,
        null,
        null,
        null,
        at,
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
      OrganisationId organisation,
      Set<Role> roles,
      Language language,
      boolean enabled,
      UserId changedBy,
      Instant at) {
    boolean own = changedBy.value().equals(id);
    Set<RoleGrant> newRoles = grants(roles);
    if (own
        && (!newRoles.equals(this.roles)
            || !organisation.value().equals(organisationId)
            || enabled != this.enabled)) {
      throw new InvalidInput("roles", "user.ownRights");
    }
    this.displayName = displayName(displayName);
    this.organisationId = organisation.value();
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
    this.passwordHash = oneTimePasswordHash;
    this.passwordChangeRequired = true;
    this.sessionsValidFrom = at;
  }

  /** The person chose their own password. */
  void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
    this.passwordChangeRequired = false;
  }

  /**
   * Starts (or restarts) enrolment of an authenticator with a new secret. An authenticator already
   * in use keeps working until the new one is confirmed.
   */
  void beginEnrolment(String secret) {
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
