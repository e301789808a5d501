package org.haven.web.admin;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.ApiTokens;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.IssuedToken;
import org.haven.access.Language;
import org.haven.access.NewAccount;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.RolePolicy;
import org.haven.access.StaleVersion;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.web.forms.FormErrors;
import org.haven.web.layout.Words;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of users: list, add, change, reset factors, API tokens. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

  /** The user form as typed. */
  /**
   * A role as the form offers it: the kinds of organisation whose people may hold it ({@code fits},
   * codes for the page's script; {@code fitsText}, in words), and whether it is held alone.
   */
  public record RoleChoice(Role role, String fits, String fitsText, boolean heldAlone) {
    public String name() {
      return role.name();
    }

    public boolean fits(String type) {
      return type == null || List.of(fits.split(" ")).contains(type);
    }
  }

  public record UserForm(
      String email,
      String displayName,
      String organisationId,
      List<String> roles,
      String language,
      Boolean enabled,
      Long version,
      Boolean serviceAccount) {

    static UserForm empty() {
      return new UserForm("", "", "", List.of(), "EN", true, null, false);
    }

    static UserForm of(UserAccount account) {
      return new UserForm(
          account.email(),
          account.displayName(),
          account.organisation().toString(),
          account.roles().stream().map(Role::name).toList(),
          account.language().name(),
          account.enabled(),
          account.version(),
          account.serviceAccount());
    }

    OrganisationId organisation() {
      try {
        return organisationId == null || organisationId.isBlank()
            ? null
            : new OrganisationId(UUID.fromString(organisationId));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("organisationId", "user.organisationUnknown");
      }
    }

    Set<Role> parsedRoles() {
      Set<Role> parsed = EnumSet.noneOf(Role.class);
      for (String role : roles == null ? List.<String>of() : roles) {
        try {
          parsed.add(Role.valueOf(role));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("roles", "validation.invalid");
        }
      }
      return parsed;
    }

    Language parsedLanguage() {
      return Language.of(language).orElse(Language.EN);
    }

    public boolean has(Role role) {
      return roles != null && roles.contains(role.name());
    }
  }

  private final Users users;
  private final Organisations organisations;
  private final ApiTokens tokens;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final Words words;

  UserAdminController(
      Users users,
      Organisations organisations,
      ApiTokens tokens,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      Words words) {
    this.messages = messages;
    this.words = words;
    this.users = users;
    this.organisations = organisations;
    this.tokens = tokens;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute(
        "allRoles",
        Arrays.stream(Role.values())
            .map(
                r ->
                    new RoleChoice(
                        r,
                        RolePolicy.organisationsFor(r).stream()
                            .map(Enum::name)
                            .collect(Collectors.joining(" ")),
                        RolePolicy.organisationsFor(r).stream()
                            .map(t -> words.text("organisationType." + t.name()))
                            .collect(Collectors.joining(", ")),
                        RolePolicy.heldAlone(r)))
            .toList());
    model.addAttribute(
        "organisationTypes",
        organisations.all().stream()
            .collect(Collectors.toMap(o -> o.id().toString(), o -> o.type().name(), (a, b) -> a)));
    model.addAttribute("languages", Language.values());
    model.addAttribute("organisations", organisations.all());
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(required = false) UUID organisation, Model model) {
    List<UserAccount> accounts =
        organisation == null ? users.all() : users.of(new OrganisationId(organisation));
    model.addAttribute("users", accounts);
    model.addAttribute(
        "outOfPolicy",
        users.violatingRolePolicy().stream().map(UserAccount::id).collect(Collectors.toSet()));
    model.addAttribute("selectedOrganisation", organisation);
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(@RequestParam(required = false) UUID organisation, Model model) {
    if (!model.containsAttribute("form")) {
      UserForm empty = UserForm.empty();
      model.addAttribute(
          "form",
          organisation == null
              ? empty
              : new UserForm("", "", organisation.toString(), List.of(), "EN", true, null, false));
    }
    return "admin/user-new";
  }

  @PostMapping("/admin/users")
  String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
    if (Boolean.TRUE.equals(form.serviceAccount())) {
      UserAccount machine;
      try {
        machine =
            users.createServiceAccount(
                form.email(),
                form.displayName(),
                form.organisation(),
                form.parsedRoles(),
                form.parsedLanguage(),
                currentActor.require().audit());
      } catch (InvalidInput invalid) {
        errors.add(model, invalid);
        return "admin/user-new";
      }
      redirect.addFlashAttribute("saved", "user.machineCreated");
      return "redirect:/admin/users/" + machine.id();
    }
    NewAccount created;
    try {
      created =
          users.create(
              form.email(),
              form.displayName(),
              form.organisation(),
              form.parsedRoles(),
              form.parsedLanguage(),
              currentActor.require().audit());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return "admin/user-new";
    }
    model.addAttribute("account", created.account());
    model.addAttribute("oneTimePassword", created.oneTimePassword());
    model.addAttribute("messageKey", "user.created");
    return "admin/one-time-password";
  }

  @GetMapping("/admin/users/{id}")
  String edit(@PathVariable UUID id, Model model) {
    UserAccount account = users.find(new UserId(id)).orElseThrow(() -> new NotFound("User"));
    model.addAttribute("account", account);
    model.addAttribute("tokens", tokens.of(account.userId(), currentActor.require()));
    model.addAttribute("now", Instant.now());
    model.addAttribute("self", currentActor.require().user().equals(account.userId()));
    model.addAttribute(
        "rolesOutOfPolicy",
        users.violatingRolePolicy().stream().anyMatch(a -> a.id().equals(account.id())));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", UserForm.of(account));
    }
    return "admin/user";
  }

  @PostMapping("/admin/users/{id}")
  String change(
      @PathVariable UUID id,
      @ModelAttribute("form") UserForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      users.change(
          new UserId(id),
          form.version() == null ? -1 : form.version(),
          form.displayName(),
          form.organisation(),
          form.parsedRoles(),
          form.parsedLanguage(),
          Boolean.TRUE.equals(form.enabled()),
          currentActor.require());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return edit(id, model);
    } catch (StaleVersion stale) {
      errors.add(model, "displayName", "validation.stale");
      model.addAttribute("form", UserForm.of(users.find(new UserId(id)).orElseThrow()));
      return edit(id, model);
    }
    redirect.addFlashAttribute("saved", "user.saved");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/password")
  String resetPassword(@PathVariable UUID id, Model model) {
    UserId user = new UserId(id);
    String oneTimePassword = users.resetPassword(user, currentActor.require());
    model.addAttribute("account", users.find(user).orElseThrow());
    model.addAttribute("oneTimePassword", oneTimePassword);
    model.addAttribute("messageKey", "user.resetPassword");
    return "admin/one-time-password";
  }

  @PostMapping("/admin/users/{id}/second-factor")
  String resetSecondFactor(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    try {
      users.resetSecondFactor(new UserId(id), currentActor.require());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return edit(id, model);
    }
    redirect.addFlashAttribute("saved", "user.secondFactorReset");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/tokens")
  String issueToken(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String expiresInDays,
      Model model,
      Locale locale) {
    IssuedToken issued;
    try {
      int days;
      try {
        days = Integer.parseInt(expiresInDays.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("expiresInDays", "token.expiry", 366);
      }
      issued = tokens.issue(new UserId(id), name, days, currentActor.require());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("tokenName", name);
      model.addAttribute("tokenDays", expiresInDays);
      return edit(id, model);
    }
    model.addAttribute("issued", issued);
    model.addAttribute("back", "/admin/users/" + id);
    model.addAttribute("backLabel", messages.getMessage("user.back", null, locale));
    return "admin/token-created";
  }

  @PostMapping("/admin/users/{id}/tokens/{token}/revoke")
  String revokeToken(@PathVariable UUID id, @PathVariable UUID token, RedirectAttributes redirect) {
    tokens.revoke(new UserId(id), token, currentActor.require());
    redirect.addFlashAttribute("saved", "token.revokedDone");
    return "redirect:/admin/users/" + id;
  }
}
