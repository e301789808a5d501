package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.people.Alias;
import org.haven.people.MatchReviews;
import org.haven.people.Merges;
import org.haven.people.Person;
import org.haven.people.PersonMatching;
import org.haven.people.PersonReference;
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

/**
 * One person, one record: the centre's review queue of records that may be one person, merging and
 * undoing a merge. Only the centre; every record shown is an audited read, every merge audited.
 */
@RestController
@RequestMapping("/api/v1/persons")
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
@Tag(name = "Persons")
class PersonMergesApi {

  /** One side of a pair as a reviewer compares it (no phone, documents or address). */
  record Side(
      String reference,
      String givenNames,
      String familyName,
      String givenNamesLatin,
      String familyNameLatin,
      List<String> otherNames,
      String gender,
      PersonsApi.PersonBirth birth,
      List<String> citizenships,
      Instant registeredAt) {
    static Side of(Person p) {
      return new Side(
          p.reference().value(),
          p.givenNames(),
          p.familyName(),
          p.givenNamesLatin(),
          p.familyNameLatin(),
          p.aliases().stream().map(Alias::name).toList(),
          p.gender() == null ? null : p.gender().name(),
          PersonsApi.PersonBirth.of(p.birth()),
          p.citizenships(),
          p.registeredAt());
    }
  }

  /**
   * A pair proposed for review with its evidence.
   *
   * @param score probability (0–1) that the records are one person, scored now
   * @param status OPEN, UNSURE, SAME, NOT_SAME or SUPERSEDED
   * @param comparedA the reference of the record the score and agreements read for {@code a}: its
   *     own, or, when records were merged into it, the one of them most like {@code b}
   * @param comparedB the same for {@code b}
   */
  record Review(
      UUID id,
      String status,
      double score,
      Instant foundAt,
      Side a,
      Side b,
      String comparedA,
      String comparedB,
      boolean namesSwapped,
      List<PersonMatching.Agreement> agreements,
      UUID merge) {
    static Review of(MatchReviews.Pair p) {
      return new Review(
          p.id(),
          p.status().name(),
          p.score(),
          p.foundAt(),
          Side.of(p.a()),
          Side.of(p.b()),
          p.comparedA().reference().value(),
          p.comparedB().reference().value(),
          p.namesSwapped(),
          p.agreements(),
          p.merge());
    }
  }

  /** A reviewer's verdict: SAME (merge; survivor optional, the older record by default). */
  record Verdict(String verdict, String survivor) {}

  /** Merge {@code absorbed} into {@code survivor}, by reference. */
  record MergeRequest(String survivor, String absorbed, String reason) {}

  record MergeView(
      UUID id,
      String survivor,
      String absorbed,
      String reason,
      Instant mergedAt,
      Instant unmergedAt,
      boolean inForce) {
    static MergeView of(Merges.Merge m) {
      return new MergeView(
          m.id(),
          m.survivor().value(),
          m.absorbed().value(),
          m.reason(),
          m.mergedAt(),
          m.unmergedAt(),
          m.inForce());
    }
  }

  private final MatchReviews reviews;
  private final Merges merges;
  private final CurrentActor currentActor;

  PersonMergesApi(MatchReviews reviews, Merges merges, CurrentActor currentActor) {
    this.reviews = reviews;
    this.merges = merges;
    this.currentActor = currentActor;
  }

  @GetMapping("/reviews")
  @Operation(
      summary =
          "The review queue: pairs of records that may be one person, likeliest first, with both"
              + " records side by side and each field's agreement (status OPEN by default; also"
              + " UNSURE, SAME, NOT_SAME, SUPERSEDED; person: only the pairs of that reference)."
              + " Every record shown is audited")
  PageOf<Review> queue(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String person,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    MatchReviews.Page found =
        reviews.queue(
            status == null ? null : enumValue(MatchReviews.Status.class, "status", status),
            person == null || person.isBlank() ? null : reference("person", person),
            page,
            size,
            currentActor.require());
    return new PageOf<>(
        found.items().stream().map(Review::of).toList(), found.page(), found.size(), found.total());
  }

  @GetMapping("/reviews/{id}")
  @Operation(summary = "One proposed pair with its evidence (audited)")
  Review review(@PathVariable UUID id) {
    return Review.of(reviews.show(id, currentActor.require()));
  }

  @PostMapping("/reviews/{id}/decision")
  @Operation(
      summary =
          "Say whether a pair is one person: SAME merges the records (the older survives unless"
              + " survivor names one of the two), NOT_SAME and UNSURE are remembered")
  Review decide(@PathVariable UUID id, @RequestBody Verdict body) {
    MatchReviews.Verdict verdict =
        body == null || body.verdict() == null
            ? null
            : enumValue(MatchReviews.Verdict.class, "verdict", body.verdict());
    PersonReference survivor =
        body == null || body.survivor() == null || body.survivor().isBlank()
            ? null
            : reference("survivor", body.survivor());
    return Review.of(reviews.decide(id, verdict, survivor, currentActor.require()));
  }

  @PostMapping("/merges")
  @Operation(
      summary =
          "Merge two records of one person: the absorbed record is kept as history and every"
              + " module re-points its references to the survivor (PersonsMerged); audited")
  ResponseEntity<MergeView> merge(@RequestBody MergeRequest body) {
    if (body == null) {
      throw new InvalidInput("survivor", "validation.required");
    }
    Merges.Merge merge =
        merges.merge(
            reference("survivor", body.survivor()),
            reference("absorbed", body.absorbed()),
            body.reason(),
            currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/persons/merges/" + merge.id())
        .body(MergeView.of(merge));
  }

  @GetMapping("/merges")
  @Operation(summary = "Merges, newest first, with whether each is in force")
  PageOf<MergeView> merges(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Merges.Page found = merges.list(page, size, currentActor.require());
    return new PageOf<>(
        found.items().stream().map(MergeView::of).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @PostMapping("/merges/{id}/undo")
  @Operation(
      summary =
          "Undo a merge: the absorbed record is in force again and every module moves back what"
              + " the merge moved (PersonsUnmerged); the pair is remembered as not the same")
  MergeView undo(@PathVariable UUID id) {
    return MergeView.of(merges.unmerge(id, currentActor.require()));
  }

  private static PersonReference reference(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInput(field, "validation.required");
    }
    if (!PersonReference.isValid(typed.strip())) {
      throw new InvalidInput(field, "person.unknown");
    }
    return PersonReference.parse(typed.strip());
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }
}
