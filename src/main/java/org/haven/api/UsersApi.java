package org.haven.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.access.ApiToken;
import org.haven.access.ApiTokens;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.IssuedToken;
import org.haven.access.Language;
import org.haven.access.NewAccount;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provisioning of users, for administrators, and API tokens: a person creates, lists and revokes
 * their own; administrators issue tokens for machine accounts and may list and revoke anyone's.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Administration")
class UsersApi {

  /**
   * A new user; the response carries a one-time password for the first sign-in, shown only there.
   * With {@code serviceAccount: true} it is a machine account: no password, no sign-in, tokens
   * issued by administrators.
   */
  record NewUser(
      @NotBlank @Size(max = 254) String email,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull UUID organisationId,
      @NotEmpty Set<Role> roles,
      String language,
      Boolean serviceAccount) {

    /** {@code en}, {@code da} or {@code sv} (any case); English when absent. */
    Language parsedLanguage() {
      if (language == null || language.isBlank()) {
        return Language.EN;
      }
      return Language.of(language)
          .orElseThrow(() -> new InvalidInput("language", "validation.language"));
    }
  }

  /** A user as the API shows it. */
  record UserView(
      UUID id,
      String email,
      String displayName,
      UUID organisationId,
      Set<Role> roles,
      String language,
      boolean enabled,
      boolean secondFactorEnrolled,
      boolean serviceAccount,
      Instant createdAt,
      long version) {
    static UserView of(UserAccount account) {
      return new UserView(
          account.id(),
          account.email(),
          account.displayName(),
          account.organisation().value(),
          account.roles(),
          account.language().code(),
          account.enabled(),
          account.secondFactorEnrolled(),
          account.serviceAccount(),
          account.createdAt(),
          account.version());
    }
  }

  /**
   * The created user and the one-time password for the first sign-in (none for a machine account).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CreatedUser(
      UUID id,
      String email,
      String displayName,
      UUID organisationId,
      Set<Role> roles,
      String language,
      boolean enabled,
      boolean serviceAccount,
      String oneTimePassword) {}

  /** A token to issue. */
  record NewToken(
      @NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(366) Integer expiresInDays) {}

  /** A token as listed: never its secret. */
  record TokenView(
      UUID id,
      String name,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt,
      boolean active) {
    static TokenView of(ApiToken token, Instant now) {
      return new TokenView(
          token.id(),
          token.name(),
          token.createdAt(),
          token.expiresAt(),
          token.revokedAt(),
          token.lastUsedAt(),
          token.activeAt(now));
    }
  }

  /** A token just issued: the only response that contains its secret. */
  record IssuedTokenView(
      UUID id, String name, Instant createdAt, Instant expiresAt, String token) {}

  /**
   * Token endpoints: the account's own person, or an administrator (the front door decides more).
   */
  static final String OWN_OR_ADMINISTRATOR =
      "hasRole('ADMINISTRATOR') or #id == principal.user().value()";

  private final Users users;
  private final ApiTokens tokens;
  private final CurrentActor currentActor;

  UsersApi(Users users, ApiTokens tokens, CurrentActor currentActor) {
    this.users = users;
    this.tokens = tokens;
    this.currentActor = currentActor;
  }

  @PostMapping
  @Operation(
      summary =
          "Create a person's account with a one-time password, or a machine account"
              + " (serviceAccount: true) that never signs in")
  ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUser request) {
    UserAccount account;
    String oneTimePassword = null;
    if (Boolean.TRUE.equals(request.serviceAccount())) {
      account =
          users.createServiceAccount(
              request.email(),
              request.displayName(),
              new OrganisationId(request.organisationId()),
              request.roles(),
              request.parsedLanguage(),
              currentActor.require().audit());
    } else {
      NewAccount created =
          users.create(
              request.email(),
              request.displayName(),
              new OrganisationId(request.organisationId()),
              request.roles(),
              request.parsedLanguage(),
              currentActor.require().audit());
      account = created.account();
      oneTimePassword = created.oneTimePassword();
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/users/" + account.id())
        .body(
            new CreatedUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.organisation().value(),
                account.roles(),
                account.language().code(),
                account.enabled(),
                account.serviceAccount(),
                oneTimePassword));
  }

  @GetMapping
  @Operation(summary = "List users, optionally of one organisation")
  PageOf<UserView> list(
      @RequestParam(required = false) UUID organisationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<UserAccount> accounts =
        organisationId == null ? users.all() : users.of(new OrganisationId(organisationId));
    return PageOf.of(accounts, page, size, UserView::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One user")
  ResponseEntity<UserView> one(@PathVariable UUID id) {
    UserAccount account = users.find(new UserId(id)).orElseThrow(() -> new NotFound("User"));
    return ResponseEntity.ok().eTag("\"" + account.version() + "\"").body(UserView.of(account));
  }

  @PostMapping("/{id}/tokens")
  @PreAuthorize(OWN_OR_ADMINISTRATOR)
  @Operation(summary = "Issue an API token for the user; the secret is in this response only")
  ResponseEntity<IssuedTokenView> issueToken(
      @PathVariable UUID id, @Valid @RequestBody NewToken request) {
    IssuedToken issued =
        tokens.issue(
            new UserId(id), request.name(), request.expiresInDays(), currentActor.require());
    ApiToken token = issued.token();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new IssuedTokenView(
                token.id(), token.name(), token.createdAt(), token.expiresAt(), issued.secret()));
  }

  @GetMapping("/{id}/tokens")
  @PreAuthorize(OWN_OR_ADMINISTRATOR)
  @Operation(summary = "The user's API tokens, newest first")
  List<TokenView> listTokens(@PathVariable UUID id) {
    UserId user = new UserId(id);
    if (users.find(user).isEmpty()) {
      throw new NotFound("User");
    }
    Instant now = Instant.now();
    return tokens.of(user, currentActor.require()).stream()
        .map(token -> TokenView.of(token, now))
        .toList();
  }

  @DeleteMapping("/{id}/tokens/{tokenId}")
  @PreAuthorize(OWN_OR_ADMINISTRATOR)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an API token")
  void revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
    tokens.revoke(new UserId(id), tokenId, currentActor.require());
  }
}
