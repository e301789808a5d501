package org.haven.information;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for the help pages' content. Readers get the published texts, rendered once per change
 * of the content and kept in memory; the centre's editors see every translation's state, and change
 * a working text, send it for review and publish it. Publishing needs a named reviewer (and for a
 * translation a named translator); publishing a new source text makes every translation made from
 * the old one stale until it is published again.
 */
@Service
public class HelpContent {

  static final String RESOURCE = "HelpPage";
  static final int NAME_LIMIT = 120;

  /** How long a reader may see the previous texts after a change (another instance's change). */
  private static final long VERSION_CHECK_MILLIS = 1_000;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final String emergencyNumber;
  private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), 0);

  HelpContent(
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      @Value("${haven.information.emergency-number:112}") String emergencyNumber) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.emergencyNumber = emergencyNumber;
  }

  /** The emergency number the pages name. */
  public String emergencyNumber() {
    return emergencyNumber;
  }

  /**
   * The published pages in a language, in their order, each in that language or, where no reviewed
   * translation exists, in its source language. Public: no one is named.
   */
  public List<HelpPageText> pages(HelpLanguage language) {
    return current().pages().getOrDefault(language, List.of());
  }

  /** One published page, if it exists. */
  public Optional<HelpPageText> page(HelpLanguage language, String slug) {
    return pages(language).stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** A number that changes whenever a page's content changes (for caches and ETags). */
  public long version() {
    return current().version();
  }

  /** Every page with the state of each language's translation, for the centre. */
  @Transactional(readOnly = true)
  public List<PageOverview> overview(Actor by) {
    requireEditor(by);
    Map<String, Map<HelpLanguage, PageOverview.State>> states = new HashMap<>();
    Map<String, String> sourceTitles = new HashMap<>();
    jdbc.sql(
            """
            SELECT t.slug, t.language, t.status, t.title, t.published_revision, p.source_revision,
                   p.source_language
            FROM information.translation t JOIN information.page p ON p.slug = t.slug
            """)
        .query(
            rs -> {
              Optional<HelpLanguage> language = HelpLanguage.of(rs.getString("language"));
              if (language.isEmpty()) {
                return;
              }
              String slug = rs.getString("slug");
              if (rs.getString("language").equals(rs.getString("source_language"))) {
                sourceTitles.put(slug, rs.getString("title"));
              }
              Integer published = (Integer) rs.getObject("published_revision");
              PageOverview.State state =
                  published != null && published < rs.getInt("source_revision")
                      ? PageOverview.State.STALE
                      : PageOverview.State.valueOf(rs.getString("status"));
              states
                  .computeIfAbsent(slug, s -> new EnumMap<>(HelpLanguage.class))
                  .put(language.get(), state);
            });
    return jdbc.sql(
            "SELECT slug, position, source_language FROM information.page ORDER BY position, slug")
        .query(
            (rs, row) -> {
              String slug = rs.getString("slug");
              Map<HelpLanguage, PageOverview.State> byLanguage = new EnumMap<>(HelpLanguage.class);
              for (HelpLanguage language : HelpLanguage.values()) {
                byLanguage.put(
                    language,
                    states
                        .getOrDefault(slug, Map.of())
                        .getOrDefault(language, PageOverview.State.MISSING));
              }
              return new PageOverview(
                  slug,
                  rs.getInt("position"),
                  HelpLanguage.of(rs.getString("source_language")).orElse(HelpLanguage.EN),
                  sourceTitles.getOrDefault(slug, slug),
                  byLanguage);
            })
        .list();
  }

  /** One translation's working text and state (empty when none exists yet), for the centre. */
  @Transactional(readOnly = true)
  public Optional<Translation> translation(String slug, HelpLanguage language, Actor by) {
    requireEditor(by);
    requirePage(slug);
    return find(slug, language);
  }

  /**
   * Saves a working text with its status; publishing puts it on the public pages. {@code
   * expectedVersion} is the version the editor read (0 for a translation not yet written).
   */
  @Transactional
  public Translation save(
      String slug, HelpLanguage language, TranslationEdit edit, long expectedVersion, Actor by) {
    requireEditor(by);
    Page page = requirePage(slug);
    boolean source = page.sourceLanguage() == language;
    InvalidInput.Gathered errors = new InvalidInput.Gathered();
    HelpMarkdown.check(edit.title(), edit.body(), errors);
    String translator = name(edit.translator(), "translator", errors);
    String reviewer = name(edit.reviewer(), "reviewer", errors);
    if (edit.status() == null) {
      errors.add("status", "validation.required");
    } else if (edit.status() == TranslationStatus.PUBLISHED) {
      if (reviewer == null) {
        errors.add("reviewer", "information.reviewerNeeded");
      }
      if (!source && translator == null) {
        errors.add("translator", "information.translatorNeeded");
      }
      if (translator != null && reviewer != null && translator.equalsIgnoreCase(reviewer)) {
        errors.add("reviewer", "information.sameReviewer");
      }
    }
    errors.done();
    Optional<Translation> before = find(slug, language);
    long current = before.map(Translation::version).orElse(0L);
    if (current != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    Instant now = clock.instant();
    String title = edit.title().strip();
    String body = edit.body().strip();
    if (before.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO information.translation (slug, language, title, body, status, translator, reviewer,
                                                   version, updated_at, updated_by)
              VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
              """)
          .params(
              slug,
              language.code(),
              title,
              body,
              edit.status().name(),
              translator,
              reviewer,
              Timestamp.from(now),
              by.user().value())
          .update();
    } else {
      int changed =
          jdbc.sql(
                  """
                  UPDATE information.translation
                  SET title = ?, body = ?, status = ?, translator = ?, reviewer = ?, version = version + 1,
                      updated_at = ?, updated_by = ?
                  WHERE slug = ? AND language = ? AND version = ?
                  """)
              .params(
                  title,
                  body,
                  edit.status().name(),
                  translator,
                  reviewer,
                  Timestamp.from(now),
                  by.user().value(),
                  slug,
                  language.code(),
                  expectedVersion)
              .update();
      if (changed == 0) {
        throw new StaleVersion(RESOURCE);
      }
    }
    if (edit.status() == TranslationStatus.PUBLISHED) {
      publish(page, language, source, title, body, now);
    }
    audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, slug + "/" + language.code());
    snapshot = new Snapshot(-1, Map.of(), 0);
    return find(slug, language).orElseThrow();
  }

  private void publish(
      Page page, HelpLanguage language, boolean source, String title, String body, Instant now) {
    int revision = page.sourceRevision();
    if (source) {
      Boolean changedText =
          jdbc.sql(
                  """
                  SELECT published_title IS DISTINCT FROM ? OR published_body IS DISTINCT FROM ?
                  FROM information.translation WHERE slug = ? AND language = ?
                  """)
              .params(title, body, page.slug(), language.code())
              .query(Boolean.class)
              .single();
      if (changedText) {
        revision =
            jdbc.sql(
                    "UPDATE information.page SET source_revision = source_revision + 1 WHERE slug = ? RETURNING source_revision")
                .param(page.slug())
                .query(Integer.class)
                .single();
      }
    }
    jdbc.sql(
            """
            UPDATE information.translation
            SET published_title = title, published_body = body, published_revision = ?, published_at = ?
            WHERE slug = ? AND language = ?
            """)
        .params(revision, Timestamp.from(now), page.slug(), language.code())
        .update();
  }

  private Optional<Translation> find(String slug, HelpLanguage language) {
    return jdbc.sql(
            """
            SELECT t.*, p.source_language, p.source_revision FROM information.translation t
            JOIN information.page p ON p.slug = t.slug WHERE t.slug = ? AND t.language = ?
            """)
        .params(slug, language.code())
        .query(
            (rs, row) -> {
              Integer published = (Integer) rs.getObject("published_revision");
              return new Translation(
                  slug,
                  language,
                  language.code().equals(rs.getString("source_language")),
                  rs.getString("title"),
                  rs.getString("body"),
                  TranslationStatus.valueOf(rs.getString("status")),
                  rs.getString("translator"),
                  rs.getString("reviewer"),
                  published != null,
                  published != null && published < rs.getInt("source_revision"),
                  published != null && rs.getObject("updated_by") == null,
                  rs.getLong("version"),
                  rs.getObject("updated_at", OffsetDateTime.class).toInstant());
            })
        .optional();
  }

  private Page requirePage(String slug) {
    return jdbc.sql(
            "SELECT slug, source_language, source_revision FROM information.page WHERE slug = ?")
        .param(slug)
        .query(
            (rs, row) ->
                new Page(
                    rs.getString("slug"),
                    HelpLanguage.of(rs.getString("source_language")).orElse(HelpLanguage.EN),
                    rs.getInt("source_revision")))
        .optional()
        .orElseThrow(() -> new NotFound("HelpPage"));
  }

  private static String name(String value, String field, InvalidInput.Gathered errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > NAME_LIMIT) {
      errors.add(field, "validation.tooLong", NAME_LIMIT);
      return null;
    }
    return value.strip();
  }

  private static void requireEditor(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The help pages are kept by the centre");
    }
  }

  private Snapshot current() {
    Snapshot known = snapshot;
    long now = System.currentTimeMillis();
    if (known.version() >= 0 && now - known.checkedAt() < VERSION_CHECK_MILLIS) {
      return known;
    }
    long version =
        jdbc.sql("SELECT version FROM information.content_version WHERE id = 1")
            .query(Long.class)
            .single();
    if (version == known.version()) {
      snapshot = new Snapshot(version, known.pages(), now);
      return snapshot;
    }
    Snapshot fresh = new Snapshot(version, render(), now);
    snapshot = fresh;
    return fresh;
  }

  /** Every language's published pages, rendered. */
  private Map<HelpLanguage, List<HelpPageText>> render() {
    record Row(String slug, int position, HelpLanguage source, int sourceRevision) {}
    record Text(String title, String body, int revision) {}
    Map<String, Map<HelpLanguage, Text>> texts = new HashMap<>();
    jdbc.sql(
            """
            SELECT slug, language, published_title, published_body, published_revision
            FROM information.translation WHERE published_body IS NOT NULL
            """)
        .query(
            rs -> {
              Optional<HelpLanguage> language = HelpLanguage.of(rs.getString("language"));
              if (language.isPresent()) {
                texts
                    .computeIfAbsent(rs.getString("slug"), s -> new EnumMap<>(HelpLanguage.class))
                    .put(
                        language.get(),
                        new Text(
                            rs.getString("published_title"),
                            rs.getString("published_body"),
                            rs.getInt("published_revision")));
              }
            });
    List<Row> pages =
        jdbc.sql("SELECT slug, position, source_language, source_revision FROM information.page")
            .query(
                (rs, row) ->
                    new Row(
                        rs.getString("slug"),
                        rs.getInt("position"),
                        HelpLanguage.of(rs.getString("source_language")).orElse(HelpLanguage.EN),
                        rs.getInt("source_revision")))
            .list();
    Map<HelpLanguage, List<HelpPageText>> byLanguage = new EnumMap<>(HelpLanguage.class);
    Map<String, String> rendered = new HashMap<>();
    for (HelpLanguage language : HelpLanguage.values()) {
      List<HelpPageText> list = new ArrayList<>();
      for (Row page : pages) {
        Map<HelpLanguage, Text> forPage = texts.getOrDefault(page.slug(), Map.of());
        Text own = forPage.get(language);
        Text source = forPage.get(page.source());
        Text shown = own != null ? own : source;
        if (shown == null) {
          continue; // nothing published yet, not even in the source language
        }
        HelpLanguage shownIn = own != null ? language : page.source();
        boolean stale =
            own == null || (language != page.source() && own.revision() < page.sourceRevision());
        String html =
            rendered.computeIfAbsent(
                shownIn.code() + "/" + page.slug(),
                k -> HelpMarkdown.html(shown.body(), HelpTexts.isolated(shownIn, emergencyNumber)));
        list.add(
            new HelpPageText(
                page.slug(),
                page.position(),
                language,
                shownIn,
                page.source(),
                shown.title(),
                html,
                stale));
      }
      list.sort(Comparator.comparingInt(HelpPageText::position).thenComparing(HelpPageText::slug));
      byLanguage.put(language, List.copyOf(list));
    }
    return byLanguage;
  }

  /** Loads the starter pages (first run): each page in every language found, published. */
  @Transactional
  void loadStarter(List<StarterContent.Page> pages) {
    Instant now = clock.instant();
    for (StarterContent.Page page : pages) {
      jdbc.sql(
              """
              INSERT INTO information.page (slug, position, source_language) VALUES (?, ?, ?)
              ON CONFLICT (slug) DO NOTHING
              """)
          .params(page.slug(), page.position(), HelpLanguage.EN.code())
          .update();
      for (var text : page.texts().entrySet()) {
        jdbc.sql(
                """
                INSERT INTO information.translation (slug, language, title, body, status, translator,
                    published_title, published_body, published_revision, published_at, version, updated_at)
                VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 1, ?, 1, ?)
                ON CONFLICT (slug, language) DO NOTHING
                """)
            .params(
                page.slug(),
                text.getKey().code(),
                text.getValue().title(),
                text.getValue().body(),
                StarterContent.TRANSLATOR,
                text.getValue().title(),
                text.getValue().body(),
                Timestamp.from(now),
                Timestamp.from(now))
            .update();
      }
    }
    snapshot = new Snapshot(-1, Map.of(), 0);
  }

  private record Page(String slug, HelpLanguage sourceLanguage, int sourceRevision) {}

  private record Snapshot(
      long version, Map<HelpLanguage, List<HelpPageText>> pages, long checkedAt) {}
}
