package org.haven.outreach;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.access.Actor;
import org.haven.access.Countries;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.people.Gender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door of outreach: activities, their anonymous contacts, the NGO's venues and the suspicion
 * that makes a referral draft of a contact. Every rule of who may do what is {@link
 * OutreachPolicy}; every change and every reading of an activity or an address is audited.
 */
@Service
public class Outreach {

  static final String ACTIVITY = "OutreachActivity";
  static final String VENUE = "OutreachVenue";
  static final int MAX_GROUP = 500;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Referrals referrals;
  private final ContactCodes codes;
  private final Clock clock;
  private final ZoneId zone;

  Outreach(
      JdbcClient jdbc,
      AuditTrail audit,
      Referrals referrals,
      ContactCodes codes,
      Clock clock,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.referrals = referrals;
    this.codes = codes;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  // ---- activities ----

  /** Records an activity of the actor's organisation. */
  @Transactional
  public Activity record(ActivityDetails details, Actor by) {
    requireRecorder(by);
    ActivityDetails d = Activity.checked(details, today());
    UUID organisation = by.organisation().value();
    if (d.venue() != null) {
      Venue venue =
          venue(d.venue()).orElseThrow(() -> new InvalidInput("venue", "outreach.venueUnknown"));
      if (!venue.organisation().equals(organisation)) {
        throw new InvalidInput("venue", "outreach.venueUnknown");
      }
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO outreach.activity (id, organisation, type, held_on, duration_minutes, municipality, area,
                venue_id, team, languages, interpreter, notes, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            organisation,
            d.type().name(),
            d.date(),
            d.durationMinutes(),
            d.municipality(),
            d.area(),
            d.venue(),
            d.teamMembers().toArray(String[]::new),
            d.languages().toArray(String[]::new),
            d.interpreter(),
            d.notes(),
            by.user().value(),
            now())
        .update();
    tallyChanged();
    audit.record(by.audit(), AuditAction.CREATE, ACTIVITY, id.toString());
    return load(id, by);
  }

  /** One activity, for its NGO or the centre; the team's names only for the NGO. */
  @Transactional
  public Activity find(UUID id, Actor by) {
    Activity activity = load(id, by);
    audit.record(by.audit(), AuditAction.READ, ACTIVITY, id.toString());
    return activity;
  }

  /**
   * Activities in a period, newest first: the actor's own organisation's, or for the centre every
   * organisation's (or one's, when {@code organisation} is given).
   */
  public List<Activity> list(LocalDate from, LocalDate to, UUID organisation, Actor by) {
    UUID scope = scope(organisation, by);
    LocalDate[] period = period(from, to);
    return jdbc.sql(
            SELECT_ACTIVITY
                + " WHERE a.held_on BETWEEN ? AND ? AND (?::uuid IS NULL OR a.organisation = ?::uuid)"
                + " ORDER BY a.held_on DESC, a.created_at DESC LIMIT 500")
        .params(period[0], period[1], scope, scope)
        .query((rs, n) -> activity(rs, by))
        .list();
  }

  /** Closes an activity: no contact is added to it after this. */
  @Transactional
  public Activity close(UUID id, Actor by) {
    Activity activity = load(id, by);
    requireOwn(activity.organisation(), by);
    jdbc.sql(
            "UPDATE outreach.activity SET closed_at = ?, version = version + 1 WHERE id = ? AND closed_at IS NULL")
        .params(now(), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, ACTIVITY, id.toString(), AuditOutcome.SUCCESS, "closed");
    return load(id, by);
  }

  // ---- contacts ----

  /** Adds an anonymous contact to an open activity of the actor's organisation. */
  @Transactional
  public Contact addContact(UUID activityId, ContactDetails details, Actor by) {
    requireRecorder(by);
    Activity activity = lockOpen(activityId, by);
    if (details == null) {
      throw new InvalidInput("sex", "validation.required");
    }
    int people = details.people() == null ? 1 : details.people();
    if (people < 1 || people > MAX_GROUP) {
      throw new InvalidInput("people", "outreach.peopleRange");
    }
    String citizenship = citizenship(details.citizenship());
    String region = Texts.optional("region", details.region(), 100);
    String hash = codes.hash(activity.organisation(), Texts.optional("code", details.code(), 60));
    if (hash != null && people != 1) {
      throw new InvalidInput("code", "outreach.codeForOne");
    }
    boolean first = details.firstContact() == null || details.firstContact();
    if (hash != null) {
      first =
          jdbc.sql(
                  "SELECT NOT EXISTS (SELECT 1 FROM outreach.contact WHERE organisation = ? AND code_hash = ?)")
              .params(activity.organisation(), hash)
              .query(Boolean.class)
              .single();
    }
    Sex sex = details.sex() == null ? Sex.UNKNOWN : details.sex();
    ContactAge age = details.ageBand() == null ? ContactAge.UNKNOWN : details.ageBand();
    List<ContactService> services = details.services().stream().distinct().sorted().toList();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO outreach.contact (id, activity_id, organisation, held_on, people, sex, age_band, citizenship,
                region, first_contact, services, code_hash, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            activityId,
            activity.organisation(),
            activity.date(),
            people,
            sex.name(),
            age.name(),
            citizenship,
            region,
            first,
            services.stream().map(Enum::name).toArray(String[]::new),
            hash,
            by.user().value(),
            now())
        .update();
    tally(activity.organisation(), activity.date(), sex, age, first, people, 0, 0);
    tallyChanged();
    for (ContactService service : services) {
      jdbc.sql(
              """
              INSERT INTO outreach.service_tally (organisation, held_on, service, people) VALUES (?, ?, ?, ?)
              ON CONFLICT (organisation, held_on, service) DO UPDATE SET people = outreach.service_tally.people + EXCLUDED.people
              """)
          .params(activity.organisation(), activity.date(), service.name(), people)
          .update();
    }
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        ACTIVITY,
        activityId.toString(),
        AuditOutcome.SUCCESS,
        "contact added");
    return new Contact(
        id,
        activityId,
        activity.date(),
        people,
        sex,
        age,
        citizenship,
        region,
        first,
        services,
        hash != null,
        false,
        null,
        OutreachPolicy.childProtection(activity.type(), age));
  }

  /** The contacts of an activity, in the order they were recorded. */
  public List<Contact> contacts(UUID activityId, Actor by) {
    Activity activity = load(activityId, by);
    return jdbc.sql(SELECT_CONTACT + " WHERE c.activity_id = ? ORDER BY c.created_at, c.id")
        .param(activityId)
        .query((rs, n) -> contact(rs, activity.type()))
        .list();
  }

  /** One contact of an activity. */
  public Contact contact(UUID activityId, UUID contactId, Actor by) {
    Activity activity = load(activityId, by);
    return jdbc.sql(SELECT_CONTACT + " WHERE c.activity_id = ? AND c.id = ?")
        .params(activityId, contactId)
        .query((rs, n) -> contact(rs, activity.type()))
        .optional()
        .orElseThrow(() -> new NotFound("OutreachContact"));
  }

  /**
   * Signs of trafficking at a contact: a referral draft of the NGO to the centre, channel outreach,
   * prefilled from the contact and the activity — anonymous for an adult, the child path for a
   * child — for the worker to complete. A contact is referred once; asking again gives the same
   * draft.
   */
  @Transactional
  public UUID refer(UUID activityId, UUID contactId, Suspicion suspicion, Actor by) {
    requireRecorder(by);
    Activity activity = load(activityId, by);
    requireOwn(activity.organisation(), by);
    Contact contact =
        jdbc.sql(SELECT_CONTACT + " WHERE c.activity_id = ? AND c.id = ? FOR UPDATE")
            .params(activityId, contactId)
            .query((rs, n) -> contact(rs, activity.type()))
            .optional()
            .orElseThrow(() -> new NotFound("OutreachContact"));
    if (contact.referral() != null) {
      return contact.referral();
    }
    if (contact.people() != 1) {
      throw new InvalidInput("contact", "outreach.referOne");
    }
    Suspicion s = suspicion == null ? new Suspicion(null, null, null, null, null) : suspicion;
    boolean child = contact.ageBand() == ContactAge.UNDER_18;
    boolean consent = Boolean.TRUE.equals(s.consent());
    String account = Texts.optional("account", s.account(), 20_000);
    if (account != null && !child && !consent) {
      throw new InvalidInput("account", "outreach.accountNeedsConsent");
    }
    ReferralPath path =
        child ? ReferralPath.CHILD : consent ? ReferralPath.FULL : ReferralPath.ANONYMOUS;
    String place =
        activity.area() == null
            ? activity.municipality()
            : activity.municipality() + ", " + activity.area();
    ReferralDraft draft =
        new ReferralDraft(
            path,
            Channel.NGO_OUTREACH,
            activity.date(),
            place,
            s.exploitation(),
            null,
            s.indicators(),
            account,
            Boolean.TRUE.equals(s.immediateDanger()),
            null,
            null,
            null,
            null,
            null,
            gender(contact.sex()),
            null,
            contact.citizenship() == null ? List.of() : List.of(contact.citizenship()),
            path == ReferralPath.ANONYMOUS ? contact.ageBand().forReferral() : null,
            consent ? new Consent(true, false, false) : null,
            null);
    UUID referral = referrals.startDraft(draft, by).referralId().value();
    jdbc.sql("UPDATE outreach.contact SET suspicion = true, referral_id = ? WHERE id = ?")
        .params(referral, contactId)
        .update();
    tally(
        activity.organisation(),
        activity.date(),
        contact.sex(),
        contact.ageBand(),
        contact.firstContact(),
        0,
        contact.suspicion() ? 0 : 1,
        1);
    tallyChanged();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        ACTIVITY,
        activityId.toString(),
        AuditOutcome.SUCCESS,
        "referral");
    return referral;
  }

