package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.people.ContactCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Distinct people reached by NGOs' outreach, counted from privacy-preserving encodings of their
 * anonymous contacts (ADR 0009): NGOs deliver encodings, the centre reads counts. No name, date or
 * person travels or is shown.
 */
@RestController
@RequestMapping("/api/v1/outreach-contacts")
@Tag(name = "Outreach contacts")
class OutreachContactsApi {

  /** A year's anonymous contacts, each an encoding made on the NGO's side (encode-persons). */
  record Encodings(List<String> encodings) {}

  /** One NGO's part of the count. */
  record Part(UUID organisation, String name, int contacts, int distinct, int sharedWithOthers) {}

  /** The year's count. */
  record Count(
      int year,
      int contacts,
      int distinct,
      int organisations,
      int knownToCentre,
      List<Part> byOrganisation) {}

  private final ContactCounts counts;
  private final Organisations organisations;
  private final CurrentActor currentActor;

  OutreachContactsApi(
      ContactCounts counts, Organisations organisations, CurrentActor currentActor) {
    this.counts = counts;
    this.organisations = organisations;
    this.currentActor = currentActor;
  }

  @PutMapping("/{year:\\d+}")
  @PreAuthorize("hasRole('NGO_WORKER')")
  @Operation(
      summary =
          "Deliver the organisation's anonymous outreach contacts of a year as encodings (replaces"
              + " an earlier delivery for that year; all or nothing; audited with the number only)")
  ContactCounts.Delivery deliver(@PathVariable int year, @RequestBody Encodings body) {
    return counts.deliver(
        year, body == null ? List.of() : body.encodings(), currentActor.require());
  }

  @GetMapping("/{year:\\d+}/distinct")
  @PreAuthorize("hasAnyRole('CENTRE_ANALYST', 'ADMINISTRATOR', 'CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "How many distinct people the NGOs reached in a year: contacts whose encodings meet"
              + " count once, across NGOs; per NGO, shared with others, and known to the centre")
  Count distinct(@PathVariable int year) {
    ContactCounts.Count count = counts.count(year, currentActor.require());
    Map<UUID, String> names = organisations.names();
    return new Count(
        count.year(),
        count.contacts(),
        count.distinct(),
        count.organisations(),
        count.knownToCentre(),
        count.byOrganisation().stream()
            .map(
                p ->
                    new Part(
                        p.organisation(),
                        names.get(p.organisation()),
                        p.contacts(),
                        p.distinct(),
                        p.sharedWithOthers()))
            .toList());
  }
}
