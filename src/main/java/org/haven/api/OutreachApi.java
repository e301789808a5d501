package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.outreach.Activity;
import org.haven.outreach.ActivityDetails;
import org.haven.outreach.Contact;
import org.haven.outreach.ContactDetails;
import org.haven.outreach.Outreach;
import org.haven.outreach.OutreachSummary;
import org.haven.outreach.Suspicion;
import org.haven.outreach.Venue;
import org.haven.outreach.VenueDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The NGOs' outreach: activities with their anonymous contacts, venues, suspicions that become
 * referral drafts, and the numbers. An NGO reads and writes its own; the centre reads every
 * organisation's activities and counts, and a venue's address only on request.
 */
@RestController
@Tag(name = "Outreach")
class OutreachApi {

  static final String RECORDERS = "hasRole('NGO_WORKER')";
  static final String READERS = "hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER', 'CENTRE_ANALYST')";

  /** An activity with its contacts (the team's names and notes only for the NGO itself). */
  record ActivityWithContacts(
      UUID id,
      UUID organisation,
      String type,
      LocalDate date,
      int durationMinutes,
      String municipality,
      String area,
      UUID venue,
      List<String> teamMembers,
      List<String> languages,
      boolean interpreter,
      String notes,
      boolean closed,
      int contactCount,
      int people,
      long version,
      List<Contact> contacts) {
    static ActivityWithContacts of(Activity a, List<Contact> contacts) {
      return new ActivityWithContacts(
          a.id(),
          a.organisation(),
          a.type().name(),
          a.date(),
          a.durationMinutes(),
          a.municipality(),
          a.area(),
          a.venue(),
          a.teamMembers(),
          a.languages(),
          a.interpreter(),
          a.notes(),
          a.closed(),
          a.contacts(),
          a.people(),
          a.version(),
          contacts);
    }
  }

  /** The referral draft a suspicion made. */
  record ReferralMade(UUID referral, UUID contact) {}

  private final Outreach outreach;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;

  OutreachApi(Outreach outreach, CurrentActor currentActor, IdempotencyKeys idempotency) {
    this.outreach = outreach;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
  }

  @PostMapping("/api/v1/outreach/activities")
  @PreAuthorize(RECORDERS)
  @Operation(summary = "Record an outreach activity of the caller's NGO (honours Idempotency-Key)")
  ResponseEntity<?> record(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ActivityDetails body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Activity activity = outreach.record(body, actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/outreach/activities/" + activity.id()))
              .eTag(Versions.etag(activity.version()))
              .body(ActivityWithContacts.of(activity, List.of()));
        },
        id -> ActivityWithContacts.of(outreach.find(id, actor), outreach.contacts(id, actor)));
  }

  @GetMapping("/api/v1/outreach/activities")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "Activities in a period (default: this year), newest first: the NGO's own, or for the centre every NGO's")
  List<Activity> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) UUID organisation) {
    return outreach.list(from, to, organisation, currentActor.require());
  }

  @GetMapping("/api/v1/outreach/activities/{id}")
  @PreAuthorize(READERS)
  @Operation(summary = "One activity with its anonymous contacts")
  ResponseEntity<ActivityWithContacts> find(@PathVariable UUID id) {
    Actor actor = currentActor.require();
    Activity activity = outreach.find(id, actor);
    return ResponseEntity.ok()
        .eTag(Versions.etag(activity.version()))
        .body(ActivityWithContacts.of(activity, outreach.contacts(id, actor)));
  }

  @PostMapping("/api/v1/outreach/activities/{id}/close")
  @PreAuthorize(RECORDERS)
  @Operation(summary = "Close an activity: no contact is added after this")
  Activity close(@PathVariable UUID id) {
    return outreach.close(id, currentActor.require());
  }

  @PostMapping("/api/v1/outreach/activities/{id}/contacts")
  @PreAuthorize(RECORDERS)
  @Operation(
      summary =
          "Add an anonymous contact to an open activity (honours Idempotency-Key; 409 when the activity was closed)")
  ResponseEntity<?> addContact(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ContactDetails body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        Arrays.asList(id, body),
        () -> {
          Contact contact = outreach.addContact(id, body, actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(
                  URI.create("/api/v1/outreach/activities/" + id + "/contacts/" + contact.id()))
              .body(contact);
        },
        contact -> outreach.contact(id, contact, actor));
  }

  @PostMapping("/api/v1/outreach/activities/{id}/contacts/{contactId}/referral")
  @PreAuthorize(RECORDERS)
  @Operation(
      summary =
          "Signs of trafficking at a contact: a referral draft (channel NGO_OUTREACH) prefilled from the contact; asked again, the same draft")
  ResponseEntity<ReferralMade> refer(
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @RequestBody(required = false) Suspicion body) {
    UUID referral = outreach.refer(id, contactId, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/referrals/" + referral))
        .body(new ReferralMade(referral, contactId));
  }

  @GetMapping("/api/v1/outreach/summary")
  @PreAuthorize(
      "hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL')")
  @Operation(
      summary =
          "Outreach counted over a period (default: this year): the NGO's own, or for the centre all NGOs' or one's")
  OutreachSummary summary(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) UUID organisation) {
    return outreach.summary(from, to, organisation, currentActor.require());
  }

  @GetMapping("/api/v1/outreach/venues")
  @PreAuthorize(READERS)
  @Operation(summary = "The venues of the NGO (the centre: every NGO's), without addresses")
  List<Venue> venues() {
    return outreach.venues(currentActor.require());
  }

  @PostMapping("/api/v1/outreach/venues")
  @PreAuthorize(RECORDERS)
  @Operation(summary = "Register a venue of the caller's NGO; the address is classified")
  ResponseEntity<Venue> registerVenue(@RequestBody VenueDetails body) {
    Venue venue = outreach.registerVenue(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/outreach/venues/" + venue.id()))
        .body(venue);
  }

  @GetMapping("/api/v1/outreach/venues/{id}/address")
  @PreAuthorize("hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "A venue with its classified address: its NGO or the centre; the reading is audited")
  Venue revealVenue(@PathVariable UUID id) {
    return outreach.revealVenue(id, currentActor.require());
  }
}
