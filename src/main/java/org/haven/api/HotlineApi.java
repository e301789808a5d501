package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.intake.CallerType;
import org.haven.intake.Hotline;
import org.haven.intake.HotlineCall;
import org.haven.intake.IndicatorGroup;
import org.haven.intake.Indicators;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The centre's hotline log, and the indicator catalogue that referrals use. */
@RestController
@Tag(name = "Hotline and indicators")
class HotlineApi {

  /** A call to log. */
  record NewCall(
      Instant receivedAt, CallerType callerType, String topic, String outcome, UUID referral) {}

  private final Hotline hotline;
  private final Indicators indicators;
  private final CurrentActor currentActor;

  HotlineApi(Hotline hotline, Indicators indicators, CurrentActor currentActor) {
    this.hotline = hotline;
    this.indicators = indicators;
    this.currentActor = currentActor;
  }

  @PostMapping("/api/v1/hotline-calls")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Log a hotline call (anonymous by default)")
  ResponseEntity<HotlineCall> log(@RequestBody NewCall call) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            hotline.log(
                call.receivedAt(),
                call.callerType(),
                call.topic(),
                call.outcome(),
                call.referral(),
                currentActor.require()));
  }

  @GetMapping("/api/v1/hotline-calls")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary = "Calls received between from and to (default: the last 30 days), newest first")
  List<HotlineCall> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Instant end = to == null ? Instant.now() : to;
    Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
    return hotline.between(
        start, end, Math.max(page, 0), Math.min(Math.max(size, 1), 500), currentActor.require());
  }

  /** An indicator to add, with its label (and optional help) in en, da and sv. */
  record NewIndicator(String code, String group, Map<String, Text> texts) {
    /** A label and its help text. */
    record Text(String label, String help) {}
  }

  @PostMapping("/api/v1/indicators")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  @Operation(summary = "Add an indicator to the catalogue, with its text in en, da and sv")
  ResponseEntity<Void> addIndicator(@RequestBody NewIndicator body) {
    Map<Language, String[]> texts = new EnumMap<>(Language.class);
    if (body.texts() != null) {
      body.texts()
          .forEach(
              (language, text) ->
                  Language.of(language)
                      .ifPresent(
                          l ->
                              texts.put(
                                  l,
                                  new String[] {
                                    text == null ? null : text.label(),
                                    text == null ? null : text.help()
                                  })));
    }
    indicators.add(body.code(), body.group(), texts, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @GetMapping("/api/v1/indicators")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "The indicator catalogue in a language (en, da, sv)")
  List<IndicatorGroup> catalogue(@RequestParam(defaultValue = "en") String language) {
    return indicators.catalogue(
        Language.of(language)
            .orElseThrow(() -> new InvalidInput("language", "validation.language")));
  }
}
