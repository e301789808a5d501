package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.haven.access.CurrentActor;
import org.haven.access.Language;
import org.haven.access.Users;
import org.haven.web.security.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch in the header; a signed-in person's choice is saved for their next sign-in.
 */
@Controller
public class LanguageController {

  private final Languages languages;
  private final CurrentActor currentActor;
  private final Users users;

  LanguageController(Languages languages, CurrentActor currentActor, Users users) {
    this.languages = languages;
    this.currentActor = currentActor;
    this.users = users;
  }

  @PostMapping("/language")
  @PublicEndpoint("the language switch is also on the sign-in page")
  String switchLanguage(
      @RequestParam(defaultValue = "") String language,
      @RequestParam(name = "back", defaultValue = "/") String back,
      HttpServletRequest request) {
    Language.of(language)
        .ifPresent(
            chosen -> {
              languages.remember(request, chosen);
              currentActor.get().ifPresent(actor -> users.chooseLanguage(actor.user(), chosen));
            });
    return "redirect:" + safeBack(back);
  }

  /** Only a local path: never an open redirect. */
  public static String safeBack(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.contains("\r")
        || back.contains("\n")) {
      return "/";
    }
    return back;
  }
}
