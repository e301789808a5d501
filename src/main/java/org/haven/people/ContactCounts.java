package org.haven.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many distinct people the NGOs reached, without anyone naming them. Each NGO delivers its
 * anonymous outreach contacts of a year as keyed Bloom-filter encodings (made on its side with
 * {@code encode-persons}, ADR 0009). Encodings that meet at the "known" threshold are one person,
 * within an NGO and across NGOs (linked transitively), so a person met by three NGOs counts once.
 * The answer is counts only: in all, per NGO, shared with other NGOs, and how many of them the
 * centre also knows.
 */
@Service
public class ContactCounts {

  /** The most encodings one delivery takes. */
  static final int DELIVERY_LIMIT = 100_000;

  /** What one NGO delivered for a year. */
  public record Delivery(int year, int contacts) {}

  /**
   * The count for a year.
   *
   * @param contacts encodings delivered by all NGOs
   * @param distinct distinct people among them
   * @param knownToCentre distinct people among them the centre holds a record of
   */
  public record Count(
      int year,
      int contacts,
      int distinct,
      int organisations,
      int knownToCentre,
      List<ByOrganisation> byOrganisation) {}

  /**
   * One NGO's part.
   *
   * @param distinct distinct people among its contacts
   * @param sharedWithOthers of those, how many another NGO met too
   */
  public record ByOrganisation(
      UUID organisation, int contacts, int distinct, int sharedWithOthers) {}

  /**
   * The last count of a year, and whether the deliveries are still those it counted.
   *
   * @param current no NGO delivered for the year since
   */
  public record Counted(Count count, Instant countedAt, boolean current) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final AuditTrail audit;
  private final KnownCheck known;
  private final Clock clock;

