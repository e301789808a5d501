package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Provisioning of organisations, for administrators. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Administration")
class OrganisationsApi {

  /** A new organisation. */
  record NewOrganisation(
      @NotBlank @Size(max = 200) String name,
      @NotNull OrganisationType type,
      @NotBlank @Size(min = 2, max = 2) String country,
      @Size(max = 200) String region) {}

  /** An organisation as the API shows it. */
  record OrganisationView(
      UUID id,
      String name,
      OrganisationType type,
      String country,
      String region,
      Instant createdAt,
      long version) {
    static OrganisationView of(Organisation organisation) {
      return new OrganisationView(
          organisation.id(),
          organisation.name(),
          organisation.type(),
          organisation.country(),
          organisation.region(),
          organisation.createdAt(),
          organisation.version());
    }
  }

  private final Organisations organisations;
  private final CurrentActor currentActor;

  OrganisationsApi(Organisations organisations, CurrentActor currentActor) {
    this.organisations = organisations;
    this.currentActor = currentActor;
  }

  @PostMapping
  @Operation(summary = "Register an organisation")
  ResponseEntity<OrganisationView> register(@Valid @RequestBody NewOrganisation request) {
    Organisation organisation =
        organisations.register(
            request.name(),
            request.type(),
            request.country(),
            request.region(),
            currentActor.require().audit());
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/organisations/" + organisation.id())
        .eTag("\"" + organisation.version() + "\"")
        .body(OrganisationView.of(organisation));
  }

  @GetMapping
  @Operation(summary = "List organisations by name")
  PageOf<OrganisationView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(organisations.all(), page, size, OrganisationView::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organisation")
  ResponseEntity<OrganisationView> one(@PathVariable UUID id) {
    Organisation organisation =
        organisations.find(new OrganisationId(id)).orElseThrow(() -> new NotFound("Organisation"));
    return ResponseEntity.ok()
        .eTag("\"" + organisation.version() + "\"")
        .body(OrganisationView.of(organisation));
  }
}