  // ---- numbers ----

  /**
   * Outreach counted over a period: the actor's own organisation's, or for the centre all
   * organisations' (or one's). Read from the daily tallies, so a year costs days, not contacts.
   */
  public OutreachSummary summary(LocalDate from, LocalDate to, UUID organisation, Actor by) {
    UUID scope = OutreachPolicy.mayReadCountsOnly(by) ? organisation : scope(organisation, by);
    LocalDate[] period = period(from, to);
    long version =
        jdbc.sql("SELECT version FROM outreach.tally_version WHERE id = 1")
            .query(Long.class)
            .single();
    SummaryKey key = new SummaryKey(period[0], period[1], scope);
    KeptSummary kept = summaries.get(key);
    if (kept != null && kept.version() == version) {
      return kept.summary();
    }
    if (summaries.size() > MAX_KEPT) {
      summaries.clear();
    }
    OutreachSummary counted = count(period, scope);
    summaries.put(key, new KeptSummary(version, counted));
    return counted;
  }

  /**
   * Every NGO's outreach of a calendar year, counted, for the status report, which publishes it
   * only through disclosure control: counts, never an activity, a contact or a venue.
   */
  public OutreachSummary yearCounts(int year) {
    return count(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)}, null);
  }

  /**
   * People met in outreach in a period by any of {@code organisations}: a count from the daily
   * tallies, for the indicators of the action plan. No activity, contact or venue leaves.
   */
  public long contacts(LocalDate from, LocalDate to, Collection<UUID> organisations) {
    if (organisations.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "SELECT coalesce(sum(people), 0) FROM outreach.contact_tally"
                + " WHERE held_on BETWEEN ? AND ? AND organisation = ANY(?)")
        .params(from, to, organisations.toArray(UUID[]::new))
        .query(Long.class)
        .single();
  }

  /**
   * Moves with every change to activities and contacts: a figure counted at a version stays true.
   */
  public long tallyVersion() {
    return jdbc.sql("SELECT version FROM outreach.tally_version WHERE id = 1")
        .query(Long.class)
        .single();
  }

  /**
   * The organisations with outreach in a period, each with its summary: the centre's and the
   * ministry's view across NGOs.
   */
  public Map<UUID, OutreachSummary> byOrganisation(LocalDate from, LocalDate to, Actor by) {
    if (!OutreachPolicy.mayReadAll(by) && !OutreachPolicy.mayReadCountsOnly(by)) {
      throw new AccessDeniedException("Outreach across organisations is read by the centre");
    }
    LocalDate[] period = period(from, to);
    Map<UUID, OutreachSummary> result = new LinkedHashMap<>();
    for (UUID organisation :
        jdbc.sql(
                "SELECT DISTINCT organisation FROM outreach.activity WHERE held_on BETWEEN ? AND ?"
                    + " ORDER BY organisation")
            .params(period[0], period[1])
            .query(UUID.class)
            .list()) {
      result.put(organisation, summary(period[0], period[1], organisation, by));
    }
    return result;
  }

  /** A summary asked for: the period and whose outreach. */
  private record SummaryKey(LocalDate from, LocalDate to, UUID organisation) {}

  /** A summary as counted at a version of the tallies. */
  private record KeptSummary(long version, OutreachSummary summary) {}

  private static final int MAX_KEPT = 1_000;

  /** Summaries kept until the tallies' version moves (every instance reads the version). */
  private final ConcurrentHashMap<SummaryKey, KeptSummary> summaries = new ConcurrentHashMap<>();

  /** Anything counted changed: kept summaries are no longer true. */
  private void tallyChanged() {
    jdbc.sql("UPDATE outreach.tally_version SET version = version + 1 WHERE id = 1").update();
  }

  private OutreachSummary count(LocalDate[] period, UUID scope) {
    // one plan per shape: with or without an organisation (an "IS NULL OR" hides the index)
    String whose = scope == null ? "" : " AND organisation = ?";
    Object[] params =
        scope == null
            ? new Object[] {period[0], period[1]}
            : new Object[] {period[0], period[1], scope};
    Map<ActivityType, Long> byType = new EnumMap<>(ActivityType.class);
    for (ActivityType t : ActivityType.values()) {
      byType.put(t, 0L);
    }
    long[] minutes = {0};
    jdbc.sql(
            "SELECT type, count(*), coalesce(sum(duration_minutes), 0) FROM outreach.activity"
                + " WHERE held_on BETWEEN ? AND ?"
                + whose
                + " GROUP BY type")
        .params(params)
        .query(
            rs -> {
              byType.put(ActivityType.valueOf(rs.getString(1)), rs.getLong(2));
              minutes[0] += rs.getLong(3);
            });
    Map<Sex, Long> bySex = zeros(Sex.class);
    Map<ContactAge, Long> byAge = zeros(ContactAge.class);
    long[] totals = new long[4]; // people, first, suspicions, referrals
    jdbc.sql(
            "SELECT sex, age_band, first_contact, sum(people), sum(suspicions), sum(referrals) FROM outreach.contact_tally"
                + " WHERE held_on BETWEEN ? AND ?"
                + whose
                + " GROUP BY sex, age_band, first_contact")
        .params(params)
        .query(
            rs -> {
              long people = rs.getLong(4);
              bySex.merge(Sex.valueOf(rs.getString(1)), people, Long::sum);
              byAge.merge(ContactAge.valueOf(rs.getString(2)), people, Long::sum);
              totals[0] += people;
              if (rs.getBoolean(3)) {
                totals[1] += people;
              }
              totals[2] += rs.getLong(5);
              totals[3] += rs.getLong(6);
            });
    Map<ContactService, Long> services = zeros(ContactService.class);
    jdbc.sql(
            "SELECT service, sum(people) FROM outreach.service_tally"
                + " WHERE held_on BETWEEN ? AND ?"
                + whose
                + " GROUP BY service")
        .params(params)
        .query(
            rs -> {
              services.put(ContactService.valueOf(rs.getString(1)), rs.getLong(2));
            });
    long distinct =
        jdbc.sql(
                "SELECT count(*) FROM (SELECT DISTINCT organisation, code_hash FROM outreach.contact"
                    + " WHERE code_hash IS NOT NULL AND held_on BETWEEN ? AND ?"
                    + whose
                    + ") coded")
            .params(params)
            .query(Long.class)
            .single();
    long activities = byType.values().stream().mapToLong(Long::longValue).sum();
    return new OutreachSummary(
        period[0],
        period[1],
        scope,
        activities,
        byType,
        minutes[0],
        totals[0],
        totals[1],
        totals[0] - totals[1],
        distinct,
        bySex,
        byAge,
        services,
        totals[2],
        totals[3]);
  }

  // ---- venues ----

  /**
   * The venues of the actor's organisation (the centre: every organisation's), without addresses.
   */
  public List<Venue> venues(Actor by) {
    UUID scope = scope(null, by);
    return jdbc.sql(
            SELECT_VENUE
                + " WHERE (?::uuid IS NULL OR organisation = ?::uuid) ORDER BY municipality, name, id")
        .params(scope, scope)
        .query((rs, n) -> venue(rs).withoutAddress())
        .list();
  }

  /** Registers a venue of the actor's organisation. */
  @Transactional
  public Venue registerVenue(VenueDetails details, Actor by) {
    requireRecorder(by);
    if (details == null || details.type() == null) {
      throw new InvalidInput("type", "validation.required");
    }
    String name = Texts.optional("name", details.name(), Activity.TEXT_LIMIT);
    if (name == null) {
      throw new InvalidInput("name", "validation.required");
    }
    String municipality =
        Texts.optional("municipality", details.municipality(), Activity.TEXT_LIMIT);
    if (municipality == null) {
      throw new InvalidInput("municipality", "validation.required");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO outreach.venue (id, organisation, type, name, municipality, area, address, notes, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            by.organisation().value(),
            details.type().name(),
            name,
            municipality,
            Texts.optional("area", details.area(), Activity.TEXT_LIMIT),
            Texts.optional("address", details.address(), Activity.TEXT_LIMIT),
            Texts.optional("notes", details.notes(), Activity.NOTES_LIMIT),
            now())
        .update();
    audit.record(by.audit(), AuditAction.CREATE, VENUE, id.toString());
    return venue(id).orElseThrow().withoutAddress();
  }

  /** A venue with its classified address, for its NGO or the centre's caseworkers; audited. */
  @Transactional
  public Venue revealVenue(UUID id, Actor by) {
    Venue venue = venue(id).orElseThrow(() -> new NotFound(VENUE));
    if (!OutreachPolicy.mayRead(venue.organisation(), by)) {
      throw new NotFound(VENUE);
    }
    if (!OutreachPolicy.mayRevealAddress(venue.organisation(), by)) {
      audit.record(
          by.audit(), AuditAction.READ, VENUE, id.toString(), AuditOutcome.FAILURE, "address");
      throw new AccessDeniedException("The venue's address is not for this role");
    }
    audit.record(
        by.audit(), AuditAction.READ, VENUE, id.toString(), AuditOutcome.SUCCESS, "address");
    return venue;
  }

  // ---- inside ----

  private static final String SELECT_ACTIVITY =
      """
      SELECT a.*, (SELECT count(*) FROM outreach.contact c WHERE c.activity_id = a.id) AS contacts,
             (SELECT coalesce(sum(people), 0) FROM outreach.contact c WHERE c.activity_id = a.id) AS people
      FROM outreach.activity a
      """;

  private static final String SELECT_CONTACT =
      "SELECT c.*, (c.code_hash IS NOT NULL) AS coded FROM outreach.contact c";

  private static final String SELECT_VENUE = "SELECT * FROM outreach.venue";

  private Activity load(UUID id, Actor by) {
    Activity activity =
        jdbc.sql(SELECT_ACTIVITY + " WHERE a.id = ?")
            .param(id)
            .query((rs, n) -> activity(rs, by))
            .optional()
            .orElseThrow(() -> new NotFound(ACTIVITY));
    if (!OutreachPolicy.mayRead(activity.organisation(), by)) {
      throw new NotFound(ACTIVITY);
    }
    return activity;
  }

  private Activity lockOpen(UUID id, Actor by) {
    Activity activity = load(id, by);
    requireOwn(activity.organisation(), by);
    Boolean closed =
        jdbc.sql("SELECT closed_at IS NOT NULL FROM outreach.activity WHERE id = ? FOR UPDATE")
            .param(id)
            .query(Boolean.class)
            .single();
    if (closed) {
      throw new ActivityClosed();
    }
    return activity;
  }

  private Optional<Venue> venue(UUID id) {
    return jdbc.sql(SELECT_VENUE + " WHERE id = ?")
        .param(id)
        .query((rs, n) -> venue(rs))
        .optional();
  }

  private void tally(
      UUID organisation,
      LocalDate day,
      Sex sex,
      ContactAge age,
      boolean first,
      int people,
      int suspicions,
      int referred) {
    jdbc.sql(
            """
            INSERT INTO outreach.contact_tally (organisation, held_on, sex, age_band, first_contact, people, suspicions, referrals)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (organisation, held_on, sex, age_band, first_contact) DO UPDATE SET
                people = outreach.contact_tally.people + EXCLUDED.people,
                suspicions = outreach.contact_tally.suspicions + EXCLUDED.suspicions,
                referrals = outreach.contact_tally.referrals + EXCLUDED.referrals
            """)
        .params(organisation, day, sex.name(), age.name(), first, people, suspicions, referred)
        .update();
  }

  /** Whose outreach a reading covers: the NGO its own; the centre all, or the one asked for. */
  private static UUID scope(UUID organisation, Actor by) {
    if (OutreachPolicy.mayReadAll(by)) {
      return organisation;
    }
    if (!OutreachPolicy.mayRecord(by)) {
      throw new AccessDeniedException("Outreach is read by the NGOs and the centre");
    }
    UUID own = by.organisation().value();
    if (organisation != null && !organisation.equals(own)) {
      throw new AccessDeniedException("An NGO reads its own outreach only");
    }
    return own;
  }

  private LocalDate[] period(LocalDate from, LocalDate to) {
    LocalDate end = to == null ? today() : to;
    LocalDate start = from == null ? end.withDayOfYear(1) : from;
    if (start.isAfter(end)) {
      throw new InvalidInput("from", "outreach.periodOrder");
    }
    return new LocalDate[] {start, end};
  }

  private static void requireRecorder(Actor by) {
    if (!OutreachPolicy.mayRecord(by)) {
      throw new AccessDeniedException("Outreach is recorded by the NGOs' workers");
    }
  }

  private static void requireOwn(UUID organisation, Actor by) {
    if (!OutreachPolicy.mayChange(organisation, by)) {
      throw new AccessDeniedException("Only the NGO that recorded the activity changes it");
    }
  }

  private static String citizenship(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!Countries.known(code)) {
      throw new InvalidInput("citizenship", "outreach.countryUnknown");
    }
    return code;
  }

  private static Gender gender(Sex sex) {
    return switch (sex) {
      case FEMALE -> Gender.Feminine;
      case MALE -> Gender.Masculine;
      case OTHER -> Gender.NonConforming;
      case UNKNOWN -> Gender.NonSpecifiedUnknown;
    };
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, 0L);
    }
    return map;
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static Activity activity(ResultSet rs, Actor by) throws SQLException {
    UUID organisation = rs.getObject("organisation", UUID.class);
    return new Activity(
        rs.getObject("id", UUID.class),
        organisation,
        ActivityType.valueOf(rs.getString("type")),
        rs.getObject("held_on", LocalDate.class),
        rs.getInt("duration_minutes"),
        rs.getString("municipality"),
        rs.getString("area"),
        rs.getObject("venue_id", UUID.class),
        OutreachPolicy.seesTeam(organisation, by) ? strings(rs.getArray("team")) : List.of(),
        strings(rs.getArray("languages")),
        rs.getBoolean("interpreter"),
        OutreachPolicy.seesTeam(organisation, by) ? rs.getString("notes") : null,
        rs.getObject("closed_at") != null,
        rs.getLong("version"),
        rs.getInt("contacts"),
        rs.getInt("people"));
  }

  private static Contact contact(ResultSet rs, ActivityType type) throws SQLException {
    ContactAge age = ContactAge.valueOf(rs.getString("age_band"));
    return new Contact(
        rs.getObject("id", UUID.class),
        rs.getObject("activity_id", UUID.class),
        rs.getObject("held_on", LocalDate.class),
        rs.getInt("people"),
        Sex.valueOf(rs.getString("sex")),
        age,
        rs.getString("citizenship"),
        rs.getString("region"),
        rs.getBoolean("first_contact"),
        strings(rs.getArray("services")).stream().map(ContactService::valueOf).toList(),
        rs.getBoolean("coded"),
        rs.getBoolean("suspicion"),
        rs.getObject("referral_id", UUID.class),
        OutreachPolicy.childProtection(type, age));
  }

  private static Venue venue(ResultSet rs) throws SQLException {
    return new Venue(
        rs.getObject("id", UUID.class),
        rs.getObject("organisation", UUID.class),
        VenueType.valueOf(rs.getString("type")),
        rs.getString("name"),
        rs.getString("municipality"),
        rs.getString("area"),
        rs.getString("address"),
        rs.getString("notes"),
        rs.getLong("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
  }
}
