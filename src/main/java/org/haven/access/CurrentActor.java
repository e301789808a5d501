package org.haven.access;

import java.util.Optional;
import org.haven.audit.AuditActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in the current request, as established by sign-in or an API token. */
@Component
public class CurrentActor {

  /** The fully signed-in actor, if there is one. */
  public Optional<Actor> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
      return Optional.of(actor);
    }
    return Optional.empty();
  }

  /** The actor, or a failure when code that needs one runs without. */
  public Actor require() {
    return get().orElseThrow(() -> new IllegalStateException("No signed-in actor"));
  }

  /** The actor for the audit trail: the signed-in actor, or anonymous. */
  public AuditActor forAudit() {
    return get().map(Actor::audit).orElse(AuditActor.ANONYMOUS);
  }
}