  ContactCounts(
      JdbcClient jdbc, JdbcTemplate batches, AuditTrail audit, KnownCheck known, Clock clock) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.audit = audit;
    this.known = known;
    this.clock = clock;
  }

  /**
   * An NGO's anonymous contacts of {@code year}, as encodings; replaces what it delivered for that
   * year before. Every encoding is checked (a wrong one is named by its position) and nothing is
   * stored unless all are good. Audited with the number, never the encodings.
   */
  @Transactional
  public Delivery deliver(int year, List<String> encodings, Actor by) {
    if (!by.has(Role.NGO_WORKER)) {
      throw new AccessDeniedException("Outreach contacts are delivered by NGOs");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (year < 2000 || year > thisYear) {
      throw new InvalidInput("year", "contacts.year", "2000", Integer.toString(thisYear));
    }
    List<String> given = encodings == null ? List.of() : encodings;
    if (given.size() > DELIVERY_LIMIT) {
      throw new InvalidInput("encodings", "contacts.tooMany", DELIVERY_LIMIT);
    }
    List<byte[]> decoded = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      try {
        known.filter(given.get(i));
        decoded.add(Base64.getDecoder().decode(given.get(i).strip()));
      } catch (InvalidInput wrong) {
        throw new InvalidInput("encodings[" + i + "]", "known.encoding");
      }
    }
    UUID organisation = by.organisation().value();
    jdbc.sql("DELETE FROM people.contact_encoding WHERE organisation = ? AND year = ?")
        .params(organisation, year)
        .update();
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> rows = new ArrayList<>(decoded.size());
    for (int i = 0; i < decoded.size(); i++) {
      rows.add(new Object[] {organisation, year, i, decoded.get(i), now});
    }
    batches.batchUpdate(
        """
        INSERT INTO people.contact_encoding (organisation, year, position, bits, delivered_at)
        VALUES (?, ?, ?, ?, ?)
        """,
        rows);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        "OutreachContacts",
        Integer.toString(year),
        AuditOutcome.SUCCESS,
        decoded.size() + " encodings");
    return new Delivery(year, decoded.size());
  }

  /** The distinct people among all NGOs' contacts of {@code year}. The centre; audited. */
  @Transactional
  public Count count(int year, Actor by) {
    if (!mayCount(by)) {
      throw new AccessDeniedException("Counts of outreach contacts are the centre's");
    }
    String deliveries = deliveries(year);
    KnownCheck.Index index = new KnownCheck.Index();
    List<UUID> owners = new ArrayList<>();
    List<long[]> filters = new ArrayList<>();
    jdbc.sql(
            "SELECT organisation, bits FROM people.contact_encoding WHERE year = ? ORDER BY organisation, position")
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  UUID owner = rs.getObject("organisation", UUID.class);
                  // an encoding made under an earlier key is left out: it meets nothing now
                  known
                      .filter(rs.getBytes("bits"))
                      .ifPresent(
                          filter -> {
                            // each contact is its own entry (the index keeps one per id)
                            index.add(new UUID(0, filters.size()), filter);
                            owners.add(owner);
                            filters.add(filter);
                          });
                });
    int n = owners.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      int from = i;
      index.visit(
          filters.get(i),
          (j, answer, score) -> {
            if (j > from && answer == KnownCheck.Answer.known) {
              union(parent, from, j);
            }
          });
    }
    Map<Integer, Set<UUID>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new HashSet<>()).add(owners.get(i));
    }
    Set<Integer> knownGroups = new HashSet<>();
    Function<long[], KnownCheck.Answer> answering = known.answering();
    for (int i = 0; i < n; i++) {
      int group = find(parent, i);
      if (!knownGroups.contains(group)
          && answering.apply(filters.get(i)) == KnownCheck.Answer.known) {
        knownGroups.add(group);
      }
    }
    Map<UUID, int[]> parts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      parts.computeIfAbsent(owners.get(i), k -> new int[3])[0]++;
    }
    for (Set<UUID> group : members.values()) {
      for (UUID owner : group) {
        int[] part = parts.get(owner);
        part[1]++;
        if (group.size() > 1) {
          part[2]++;
        }
      }
    }
    List<ByOrganisation> byOrganisation = new ArrayList<>();
    parts.forEach((owner, p) -> byOrganisation.add(new ByOrganisation(owner, p[0], p[1], p[2])));
    audit.record(
        by.audit(),
        AuditAction.READ,
        "OutreachContacts",
        Integer.toString(year),
        AuditOutcome.SUCCESS,
        "distinct count");
    Count count =
        new Count(
            year, n, members.size(), parts.size(), knownGroups.size(), List.copyOf(byOrganisation));
    keep(count, deliveries);
    return count;
  }

  /**
   * Keeps the year's count in place of the last one (counting reads every encoding, so pages show
   * the kept one), with the state of the deliveries it was made from: in the database, so every
   * instance shows it and it survives a restart.
   */
  private void keep(Count count, String deliveries) {
    jdbc.sql("DELETE FROM people.contact_count WHERE year = ?").param(count.year()).update();
    jdbc.sql(
            """
            INSERT INTO people.contact_count (year, counted_at, deliveries, contacts, distinct_people,
                                              organisations, known_to_centre)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            count.year(),
            Timestamp.from(clock.instant()),
            deliveries,
            count.contacts(),
            count.distinct(),
            count.organisations(),
            count.knownToCentre())
        .update();
    for (ByOrganisation part : count.byOrganisation()) {
      jdbc.sql(
              """
              INSERT INTO people.contact_count_part (year, organisation, contacts, distinct_people,
                                                     shared_with_others)
              VALUES (?, ?, ?, ?, ?)
              """)
          .params(
              count.year(),
              part.organisation(),
              part.contacts(),
              part.distinct(),
              part.sharedWithOthers())
          .update();
    }
  }

  /**
   * The last count of {@code year}, if any, without counting again (which reads every encoding).
   * The centre; audited.
   */
  @Transactional
  public Optional<Counted> lastCount(int year, Actor by) {
    if (!mayCount(by)) {
      throw new AccessDeniedException("Counts of outreach contacts are the centre's");
    }
    List<ByOrganisation> parts =
        jdbc
            .sql(
                """
                SELECT organisation, contacts, distinct_people, shared_with_others
                FROM people.contact_count_part WHERE year = ?
                """)
            .param(year)
            .query(
                (rs, row) ->
                    new ByOrganisation(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
            .list()
            .stream()
            // in the order the count made them (Java's order of ids, not the database's)
            .sorted(Comparator.comparing(ByOrganisation::organisation))
            .toList();
    Optional<Counted> kept =
        jdbc.sql("SELECT * FROM people.contact_count WHERE year = ?")
            .param(year)
            .query(
                (rs, row) ->
                    new Counted(
                        new Count(
                            year,
                            rs.getInt("contacts"),
                            rs.getInt("distinct_people"),
                            rs.getInt("organisations"),
                            rs.getInt("known_to_centre"),
                            parts),
                        rs.getTimestamp("counted_at").toInstant(),
                        rs.getString("deliveries").equals(deliveries(year))))
            .optional();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    audit.record(
        by.audit(),
        AuditAction.READ,
        "OutreachContacts",
        Integer.toString(year),
        AuditOutcome.SUCCESS,
        "last distinct count");
    return kept;
  }

  /** Whether any NGO delivered contacts for {@code year} (a count of rows, not a read of them). */
  @Transactional(readOnly = true)
  public boolean delivered(int year) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM people.contact_encoding WHERE year = ?)")
        .param(year)
        .query(Boolean.class)
        .single();
  }

  /** How many encodings the actor's NGO delivered for {@code year}; zero when none. */
  @Transactional(readOnly = true)
  public int deliveredBy(int year, Actor by) {
    return jdbc.sql(
            "SELECT count(*) FROM people.contact_encoding WHERE year = ? AND organisation = ?")
        .params(year, by.organisation().value())
        .query(Integer.class)
        .single();
  }

  /** The state of a year's deliveries: how many encodings, delivered last when. */
  private String deliveries(int year) {
    return jdbc.sql(
            "SELECT count(*) || '/' || coalesce(max(delivered_at)::text, '') FROM people.contact_encoding WHERE year = ?")
        .param(year)
        .query(String.class)
        .single();
  }

  /** Whether the actor may read the counts: the centre's analysts, administrators, caseworkers. */
  public static boolean mayCount(Actor actor) {
    return actor.has(Role.CENTRE_ANALYST)
        || actor.has(Role.ADMINISTRATOR)
        || actor.has(Role.CENTRE_CASEWORKER);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
