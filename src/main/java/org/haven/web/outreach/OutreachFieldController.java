package org.haven.web.outreach;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.intake.Exploitation;
import org.haven.intake.Indicators;
import org.haven.outreach.Activity;
import org.haven.outreach.ActivityType;
import org.haven.outreach.ContactAge;
import org.haven.outreach.ContactService;
import org.haven.outreach.OfflineKeys;
import org.haven.outreach.Outreach;
import org.haven.outreach.Sex;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Places;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Field mode: the outreach worker's activity, contact and suspicion screens as one installable page
 * that works without a network (ADR 0014). The page and its assets are cached by a service worker;
 * what is recorded offline is kept encrypted in the phone's IndexedDB and sent through the API,
 * each entry with its own {@code Idempotency-Key}, when the network returns. This controller serves
 * the page, the service worker, the worker's session for sending, and opens the keys the phone
 * sealed (only for the worker who sealed them, audited).
 */
@Controller
@PreAuthorize("hasRole('NGO_WORKER')")
class OutreachFieldController {

  /** What the page needs to send: who is signed in, and the CSRF token of this session. */
  record FieldSession(String user, String csrfHeader, String csrfToken) {}

  /** A key the phone sealed to this installation. */
  record SealedKey(String sealed) {}

  /** The key, opened. */
  record OpenedKey(String key) {}

  private final Outreach outreach;
  private final OfflineKeys keys;
  private final Indicators indicators;
  private final CurrentActor currentActor;
  private final Dates dates;
  private final byte[] serviceWorker;

  OutreachFieldController(
      Outreach outreach,
      OfflineKeys keys,
      Indicators indicators,
      CurrentActor currentActor,
      Dates dates)
      throws IOException {
    this.outreach = outreach;
    this.keys = keys;
    this.indicators = indicators;
    this.currentActor = currentActor;
    this.dates = dates;
    try (InputStream in = new ClassPathResource("outreach/field-worker.js").getInputStream()) {
      this.serviceWorker = in.readAllBytes();
    }
  }

  @GetMapping("/outreach/field")
  String field(Model model) {
    Actor actor = currentActor.require();
    LocalDate today = LocalDate.now(dates.zone());
    List<Activity> open =
        outreach.list(today.minusDays(7), today, null, actor).stream()
            .filter(a -> !a.closed())
            .toList();
    model.addAttribute("openActivities", open);
    model.addAttribute("manifest", "/assets/field.webmanifest");
    model.addAttribute("user", actor.user().value().toString());
    model.addAttribute("publicKey", keys.publicKey());
    model.addAttribute("label", OfflineKeys.label(actor));
    model.addAttribute("activityTypes", ActivityType.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", ContactAge.values());
    model.addAttribute("serviceTypes", ContactService.values());
    model.addAttribute("countries", Places.countries(LocaleContextHolder.getLocale()));
    model.addAttribute(
        "catalogue",
        indicators.catalogue(
            Language.of(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN)));
    model.addAttribute("exploitations", Exploitation.values());
    return "outreach/field";
  }

  /**
   * The service worker, served from the page's own path so that it may control it; never cached by
   * the browser's HTTP cache, so a new version is picked up on the next visit online.
   */
  @GetMapping("/outreach/field/worker.js")
  ResponseEntity<byte[]> serviceWorker() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .header("Service-Worker-Allowed", "/outreach/field")
        .body(serviceWorker);
  }

  @GetMapping(value = "/outreach/field/session", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<FieldSession> session(CsrfToken csrf) {
    Actor actor = currentActor.require();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            new FieldSession(
                actor.user().value().toString(), csrf.getHeaderName(), csrf.getToken()));
  }

  @PostMapping(
      value = "/outreach/field/key",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<OpenedKey> open(@RequestBody SealedKey body) {
    byte[] key = keys.open(body == null ? null : body.sealed(), currentActor.require());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new OpenedKey(Base64.getEncoder().encodeToString(key)));
  }

  /** A seal that does not open (another worker's, another installation's, damaged): 422. */
  @ExceptionHandler(InvalidInput.class)
  @ResponseBody
  ResponseEntity<ProblemDetail> unreadable(InvalidInput invalid) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, "The key was not sealed for you here."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseBody
  ResponseEntity<ProblemDetail> notJson(HttpMessageNotReadableException notJson) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Send the sealed key."));
  }
}
