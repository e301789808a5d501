package org.haven.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for signing in with two factors: the password, then a code from an authenticator app
 * (or a recovery code); first-time password change and authenticator enrolment; re-enrolment after
 * proving both factors again. Every step is audited; failures count towards a temporary pause.
 */
@Service
public class SignIn {

  static final String RESOURCE = "User";
  static final int RECOVERY_CODES = 10;

  private final UserAccountRepository accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final SecondFactor secondFactor;
  private final SecretBox box;
  private final SignInThrottle throttle;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile String dummyHash;

  SignIn(
      UserAccountRepository accounts,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      SecondFactor secondFactor,
      SecretBox box,
      SignInThrottle throttle,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.secondFactor = secondFactor;
    this.box = box;
    this.throttle = throttle;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * A hash to check against when the account is unknown, so that the answer takes as long as for a
   * known one.
   */
  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = passwords.encode("not a real password, used to keep timing even");
      dummyHash = hash;
    }
    return hash;
  }

  /**
   * The first factor. Unknown emails, wrong passwords and disabled accounts get the same answer.
   */
  @Transactional
  public PasswordCheck checkPassword(String email, String password) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    String subject = "email:" + Secrets.sha256(normalised);
    if (!throttle.attempt(subject)) {
      audit.record(
          AuditActor.ANONYMOUS,
          AuditAction.LOGIN_FAILED,
          RESOURCE,
          null,
          AuditOutcome.FAILURE,
          "paused");
      return PasswordCheck.paused();
    }
    UserAccount account = accounts.findByEmail(normalised).orElse(null);
    boolean usable = account != null && account.maySignIn();
    boolean matches =
        passwords.matches(
            password == null ? "" : password, usable ? account.passwordHash() : dummyHash());
    if (!usable || !matches) {
      boolean nowPaused = throttle.failed(subject);
      AuditActor who = account == null ? AuditActor.ANONYMOUS : auditActor(account);
      audit.record(
          who,
          AuditAction.LOGIN_FAILED,
          RESOURCE,
          account == null ? null : account.id().toString(),
          AuditOutcome.FAILURE,
          "password");
      return nowPaused ? PasswordCheck.paused() : PasswordCheck.rejected();
    }
    throttle.clear(subject);
    return PasswordCheck.accepted(account);
  }

  /**
   * The second factor: a code from the authenticator app. On success the sign-in is complete and
   * audited.
   */
  @Transactional
  public boolean checkCode(UserId user, String code) {
    // counted (and the subject's row locked) before the account is read, so that sessions sending
    // the same code at once are checked one after another and the code is accepted only once
    String subject = "code:" + user.value();
    boolean mayCheck = throttle.attempt(subject);
    UserAccount account = enabledAccount(user);
    if (!mayCheck || !account.secondFactorEnrolled()) {
      failedCode(account);
      return false;
    }
    OptionalLong step =
        secondFactor.verify(box.open(account.totpSecret()), code, account.totpLastStep());
    if (step.isEmpty()) {
      throttle.failed(subject);
      failedCode(account);
      return false;
    }
    account.acceptCode(step.getAsLong());
    accounts.save(account);
    throttle.clear(subject);
    audit.record(auditActor(account), AuditAction.LOGIN, RESOURCE, account.id().toString());
    return true;
  }

  /** The second factor by a single-use recovery code, for a person who lost the authenticator. */
  @Transactional
  public boolean useRecoveryCode(UserId user, String code) {
    String subject = "code:" + user.value();
    boolean mayCheck = throttle.attempt(subject);
    UserAccount account = enabledAccount(user);
    if (code == null || !mayCheck) {
      failedCode(account);
      return false;
    }
    int used =
        jdbc.sql(
                """
                UPDATE access.recovery_code SET used_at = ?
                WHERE user_id = ? AND code_hash = ? AND used_at IS NULL
                """)
            .params(
                Timestamp.from(clock.instant()),
                account.id(),
                Secrets.sha256(normaliseRecoveryCode(code)))
            .update();
    if (used == 0) {
      throttle.failed(subject);
      failedCode(account);
      return false;
    }
    throttle.clear(subject);
    record(account, AuditAction.LOGIN, AuditOutcome.SUCCESS, "recovery code");
    return true;
  }

  /** How many unused recovery codes the person has left. */
  @Transactional(readOnly = true)
  public int recoveryCodesLeft(UserId user) {
    return jdbc.sql(
            "SELECT count(*) FROM access.recovery_code WHERE user_id = ? AND used_at IS NULL")
        .param(user.value())
        .query(Integer.class)
        .single();
  }

  /** The person replaces a one-time password with one of their own. */
  @Transactional
  public void choosePassword(UserId user, String newPassword, String confirmation) {
    UserAccount account = enabledAccount(user);
    policy.check("newPassword", newPassword, account.email(), account.displayName());
    if (!newPassword.equals(confirmation)) {
      throw new InvalidInput("confirmPassword", "password.mismatch");
    }
    if (passwords.matches(newPassword, account.passwordHash())) {
      throw new InvalidInput("newPassword", "password.sameAsOld");
    }
    account.changePassword(passwords.encode(newPassword));
    accounts.save(account);
    record(account, AuditAction.UPDATE, AuditOutcome.SUCCESS, "password changed");
  }

  /**
   * Starts enrolment for a person who has no authenticator yet, or shows the one already started.
   */
  @Transactional
  public Enrolment beginEnrolment(UserId user) {
    UserAccount account = enabledAccount(user);
    if (account.secondFactorEnrolled()) {
      throw new IllegalStateException("Already enrolled; re-enrolment needs both factors again");
    }
    return account.totpPendingSecret() == null ? enrol(account) : enrolment(account);
  }

  /**
   * The enrolment in progress, rendered again (e.g. after a wrong confirmation code). {@code
   * replacing} says whether this is a signed-in person replacing a working authenticator (after
   * re-authentication) or a first enrolment.
   */
  @Transactional(readOnly = true)
  public Enrolment currentEnrolment(UserId user, boolean replacing) {
    return enrolment(enrolling(user, replacing));
  }

  /** Whether the person has started enrolling a new authenticator and not yet confirmed it. */
  @Transactional(readOnly = true)
  public boolean enrolmentInProgress(UserId user) {
    return enabledAccount(user).totpPendingSecret() != null;
  }

  /**
   * Re-enrolment for a signed-in person, who must prove both factors again first (ASVS:
   * re-authentication before changing authentication factors).
   */
  @Transactional
  public Enrolment beginReenrolment(UserId user, String password, String code) {
    UserAccount account = enabledAccount(user);
    if (password == null || !passwords.matches(password, account.passwordHash())) {
      record(account, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, "re-authentication");
      throw new InvalidInput("password", "signin.reauthFailed");
    }
    OptionalLong step =
        secondFactor.verify(box.open(account.totpSecret()), code, account.totpLastStep());
    if (step.isEmpty()) {
      record(account, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, "re-authentication");
      throw new InvalidInput("code", "signin.reauthFailed");
    }
    return enrol(account);
  }

  /**
   * Confirms the new authenticator with a first code; answers the new recovery codes, shown once. A
   * first enrolment ({@code replacing} false) is refused for an account that already has an
   * authenticator, so that a password alone can never replace a second factor.
   */
  @Transactional
  public List<String> confirmEnrolment(UserId user, boolean replacing, String code) {
    UserAccount account = enrolling(user, replacing);
    OptionalLong step = secondFactor.verify(box.open(account.totpPendingSecret()), code, null);
    if (step.isEmpty()) {
      throw new InvalidInput("code", "signin.codeWrong");
    }
    account.confirmEnrolment(step.getAsLong());
    accounts.save(account);
    List<String> codes = replaceRecoveryCodes(account);
    record(account, AuditAction.UPDATE, AuditOutcome.SUCCESS, "second factor enrolled");
    return codes;
  }

  /** The actor for a person who completed both factors now. */
  @Transactional(readOnly = true)
  public Actor actor(UserId user) {
    return Actor.of(enabledAccount(user), clock.instant());
  }

  /**
   * Whether a session opened at {@code authenticatedAt} may go on: the account is enabled and
   * nothing ended it. One statement on its own, without a transaction around it.
   */
  public boolean sessionValid(UserId user, Instant authenticatedAt) {
    // one light query per request: enabled, and not ended since this session signed in
    return jdbc.sql(
            "SELECT enabled AND sessions_valid_from <= ? FROM access.user_account WHERE id = ?")
        .params(OffsetDateTime.ofInstant(authenticatedAt, ZoneOffset.UTC), user.value())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Records that a person signed out. */
  @Transactional
  public void signedOut(Actor actor) {
    audit.record(actor.audit(), AuditAction.LOGOUT, RESOURCE, actor.user().toString());
  }

  private UserAccount enrolling(UserId user, boolean replacing) {
    UserAccount account = enabledAccount(user);
    if (account.totpPendingSecret() == null || account.secondFactorEnrolled() != replacing) {
      throw new IllegalStateException("No enrolment of this kind in progress");
    }
    return account;
  }

  private Enrolment enrol(UserAccount account) {
    account.beginEnrolment(box.seal(secondFactor.newSecret()));
    accounts.save(account);
    return enrolment(account);
  }

  private Enrolment enrolment(UserAccount account) {
    String label = account.email();
    String secret = box.open(account.totpPendingSecret());
    return new Enrolment(
        secondFactor.qrCodeDataUri(secret, label),
        secondFactor.enrolmentUri(secret, label),
        secret);
  }

  private List<String> replaceRecoveryCodes(UserAccount account) {
    jdbc.sql("DELETE FROM access.recovery_code WHERE user_id = ?").param(account.id()).update();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = Secrets.readable(3, 4);
      codes.add(code);
      jdbc.sql("INSERT INTO access.recovery_code (user_id, code_hash) VALUES (?, ?)")
          .params(account.id(), Secrets.sha256(code))
          .update();
    }
    return List.copyOf(codes);
  }

  private static String normaliseRecoveryCode(String code) {
    String compact = code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (compact.length() != 12) {
      return compact;
    }
    return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
  }

  private void failedCode(UserAccount account) {
    record(account, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, "second factor");
  }

  private UserAccount enabledAccount(UserId user) {
    return accounts
        .findById(user.value())
        .filter(UserAccount::enabled)
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private void record(
      UserAccount account, AuditAction action, AuditOutcome outcome, String purpose) {
    audit.record(auditActor(account), action, RESOURCE, account.id().toString(), outcome, purpose);
  }

  private static AuditActor auditActor(UserAccount account) {
    return new AuditActor(account.id().toString(), account.organisation().value());
  }
}
