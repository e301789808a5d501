package org.haven.information;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.haven.keys.KeyFiles;
import org.haven.keys.SealedText;
import org.haven.people.PhoneNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Front door for the anonymous messages sent from the help pages: received without sign-in and
 * without the sender's address, the number and the text sealed at rest; read and marked handled by
 * the centre's hotline staff (audited); counted by month and language for the centre and the annual
 * report. Error keys of {@link #receive} are the public pages' own texts ({@code form.error.*}).
 */
@Service
public class ContactMessages {

  static final String RESOURCE = "ContactMessage";

  /** Enough for a few sentences; a longer text is refused with a clear message. */
  public static final int MESSAGE_LIMIT = 1_000;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final PhoneNumbers phones;
  private final SealedText seal;

  ContactMessages(
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events,
      PhoneNumbers phones,
      @Value("${haven.information.key:}") String configuredKey,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
    this.phones = phones;
    byte[] key =
        StringUtils.hasText(configuredKey)
            ? KeyFiles.decode(configuredKey, "HAVEN_INFORMATION_KEY")
            : KeyFiles.readOrCreate(
                KeyFiles.nextTo(dataDir, "information.key"),
                "anonymous messages at rest",
                "HAVEN_INFORMATION_KEY");
    this.seal = new SealedText(key, "HAVEN_INFORMATION_KEY");
  }

  /**
   * Checks and keeps a message from the contact form; every wrong answer is reported at once and
   * nothing is kept then. Angle brackets are kept as look-alike quotation marks, so no markup is
   * ever stored.
   */
  @Transactional
  public ContactMessage receive(ContactForm form) {
    return receive(form, clock.instant());
  }

  /**
   * A message as {@link #receive(ContactForm)} keeps it, received at a given moment (no later than
   * now): for the demo's history of messages.
   */
  @Transactional
  public ContactMessage receive(ContactForm form, Instant receivedAt) {
    if (receivedAt.isAfter(clock.instant().plusSeconds(60))) {
      throw new InvalidInput("receivedAt", "validation.futureDate");
    }
    InvalidInput.Gathered errors = new InvalidInput.Gathered();
    HelpLanguage language = HelpLanguage.of(form.language()).orElse(null);
    if (language == null) {
      errors.add("language", "form.error.language.required");
    }
    ReachBack reachBack = null;
    try {
      reachBack = form.reachBack() == null ? null : ReachBack.valueOf(form.reachBack().strip());
    } catch (IllegalArgumentException unknown) {
      // reported below as not chosen
    }
    if (reachBack == null) {
      errors.add("reachBack", "form.error.reachBack.required");
    }
    String phone = null;
    if (reachBack == ReachBack.PHONE) {
      if (form.phone() == null || form.phone().isBlank()) {
        errors.add("phone", "form.error.phone.required");
      } else {
        try {
          phone = phones.e164("phone", form.phone());
        } catch (InvalidInput notANumber) {
          errors.add("phone", "form.error.phone.invalid");
        }
      }
    }
    String message = form.message() == null ? "" : form.message().strip();
    if (message.isEmpty()) {
      errors.add("message", "form.error.message.required");
    } else if (message.codePointCount(0, message.length()) > MESSAGE_LIMIT) {
      errors.add("message", "form.error.message.tooLong", MESSAGE_LIMIT);
    }
    Boolean inDanger =
        switch (form.inDanger() == null ? "" : form.inDanger().strip()) {
          case "yes" -> true;
          case "no" -> false;
          default -> null;
        };
    if (inDanger == null) {
      errors.add("inDanger", "form.error.danger.required");
    }
    errors.done();
    Instant now = receivedAt;
    UUID id = UUID.randomUUID();
    String text = message.replace('<', '‹').replace('>', '›');
    jdbc.sql(
            """
            INSERT INTO information.contact_message (id, received_at, language, reach_back, phone, message, in_danger)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            Timestamp.from(now),
            language.code(),
            reachBack.name(),
            phone == null ? null : seal.seal(phone),
            seal.seal(text),
            inDanger)
        .update();
    events.publishEvent(new AnonymousContactReceived(id, now, language));
    return new ContactMessage(id, now, language, reachBack, phone, text, inDanger, null);
  }

  /**
   * The messages not yet handled (those in danger first, then the oldest) and those handled in the
   * last 30 days, for the centre's hotline staff. Reading them is audited.
   */
  @Transactional
  public List<ContactMessage> queue(Actor by) {
    requireCentre(by);
    audit.record(by.audit(), AuditAction.READ, RESOURCE, null);
    Instant since = clock.instant().minus(Duration.ofDays(30));
    return jdbc.sql(
            """
            SELECT * FROM information.contact_message
            WHERE handled_at IS NULL OR handled_at >= ?
            ORDER BY handled_at IS NOT NULL, in_danger DESC, received_at, id
            LIMIT 500
            """)
        .param(Timestamp.from(since))
        .query((rs, row) -> read(rs))
        .list();
  }

  /** Marks a message handled (the call was made, or it needs no answer). */
  @Transactional
  public void handle(UUID id, Actor by) {
    requireCentre(by);
    int changed =
        jdbc.sql(
                """
                UPDATE information.contact_message SET handled_at = ?, handled_by = ?
                WHERE id = ? AND handled_at IS NULL
                """)
            .params(Timestamp.from(clock.instant()), by.user().value(), id)
            .update();
    if (changed == 0
        && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM information.contact_message WHERE id = ?)")
            .param(id)
            .query(Boolean.class)
            .single()) {
      throw new NotFound(RESOURCE);
    }
    if (changed > 0) {
      audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    }
  }

  /** How many open messages wait, none of their content (for the dashboard). */
  @Transactional(readOnly = true)
  public long waiting(Actor by) {
    requireCentre(by);
    return jdbc.sql("SELECT count(*) FROM information.contact_message WHERE handled_at IS NULL")
        .query(Long.class)
        .single();
  }

  /** Messages per month and language in a year, in the installation's time zone; counts only. */
  @Transactional(readOnly = true)
  public List<ContactCount> monthly(int year, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER) && !by.has(Role.CENTRE_ANALYST)) {
      throw new AccessDeniedException("The centre's figures");
    }
    ZoneId zone = clock.getZone();
    List<ContactCount> counts = new ArrayList<>();
    jdbc.sql(
            """
            SELECT extract(month FROM received_at AT TIME ZONE ?)::int AS month, language, count(*) AS n
            FROM information.contact_message
            WHERE received_at >= ? AND received_at < ?
            GROUP BY 1, 2 ORDER BY 1, 2
            """)
        .params(
            zone.getId(),
            Timestamp.from(yearStart(year, zone)),
            Timestamp.from(yearStart(year + 1, zone)))
        .query(
            rs -> {
              int month = rs.getInt("month");
              long n = rs.getLong("n");
              HelpLanguage.of(rs.getString("language"))
                  .ifPresent(
                      language ->
                          counts.add(new ContactCount(YearMonth.of(year, month), language, n)));
            });
    return counts;
  }

  /** Messages of a year by language, for the annual report (which applies disclosure control). */
  @Transactional(readOnly = true)
  public Map<HelpLanguage, Long> yearCounts(int year) {
    ZoneId zone = clock.getZone();
    Map<HelpLanguage, Long> counts = new EnumMap<>(HelpLanguage.class);
    jdbc.sql(
            """
            SELECT language, count(*) AS n FROM information.contact_message
            WHERE received_at >= ? AND received_at < ? GROUP BY language
            """)
        .params(Timestamp.from(yearStart(year, zone)), Timestamp.from(yearStart(year + 1, zone)))
        .query(
            rs -> {
              long n = rs.getLong("n");
              HelpLanguage.of(rs.getString("language"))
                  .ifPresent(language -> counts.put(language, n));
            });
    return counts;
  }

  /** Changes whenever a message arrives (for caches of the figures). */
  @Transactional(readOnly = true)
  public long tallyVersion() {
    return jdbc.sql(
            "SELECT count(*) * 1000003 + coalesce(extract(epoch FROM max(received_at))::bigint, 0) FROM information.contact_message")
        .query(Long.class)
        .single();
  }

  private ContactMessage read(ResultSet rs) throws SQLException {
    OffsetDateTime handled = rs.getObject("handled_at", OffsetDateTime.class);
    return new ContactMessage(
        rs.getObject("id", UUID.class),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        HelpLanguage.of(rs.getString("language")).orElse(HelpLanguage.EN),
        ReachBack.valueOf(rs.getString("reach_back")),
        Optional.ofNullable(seal.open(rs.getString("phone")))
            .map(PhoneNumbers::readable)
            .orElse(null),
        seal.open(rs.getString("message")),
        rs.getBoolean("in_danger"),
        handled == null ? null : handled.toInstant());
  }

  private static Instant yearStart(int year, ZoneId zone) {
    return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
  }

  private static void requireCentre(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The hotline is the centre's");
    }
  }
}
