package org.haven.operations;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.access.Actor;
import org.haven.access.Countries;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.Indicators;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.operations.JointAction.Member;
import org.haven.operations.JointActionRecord.Finding;
import org.haven.operations.JointActionRecord.FollowUpTask;
import org.haven.operations.JointActionRecord.MetGroup;
import org.haven.operations.JointActionRecord.Screening;
import org.haven.outreach.ContactAge;
import org.haven.outreach.Sex;
import org.haven.people.Gender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Front door of joint actions: planning with the lead authority and the invited organisations, the
 * calendar, the classified address, the day's record and the referrals of persons met. Every rule
 * of who sees and does what is {@link JointActionPolicy}; every reading of an action and every
 * change is audited.
 */
@Service
public class JointActions {

  static final String RESOURCE = "JointAction";
  public static final String SECTIONS = "ABCDEFGHIJKLMNOPQRSTU";
  static final int TEXT_LIMIT = 200;
  static final int NOTES_LIMIT = 4_000;
  static final int MAX_PEOPLE = 500;
  static final int MAX_LIST = 2_000;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final Users users;
  private final Referrals referrals;
  private final Indicators indicators;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;
  private final ZoneId zone;
  private final ApplicationEventPublisher events;

  JointActions(
      JdbcClient jdbc,
      Organisations organisations,
      Users users,
      Referrals referrals,
      Indicators indicators,
      AuditTrail audit,
      JsonMapper json,
      Clock clock,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.users = users;
    this.referrals = referrals;
    this.indicators = indicators;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  /** The organisations that may lead an action, for choosing one. */
  public List<Organisation> possibleLeads() {
    return organisations.all().stream()
        .filter(o -> JointActionPolicy.LEADS.contains(o.type()))
        .sorted(Comparator.comparing(Organisation::name))
        .toList();
  }

  // ---- the plan ----

  /** Plans an action. */
  @Transactional
  public JointAction plan(JointActionPlan plan, Actor by) {
    JointActionPlan p = checked(plan);
    if (!JointActionPolicy.mayPlanFor(p.lead(), p.organisations(), by)) {
      throw new AccessDeniedException("Actions are planned by the authorities taking part");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO operations.joint_action (id, title, lead, starts_at, ends_at, sector, site_type, municipality,
                area, address, briefing, notes, status, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)
            """)
        .params(
            id,
            p.title(),
            p.lead(),
            p.startsAt(),
            p.endsAt(),
            p.sector(),
            p.siteType().name(),
            p.municipality(),
            p.area(),
            p.address(),
            p.briefing().stream().map(Enum::name).toArray(String[]::new),
            p.notes(),
            by.user().value(),
            now())
        .update();
    members(id, p);
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return load(id);
  }

  /** Changes the plan of an action not yet held, read at {@code expectedVersion}. */
  @Transactional
  public JointAction change(UUID id, Long expectedVersion, JointActionPlan plan, Actor by) {
    JointAction action = visible(id, by);
    if (!JointActionPolicy.mayChangePlan(action, by)) {
      throw new AccessDeniedException("The plan is changed by the lead or the centre");
    }
    if (action.status() != JointActionStatus.PLANNED) {
      throw new ActionNotPlanned();
    }
    JointActionPlan p = checked(plan);
    if (!JointActionPolicy.mayPlanFor(p.lead(), p.organisations(), by)) {
      throw new InvalidInput("lead", "jointAction.leaveOwn");
    }
    long expected = expectedVersion == null ? action.version() : expectedVersion;
    int changed =
        jdbc.sql(
                """
                UPDATE operations.joint_action SET title = ?, lead = ?, starts_at = ?, ends_at = ?, sector = ?,
                    site_type = ?, municipality = ?, area = ?, address = ?, briefing = ?, notes = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND status = 'PLANNED'
                """)
            .params(
                p.title(),
                p.lead(),
                p.startsAt(),
                p.endsAt(),
                p.sector(),
                p.siteType().name(),
                p.municipality(),
                p.area(),
                p.address(),
                p.briefing().stream().map(Enum::name).toArray(String[]::new),
                p.notes(),
                id,
                expected)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
    jdbc.sql("DELETE FROM operations.joint_action_organisation WHERE action_id = ?")
        .param(id)
        .update();
    jdbc.sql("DELETE FROM operations.joint_action_participant WHERE action_id = ?")
        .param(id)
        .update();
    members(id, p);
    audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    return load(id);
  }

  /** Calls off an action that was not held; it stays in the calendar as cancelled. */
  @Transactional
  public JointAction cancel(UUID id, Actor by) {
    JointAction action = visible(id, by);
    if (!JointActionPolicy.mayChangePlan(action, by)) {
      throw new AccessDeniedException("An action is called off by the lead or the centre");
    }
    if (action.status() == JointActionStatus.HELD) {
      throw new ActionNotPlanned();
    }
    jdbc.sql(
            "UPDATE operations.joint_action SET status = 'CANCELLED', version = version + 1"
                + " WHERE id = ? AND status = 'PLANNED'")
        .param(id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "cancelled");
    return load(id);
  }

  // ---- reading ----

  /**
   * One action for someone who may know of it (to anyone else it does not exist); the address only
   * for a participant. The reading is audited, the address's separately.
   */
  @Transactional
  public JointAction find(UUID id, Actor by) {
    JointAction action = visible(id, by);
    boolean reveal = JointActionPolicy.mayRevealAddress(action, by) && action.address() != null;
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        reveal ? "address" : null);
    return reveal ? action : withoutAddress(action);
  }

  /**
   * The calendar: actions starting in a period (default: from a month ago to a year ahead), in
   * order of time; the centre sees every action, anyone else those their organisation takes part
   * in. Never an address, and without the day's record (its persons met only).
   */
  public List<JointAction> calendar(LocalDate from, LocalDate to, Actor by) {
    return calendar(from, to, 0, MAX_LIST, by).items();
  }

  /** A page of the calendar and how many actions the whole period holds. */
  public record CalendarPage(List<JointAction> items, int total) {}

  /**
   * One page of the calendar ({@code offset} and {@code limit} actions), with the period's total.
   */
  public CalendarPage calendar(LocalDate from, LocalDate to, int offset, int limit, Actor by) {
    LocalDate start = from == null ? today().minusMonths(1) : from;
    LocalDate end = to == null ? start.plusYears(1) : to;
    if (start.isAfter(end)) {
      throw new InvalidInput("from", "jointAction.periodOrder");
    }
    UUID scope = JointActionPolicy.seesAll(by) ? null : by.organisation().value();
    String select =
        "SELECT a.*, count(*) OVER () AS period_total,"
            + " (SELECT count(*) FROM operations.joint_action_referral r WHERE r.action_id = a.id)"
            + " AS referrals FROM operations.joint_action a WHERE a.starts_at >= ? AND a.starts_at < ?";
    var since = start.atStartOfDay(zone).toOffsetDateTime();
    var until = end.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    int[] total = {0};
    RowMapper<Row> mapper =
        (rs, n) -> {
          total[0] = rs.getInt("period_total");
          return row(rs);
        };
    int size = Math.max(1, Math.min(limit, MAX_LIST));
    int skip = Math.max(0, offset);
    List<Row> rows =
        scope == null
            ? jdbc.sql(select + " ORDER BY a.starts_at, a.id LIMIT ? OFFSET ?")
                .params(since, until, size, skip)
                .query(mapper)
                .list()
            : jdbc.sql(
                    select
                        + " AND (a.lead = ? OR EXISTS (SELECT 1 FROM operations.joint_action_organisation o"
                        + " WHERE o.action_id = a.id AND o.organisation = ?))"
                        + " ORDER BY a.starts_at, a.id LIMIT ? OFFSET ?")
                .params(since, until, scope, scope, size, skip)
                .query(mapper)
                .list();
    return new CalendarPage(
        assemble(rows, false).stream().map(JointActions::withoutAddress).toList(), total[0]);
  }

  // ---- the day ----

  /** Records (or corrects) the day's record; the action is then held. */
  @Transactional
  public JointAction record(UUID id, Long expectedVersion, JointActionRecord record, Actor by) {
    JointAction action = visible(id, by);
    if (!JointActionPolicy.mayRecord(action, by)) {
      throw new AccessDeniedException("The day is recorded by the participants");
    }
    if (action.status() == JointActionStatus.CANCELLED) {
      throw new ActionNotPlanned();
    }
    if (action.startsAt().atZoneSameInstant(zone).toLocalDate().isAfter(today())) {
      throw new InvalidInput("record", "jointAction.notYet");
    }
    JointActionRecord r = checked(record, action);
    long expected = expectedVersion == null ? action.version() : expectedVersion;
    int changed =
        jdbc.sql(
                """
                UPDATE operations.joint_action SET record = ?::jsonb, persons_met = ?, screenings = ?, interviews = ?,
                    declined = ?, status = 'HELD', recorded_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """)
            .params(
                json.writeValueAsString(r),
                r.personsMet(),
                r.screenings().size(),
                r.interviews(),
                r.declined(),
                now(),
                id,
                expected)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "record");
    events.publishEvent(
        new JointActionRecorded(
            id,
            action.startsAt().atZoneSameInstant(zone).toLocalDate(),
            organisations
                .find(new OrganisationId(action.lead()))
                .map(o -> o.type().name())
                .orElse("OTHER"),
            action.sector(),
            r.personsMet(),
            r.screenings().size(),
            r.interviews(),
            r.declined()));
    return withoutAddress(load(id));
  }

  /**
   * A person met on the action whom a participant refers: a referral draft of the participant's
   * organisation, channel joint action, prefilled with the date, the place and what was seen — for
   * the participant to complete and send.
   */
  @Transactional
  public UUID refer(UUID id, JointActionReferralDetails details, Actor by) {
    JointAction action = visible(id, by);
    if (!JointActionPolicy.mayRecord(action, by)) {
      throw new AccessDeniedException("Persons met are referred by the participants");
    }
    if (action.status() == JointActionStatus.CANCELLED) {
      throw new ActionNotPlanned();
    }
    JointActionReferralDetails d =
        details == null
            ? new JointActionReferralDetails(null, null, null, null, null, null, null, null)
            : details;
    ContactAge age = d.ageBand() == null ? ContactAge.UNKNOWN : d.ageBand();
    boolean child = age == ContactAge.UNDER_18;
    boolean consent = Boolean.TRUE.equals(d.consent());
    String account = Texts.optional("account", d.account(), 20_000);
    if (account != null && !child && !consent) {
      throw new InvalidInput("account", "jointAction.accountNeedsConsent");
    }
    String citizenship = citizenship("citizenship", d.citizenship());
    ReferralPath path =
        child ? ReferralPath.CHILD : consent ? ReferralPath.FULL : ReferralPath.ANONYMOUS;
    String place =
        action.area() == null
            ? action.municipality()
            : action.municipality() + ", " + action.area();
    ReferralDraft draft =
        new ReferralDraft(
            path,
            Channel.JOINT_ACTION,
            action.startsAt().atZoneSameInstant(zone).toLocalDate(),
            place,
            d.exploitation(),
            null,
            d.indicators(),
            account,
            Boolean.TRUE.equals(d.immediateDanger()),
            null,
            null,
            null,
            null,
            null,
            gender(d.sex()),
            null,
            citizenship == null ? List.of() : List.of(citizenship),
            path == ReferralPath.ANONYMOUS ? age.forReferral() : null,
            consent ? new Consent(true, false, false) : null,
            null);
    UUID referral = referrals.startDraft(draft, by).referralId().value();
    jdbc.sql(
            "INSERT INTO operations.joint_action_referral (action_id, referral_id, organisation, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(id, referral, by.organisation().value(), now())
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "referral");
    events.publishEvent(
        new JointActionReferred(
            id, referral, action.startsAt().atZoneSameInstant(zone).toLocalDate()));
    return referral;
  }

  /** A referral made on an action: which, by whom, when. */
  public record MadeReferral(
      UUID referral, UUID organisation, String organisationName, OffsetDateTime madeAt) {}

  /**
   * The referrals made on an action: a participant sees its own organisation's, the lead and the
   * centre every participant's.
   */
  public List<MadeReferral> referralsOf(UUID id, Actor by) {
    JointAction action = visible(id, by);
    boolean all = JointActionPolicy.seesAll(by) || action.lead().equals(by.organisation().value());
    Map<UUID, String> names = organisations.names();
    return jdbc.sql(
            "SELECT * FROM operations.joint_action_referral WHERE action_id = ?"
                + " AND (? OR organisation = ?) ORDER BY created_at, referral_id")
        .params(id, all, by.organisation().value())
        .query(
            (rs, n) -> {
              UUID organisation = rs.getObject("organisation", UUID.class);
              return new MadeReferral(
                  rs.getObject("referral_id", UUID.class),
                  organisation,
                  names.getOrDefault(organisation, ""),
                  rs.getObject("created_at", OffsetDateTime.class));
            })
        .list();
  }

  /** Every held action as the fact its record announced, for rebuilding the numbers. */
  @Transactional(readOnly = true)
  public void replayHeld(Consumer<JointActionRecorded> sink) {
    Map<UUID, String> types = new HashMap<>();
    organisations.all().forEach(o -> types.put(o.id(), o.type().name()));
    jdbc.sql(
            "SELECT id, lead, starts_at, sector, persons_met, screenings, interviews, declined"
                + " FROM operations.joint_action WHERE status = 'HELD' ORDER BY id")
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new JointActionRecorded(
                            rs.getObject("id", UUID.class),
                            rs.getObject("starts_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                            types.getOrDefault(rs.getObject("lead", UUID.class), "OTHER"),
                            rs.getString("sector"),
                            rs.getInt("persons_met"),
                            rs.getInt("screenings"),
                            rs.getInt("interviews"),
                            rs.getInt("declined"))));
  }

  /** Every referral made on an action, for rebuilding the numbers. */
  @Transactional(readOnly = true)
  public void replayReferred(Consumer<JointActionReferred> sink) {
    jdbc.sql(
            "SELECT r.referral_id, r.action_id, a.starts_at FROM operations.joint_action_referral r"
                + " JOIN operations.joint_action a ON a.id = r.action_id ORDER BY r.referral_id")
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new JointActionReferred(
                            rs.getObject("action_id", UUID.class),
                            rs.getObject("referral_id", UUID.class),
                            rs.getObject("starts_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate())));
  }

  /** The time zone the actions are planned in. */
  public ZoneId zone() {
    return zone;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  // ---- rules ----

  private JointActionPlan checked(JointActionPlan plan) {
    if (plan == null) {
      throw new InvalidInput("lead", "jointAction.leadRequired");
    }
    if (plan.lead() == null) {
      throw new InvalidInput("lead", "jointAction.leadRequired");
    }
    Organisation lead =
        organisations
            .find(new OrganisationId(plan.lead()))
            .orElseThrow(() -> new InvalidInput("lead", "jointAction.leadRequired"));
    if (!JointActionPolicy.LEADS.contains(lead.type())) {
      throw new InvalidInput("lead", "jointAction.notALead");
    }
    String title = Texts.optional("title", plan.title(), TEXT_LIMIT);
    if (title == null) {
      throw new InvalidInput("title", "validation.required");
    }
    if (plan.startsAt() == null) {
      throw new InvalidInput("startsAt", "validation.required");
    }
    if (plan.endsAt() != null && !plan.endsAt().isAfter(plan.startsAt())) {
      throw new InvalidInput("endsAt", "jointAction.endBeforeStart");
    }
    String sector = plan.sector() == null ? "" : plan.sector().strip().toUpperCase(Locale.ROOT);
    if (sector.length() != 1 || SECTIONS.indexOf(sector.charAt(0)) < 0) {
      throw new InvalidInput("sector", "jointAction.sectorUnknown");
    }
    if (plan.siteType() == null) {
      throw new InvalidInput("siteType", "validation.required");
    }
    String municipality = Texts.optional("municipality", plan.municipality(), TEXT_LIMIT);
    if (municipality == null) {
      throw new InvalidInput("municipality", "validation.required");
    }
    Set<UUID> known = new HashSet<>();
    organisations.all().forEach(o -> known.add(o.id()));
    Set<UUID> invited = new LinkedHashSet<>();
    for (UUID o : plan.organisations()) {
      if (o == null || !known.contains(o)) {
        throw new InvalidInput("organisations", "jointAction.organisationUnknown");
      }
      if (!o.equals(plan.lead())) {
        invited.add(o);
      }
    }
    Set<UUID> taking = new HashSet<>(invited);
    taking.add(plan.lead());
    Set<UUID> participants = new LinkedHashSet<>();
    for (UUID u : plan.participants()) {
      UserAccount user =
          u == null
              ? null
              : users
                  .find(new UserId(u))
                  .orElseThrow(
                      () -> new InvalidInput("participants", "jointAction.participantUnknown"));
      if (user == null) {
        throw new InvalidInput("participants", "jointAction.participantUnknown");
      }
      if (!taking.contains(user.organisation().value())) {
        throw new InvalidInput("participants", "jointAction.participantNotInvited");
      }
      participants.add(u);
    }
    return new JointActionPlan(
        title,
        plan.lead(),
        plan.startsAt(),
        plan.endsAt(),
        sector,
        plan.siteType(),
        municipality,
        Texts.optional("area", plan.area(), TEXT_LIMIT),
        Texts.optional("address", plan.address(), TEXT_LIMIT),
        List.copyOf(invited),
        List.copyOf(participants),
        plan.briefing().stream().filter(b -> b != null).distinct().sorted().toList(),
        Texts.optional("notes", plan.notes(), NOTES_LIMIT));
  }

  private JointActionRecord checked(JointActionRecord record, JointAction action) {
    JointActionRecord r =
        record == null ? new JointActionRecord(null, null, null, null, null, null) : record;
    List<MetGroup> met = new ArrayList<>();
    for (MetGroup g : r.met()) {
      if (g == null) {
        continue;
      }
      int people = g.people() == null ? 1 : g.people();
      if (people < 1 || people > MAX_PEOPLE) {
        throw new InvalidInput("met", "jointAction.peopleRange", MAX_PEOPLE);
      }
      met.add(
          new MetGroup(
              g.sex() == null ? Sex.UNKNOWN : g.sex(),
              g.ageBand() == null ? ContactAge.UNKNOWN : g.ageBand(),
              citizenship("met", g.citizenship()),
              people));
    }
    int personsMet = met.stream().mapToInt(MetGroup::people).sum();
    if (personsMet > 5_000) {
      throw new InvalidInput("met", "jointAction.peopleRange", MAX_PEOPLE);
    }
    List<Screening> screenings = new ArrayList<>();
    for (Screening s : r.screenings()) {
      List<String> seen =
          s == null ? List.of() : s.indicators().stream().distinct().sorted().toList();
      indicators.requireKnown(seen);
      screenings.add(new Screening(seen));
    }
    if (screenings.size() > personsMet) {
      throw new InvalidInput("screenings", "jointAction.moreThanMet");
    }
    int interviews = count("interviews", r.interviews());
    int declined = count("declined", r.declined());
    if (interviews > personsMet) {
      throw new InvalidInput("interviews", "jointAction.moreThanMet");
    }
    if (declined > personsMet) {
      throw new InvalidInput("declined", "jointAction.moreThanMet");
    }
    Map<UUID, Organisation> byId = new HashMap<>();
    organisations.all().forEach(o -> byId.put(o.id(), o));
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f == null) {
        continue;
      }
      if (f.organisation() == null || !action.invites(f.organisation())) {
        throw new InvalidInput("findings", "jointAction.notTakingPart");
      }
      Authority authority = Authority.of(byId.get(f.organisation()).type());
      for (FindingCode code : f.codes()) {
        if (code == null || code.authority() != authority) {
          throw new InvalidInput("findings", "jointAction.codeNotOfAuthority");
        }
      }
      String text = Texts.optional("findings", f.text(), NOTES_LIMIT);
      if (text == null && f.codes().isEmpty()) {
        throw new InvalidInput("findings", "jointAction.findingEmpty");
      }
      findings.add(
          new Finding(f.organisation(), f.codes().stream().distinct().sorted().toList(), text));
    }
    List<FollowUpTask> followUps = new ArrayList<>();
    for (FollowUpTask u : r.followUps()) {
      if (u == null) {
        continue;
      }
      if (u.organisation() == null || !action.invites(u.organisation())) {
        throw new InvalidInput("followUps", "jointAction.notTakingPart");
      }
      String task = Texts.optional("followUps", u.task(), TEXT_LIMIT);
      if (task == null) {
        throw new InvalidInput("followUps", "validation.required");
      }
      followUps.add(
          new FollowUpTask(u.organisation(), task, u.due(), Boolean.TRUE.equals(u.done())));
    }
    return new JointActionRecord(met, screenings, interviews, declined, findings, followUps);
  }

  private static int count(String field, Integer value) {
    int n = value == null ? 0 : value;
    if (n < 0 || n > 5_000) {
      throw new InvalidInput(field, "jointAction.countRange");
    }
    return n;
  }

  private static String citizenship(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!Countries.known(code)) {
      throw new InvalidInput(field, "jointAction.countryUnknown");
    }
    return code;
  }

  private static Gender gender(Sex sex) {
    if (sex == null) {
      return Gender.NonSpecifiedUnknown;
    }
    return switch (sex) {
      case FEMALE -> Gender.Feminine;
      case MALE -> Gender.Masculine;
      case OTHER -> Gender.NonConforming;
      case UNKNOWN -> Gender.NonSpecifiedUnknown;
    };
  }

  // ---- inside ----

  private void members(UUID id, JointActionPlan p) {
    for (UUID o : p.organisations()) {
      jdbc.sql(
              "INSERT INTO operations.joint_action_organisation (action_id, organisation) VALUES (?, ?)")
          .params(id, o)
          .update();
    }
    for (UUID u : p.participants()) {
      jdbc.sql("INSERT INTO operations.joint_action_participant (action_id, user_id) VALUES (?, ?)")
          .params(id, u)
          .update();
    }
  }

  /** The action for someone who may know of it, unaudited: for the report, which audits itself. */
  JointAction visibleTo(UUID id, Actor by) {
    return visible(id, by);
  }

  private JointAction visible(UUID id, Actor by) {
    JointAction action = load(id);
    if (!JointActionPolicy.mayRead(action, by)) {
      throw new NotFound(RESOURCE);
    }
    return action;
  }

  private JointAction load(UUID id) {
    List<Row> rows =
        jdbc.sql(
                "SELECT a.*, (SELECT count(*) FROM operations.joint_action_referral r WHERE r.action_id = a.id)"
                    + " AS referrals FROM operations.joint_action a WHERE a.id = ?")
            .param(id)
            .query((rs, n) -> row(rs))
            .list();
    if (rows.isEmpty()) {
      throw new NotFound(RESOURCE);
    }
    return assemble(rows).get(0);
  }

  /** One action as read, before its members are joined. */
  private record Row(
      UUID id,
      String title,
      UUID lead,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String sector,
      SiteType siteType,
      String municipality,
      String area,
      String address,
      List<BriefingItem> briefing,
      String notes,
      JointActionStatus status,
      String record,
      int personsMet,
      int referrals,
      long version) {}

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getObject("lead", UUID.class),
        rs.getObject("starts_at", OffsetDateTime.class),
        rs.getObject("ends_at", OffsetDateTime.class),
        rs.getString("sector"),
        SiteType.valueOf(rs.getString("site_type")),
        rs.getString("municipality"),
        rs.getString("area"),
        rs.getString("address"),
        strings(rs.getArray("briefing")).stream().map(BriefingItem::valueOf).toList(),
        rs.getString("notes"),
        JointActionStatus.valueOf(rs.getString("status")),
        rs.getString("record"),
        rs.getInt("persons_met"),
        rs.getInt("referrals"),
        rs.getLong("version"));
  }

  private List<JointAction> assemble(List<Row> rows) {
    return assemble(rows, true);
  }

  private List<JointAction> assemble(List<Row> rows, boolean withRecords) {
    if (rows.isEmpty()) {
      return List.of();
    }
    UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
    Map<UUID, List<UUID>> invited = new HashMap<>();
    jdbc.sql(
            "SELECT action_id, organisation FROM operations.joint_action_organisation"
                + " WHERE action_id = ANY(?) ORDER BY action_id, organisation")
        .param(ids)
        .query(
            rs -> {
              invited
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    Map<UUID, List<UUID>> named = new HashMap<>();
    jdbc.sql(
            "SELECT action_id, user_id FROM operations.joint_action_participant"
                + " WHERE action_id = ANY(?) ORDER BY action_id, user_id")
        .param(ids)
        .query(
            rs -> {
              named
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    Map<UUID, String> orgNames = organisations.names();
    Map<UUID, String> userNames = named.isEmpty() ? Map.of() : users.displayNames();
    List<JointAction> actions = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Member> orgs =
          invited.getOrDefault(r.id(), List.of()).stream()
              .map(o -> new Member(o, orgNames.getOrDefault(o, "")))
              .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
              .toList();
      List<Member> people =
          named.getOrDefault(r.id(), List.of()).stream()
              .map(u -> new Member(u, userNames.getOrDefault(u, "")))
              .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
              .toList();
      actions.add(
          new JointAction(
              r.id(),
              r.title(),
              r.lead(),
              orgNames.getOrDefault(r.lead(), ""),
              r.startsAt(),
              r.endsAt(),
              r.sector(),
              r.siteType(),
              r.municipality(),
              r.area(),
              r.address(),
              orgs,
              people,
              r.briefing(),
              r.notes(),
              r.status(),
              r.personsMet(),
              r.record() == null || !withRecords
                  ? null
                  : json.readValue(r.record(), JointActionRecord.class),
              r.referrals(),
              r.version()));
    }
    return actions;
  }

  static JointAction withoutAddress(JointAction a) {
    return new JointAction(
        a.id(),
        a.title(),
        a.lead(),
        a.leadName(),
        a.startsAt(),
        a.endsAt(),
        a.sector(),
        a.siteType(),
        a.municipality(),
        a.area(),
        null,
        a.organisations(),
        a.participants(),
        a.briefing(),
        a.notes(),
        a.status(),
        a.personsMet(),
        a.record(),
        a.referrals(),
        a.version());
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
  }
}
