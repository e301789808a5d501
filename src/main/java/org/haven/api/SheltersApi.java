package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Placement;
import org.haven.accommodation.PlacementEndReason;
import org.haven.accommodation.PlacementId;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelter;
import org.haven.accommodation.ShelterDetails;
import org.haven.accommodation.ShelterId;
import org.haven.accommodation.Shelters;
import org.haven.accommodation.TargetGroup;
import org.haven.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shelters, their live capacity and placements. The centre sees every shelter; shelter staff their
 * operator's. The address is secret: it is in the answer only for the operator's staff and the
 * centre, and that read is audited.
 */
@RestController
@PreAuthorize(SheltersApi.ROLES)
@Tag(name = "Shelters and placements")
class SheltersApi {

  static final String ROLES = "hasAnyRole('CENTRE_CASEWORKER', 'SHELTER_STAFF')";

  /** A placement as the API shows it: the person by reference. */
  record PlacementView(
      UUID id,
      String person,
      UUID shelter,
      TargetGroup targetGroup,
      LocalDate startsOn,
      LocalDate plannedTo,
      LocalDate endedOn,
      PlacementEndReason endReason,
      long version) {}

  /** A shelter as the API shows it; the address only for its operator and the centre. */
  record ShelterView(
      UUID id,
      String name,
      UUID operator,
      String municipality,
      String address,
      String contact,
      boolean approved,
      boolean active,
      Map<TargetGroup, Integer> places,
      int totalPlaces,
      long version) {
    ShelterView withoutAddress() {
      return new ShelterView(
          id,
          name,
          operator,
          municipality,
          null,
          contact,
          approved,
          active,
          places,
          totalPlaces,
          version);
    }

    static ShelterView of(Shelter s) {
      return new ShelterView(
          s.id().value(),
          s.name(),
          s.operator(),
          s.municipality(),
          s.address(),
          s.contact(),
          s.approved(),
          s.active(),
          s.places(),
          s.totalPlaces(),
          s.version());
    }
  }

  record NewPlacement(
      String person,
      UUID shelter,
      TargetGroup targetGroup,
      LocalDate startsOn,
      LocalDate plannedTo) {}

  record PlacementEnding(LocalDate endedOn, PlacementEndReason reason) {}

  record NewWaiting(String person, TargetGroup targetGroup, LocalDate neededFrom, String note) {}

  private final Shelters shelters;
  private final Placements placements;
  private final People people;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;
  private final ZoneId zone;

  SheltersApi(
      Shelters shelters,
      Placements placements,
      People people,
      CurrentActor currentActor,
      IdempotencyKeys idempotency,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.shelters = shelters;
    this.placements = placements;
    this.people = people;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/api/v1/shelters")
  @Operation(summary = "Shelters the caller may see, with places per target group (no addresses)")
  List<ShelterView> list() {
    return shelters.list(currentActor.require()).stream().map(ShelterView::of).toList();
  }

  @PostMapping("/api/v1/shelters")
  @Operation(
      summary =
          "Register a shelter (the centre, or shelter staff for their operator; honours Idempotency-Key)")
  ResponseEntity<?> register(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ShelterDetails body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Shelter shelter = shelters.register(body, actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/shelters/" + shelter.id()))
              .eTag(Versions.etag(shelter.version()))
              .body(ShelterView.of(shelter).withoutAddress());
        },
        created -> ShelterView.of(shelters.find(new ShelterId(created), actor)).withoutAddress());
  }

  @GetMapping("/api/v1/shelters/capacity")
  @Operation(
      summary = "Places, taken and free per shelter and target group on a date (default today)")
  List<CapacityView> capacity(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) TargetGroup targetGroup) {
    LocalDate day = date == null ? LocalDate.now(zone) : date;
    return shelters.capacity(day, targetGroup, currentActor.require()).stream()
        .map(CapacityView::of)
        .toList();
  }

  /** Capacity with the free places spelt out. */
  record CapacityView(
      UUID shelter,
      String name,
      String municipality,
      TargetGroup targetGroup,
      LocalDate date,
      int places,
      int taken,
      int free) {
    static CapacityView of(Capacity c) {
      return new CapacityView(
          c.shelter().value(),
          c.shelterName(),
          c.municipality(),
          c.targetGroup(),
          c.date(),
          c.places(),
          c.taken(),
          c.free());
    }
  }

  @GetMapping("/api/v1/shelters/{id}")
  @Operation(summary = "One shelter; the address only for its operator and the centre (audited)")
  ResponseEntity<ShelterView> one(@PathVariable UUID id) {
    Shelter shelter = shelters.find(new ShelterId(id), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(shelter.version())).body(ShelterView.of(shelter));
  }

  @PutMapping("/api/v1/shelters/{id}")
  @Operation(summary = "Change a shelter; requires If-Match")
  ResponseEntity<ShelterView> change(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ShelterDetails body) {
    Shelter shelter =
        shelters.change(
            new ShelterId(id), Versions.required(ifMatch), body, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(shelter.version())).body(ShelterView.of(shelter));
  }

  @GetMapping("/api/v1/shelters/{id}/placements")
  @Operation(
      summary = "Placements in a shelter overlapping a period (default: the next 7 days; audited)")
  List<PlacementView> inShelter(
      @PathVariable UUID id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate start = from == null ? LocalDate.now(zone) : from;
    LocalDate end = to == null ? start.plusDays(7) : to;
    return views(placements.inShelter(new ShelterId(id), start, end, currentActor.require()));
  }

  @PostMapping("/api/v1/placements")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Place a person (by reference) in a shelter; refused beyond capacity or when the person already has"
              + " a place then (honours Idempotency-Key)")
  ResponseEntity<?> place(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody NewPlacement body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Placement placement =
              placements.place(
                  people.require(body.person(), "person"),
                  body.shelter() == null ? null : new ShelterId(body.shelter()),
                  body.targetGroup(),
                  body.startsOn(),
                  body.plannedTo(),
                  actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .eTag(Versions.etag(placement.version()))
              .body(view(placement, body.person()));
        },
        created -> view(placements.load(new PlacementId(created)), body.person()));
  }

  @PostMapping("/api/v1/placements/{id}/end")
  @Operation(summary = "End a placement (If-Match optional)")
  ResponseEntity<PlacementView> end(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PlacementEnding body) {
    long version = ifMatch == null || ifMatch.isBlank() ? -1 : Versions.required(ifMatch);
    Placement placement =
        placements.end(
            new PlacementId(id), version, body.endedOn(), body.reason(), currentActor.require());
    return ResponseEntity.ok()
        .eTag(Versions.etag(placement.version()))
        .body(views(List.of(placement)).get(0));
  }

  @PostMapping("/api/v1/waiting-list")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Put a person on the waiting list when no shelter has a place")
  ResponseEntity<Map<String, UUID>> waitFor(@RequestBody NewWaiting body) {
    UUID id =
        placements.waitFor(
            people.require(body.person(), "person"),
            body.targetGroup(),
            body.neededFrom(),
            body.note(),
            currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  private List<PlacementView> views(List<Placement> list) {
    var references = people.referencesOf(list.stream().map(Placement::person).toList());
    return list.stream()
        .map(
            p ->
                view(
                    p,
                    references.get(p.person()) == null ? null : references.get(p.person()).value()))
        .toList();
  }

  private static PlacementView view(Placement p, String reference) {
    return new PlacementView(
        p.id().value(),
        reference,
        p.shelter().value(),
        p.targetGroup(),
        p.startsOn(),
        p.plannedTo(),
        p.endedOn(),
        p.endReason(),
        p.version());
  }
}
