package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Installation;
import org.haven.access.Language;
import org.haven.access.Organisations;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, their navigation, the language, the demo
 * banner.
 */
@ControllerAdvice(basePackages = "org.haven.web")
class LayoutAdvice {

  private final CurrentActor currentActor;
  private final Organisations organisations;
  private final Installation installation;
  private final Languages languages;

  LayoutAdvice(
      CurrentActor currentActor,
      Organisations organisations,
      Installation installation,
      Languages languages) {
    this.currentActor = currentActor;
    this.organisations = organisations;
    this.installation = installation;
    this.languages = languages;
  }

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request) {
    Actor actor = currentActor.get().orElse(null);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return new Layout(
        actor,
        actor == null ? null : organisations.nameOf(actor.organisation()).orElse(null),
        actor == null ? List.of() : Navigation.for_(actor),
        installation.isDemo(),
        languages.current(request),
        "GET".equals(request.getMethod()) ? path : "/");
  }

  /** The layout's model. */
  public record Layout(
      Actor actor,
      String organisationName,
      List<Navigation.Item> navigation,
      boolean demo,
      Language language,
      String path) {

    public boolean signedIn() {
      return actor != null;
    }

    public boolean current(Navigation.Item item) {
      return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }
  }
}
