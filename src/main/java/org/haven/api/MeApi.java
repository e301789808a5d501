package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets a machine client check its token. */
@RestController
@Tag(name = "Account")
class MeApi {

  /** The caller. */
  record Me(UUID id, String displayName, UUID organisationId, Set<Role> roles, String language) {}

  private final CurrentActor currentActor;

  MeApi(CurrentActor currentActor) {
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/me")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "The signed-in user or the token's user")
  Me me() {
    Actor actor = currentActor.require();
    return new Me(
        actor.user().value(),
        actor.displayName(),
        actor.organisation().value(),
        actor.roles(),
        actor.language().code());
  }
}
