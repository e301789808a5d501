package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.information.ContactMessage;
import org.haven.information.ContactMessages;
import org.haven.information.HelpContent;
import org.haven.information.HelpLanguage;
import org.haven.information.Leaflets;
import org.haven.information.PageOverview;
import org.haven.information.ReachBack;
import org.haven.information.Translation;
import org.haven.information.TranslationEdit;
import org.haven.information.TranslationStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The help pages' content as the centre keeps it, and the anonymous messages sent from them.
 * Languages are ISO 639-1 codes ({@code tl} for Tagalog/Filipino); the public pages themselves are
 * HTML under {@code /help/<language>/<page>}, not part of this API.
 */
@RestController
@Tag(name = "Help pages")
class InformationApi {

  /** Where each language's translation of a page stands. */
  record HelpPageSummary(
      String slug,
      int position,
      String sourceLanguage,
      String title,
      Map<HelpLanguage, PageOverview.State> translations) {}

  /** A translation's working text, status and people, and whether its public text is current. */
  record HelpTranslationView(
      String slug,
      String language,
      boolean source,
      String title,
      String body,
      TranslationStatus status,
      String translator,
      String reviewer,
      boolean published,
      boolean stale,
      boolean starterText,
      long version,
      Instant updatedAt) {

    static HelpTranslationView of(Translation t) {
      return new HelpTranslationView(
          t.slug(),
          t.language().code(),
          t.source(),
          t.title(),
          t.body(),
          t.status(),
          t.translator(),
          t.reviewer(),
          t.published(),
          t.stale(),
          t.starterText(),
          t.version(),
          t.updatedAt());
    }
  }

  /** A new working text: markdown without HTML or images; PUBLISHED needs a reviewer. */
  record HelpTranslationChange(
      String title, String body, TranslationStatus status, String translator, String reviewer) {}

  /** An anonymous message from the contact form, opened for the hotline. */
  record HelpMessageView(
      UUID id,
      Instant receivedAt,
      String language,
      ReachBack reachBack,
      String phone,
      String message,
      boolean inDanger,
      Instant handledAt) {

    static HelpMessageView of(ContactMessage m) {
      return new HelpMessageView(
          m.id(),
          m.receivedAt(),
          m.language().code(),
          m.reachBack(),
          m.phone(),
          m.message(),
          m.inDanger(),
          m.handledAt());
    }
  }

  /** Messages in a month (yyyy-mm) and language. */
  record HelpMessageCount(String month, String language, long messages) {}

  private final HelpContent content;
  private final ContactMessages messages;
  private final Leaflets leaflets;
  private final CurrentActor currentActor;

  InformationApi(
      HelpContent content, ContactMessages messages, Leaflets leaflets, CurrentActor currentActor) {
    this.content = content;
    this.messages = messages;
    this.leaflets = leaflets;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/help-pages")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Every help page with the state of each language's translation")
  List<HelpPageSummary> pages() {
    return content.overview(currentActor.require()).stream()
        .map(
            p ->
                new HelpPageSummary(
                    p.slug(), p.position(), p.sourceLanguage().code(), p.title(), p.translations()))
        .toList();
  }

  @GetMapping("/api/v1/help-pages/{slug}/translations/{language}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "One translation's working text and state; 404 when not written yet")
  ResponseEntity<HelpTranslationView> translation(
      @PathVariable String slug, @PathVariable String language) {
    Translation translation =
        content
            .translation(slug, language(language), currentActor.require())
            .orElseThrow(() -> new NotFound("HelpTranslation"));
    return ResponseEntity.ok()
        .eTag(Versions.etag(translation.version()))
        .body(HelpTranslationView.of(translation));
  }

  @PutMapping("/api/v1/help-pages/{slug}/translations/{language}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Write or change a translation (If-Match with the ETag read; none for a new one);"
              + " status PUBLISHED puts it on the public page, and for the source language makes"
              + " the other languages stale")
  ResponseEntity<HelpTranslationView> save(
      @PathVariable String slug,
      @PathVariable String language,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody HelpTranslationChange body) {
    long version = ifMatch == null || ifMatch.isBlank() ? 0 : Versions.required(ifMatch);
    Translation saved =
        content.save(
            slug,
            language(language),
            new TranslationEdit(
                body.title(), body.body(), body.status(), body.translator(), body.reviewer()),
            version,
            currentActor.require());
    return ResponseEntity.ok()
        .eTag(Versions.etag(saved.version()))
        .body(HelpTranslationView.of(saved));
  }

  @GetMapping("/api/v1/help-messages")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "The hotline's queue of anonymous messages: open ones (in danger first, then oldest)"
              + " and those handled in the last 30 days; reading is audited")
  List<HelpMessageView> queue() {
    return messages.queue(currentActor.require()).stream().map(HelpMessageView::of).toList();
  }

  @PostMapping("/api/v1/help-messages/{id}/handled")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Mark a message handled: it leaves the open queue")
  ResponseEntity<Void> handled(@PathVariable UUID id) {
    messages.handle(id, currentActor.require());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/help-messages/monthly")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST')")
  @Operation(
      summary =
          "Anonymous messages per month and language in a year (the installation's time zone);"
              + " counts only")
  List<HelpMessageCount> monthly(@RequestParam int year) {
    return messages.monthly(year, currentActor.require()).stream()
        .map(c -> new HelpMessageCount(c.month().toString(), c.language().code(), c.messages()))
        .toList();
  }

  @GetMapping("/api/v1/help-leaflets/{language}")
  @PreAuthorize(
      "hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER', 'SHELTER_STAFF', 'POLICE_KEY_PERSON',"
          + " 'MUNICIPAL_CASEWORKER', 'IMMIGRATION_OFFICER', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR',"
          + " 'RETURN_ORGANISATION_STAFF')")
  @Operation(
      summary =
          "A printable leaflet (format=A5) or card (format=CARD) in a language, with a QR code to"
              + " the public help pages in that language")
  ResponseEntity<byte[]> leaflet(
      @PathVariable String language, @RequestParam(defaultValue = "A5") String format) {
    Leaflets.Format chosen;
    try {
      chosen = Leaflets.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("format", "validation.invalid");
    }
    HelpLanguage lang = language(language);
    return Downloads.attachment(
        leaflets.render(
            lang, chosen, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()),
        "application/pdf",
        "help-" + lang.code() + (chosen == Leaflets.Format.A5 ? "-leaflet-a5" : "-card") + ".pdf");
  }

  private static HelpLanguage language(String code) {
    return HelpLanguage.of(code)
        .orElseThrow(() -> new InvalidInput("language", "validation.invalid"));
  }
}
