package org.haven.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The help pages' rules, on a page of this test's own: publishing needs a reviewer (and a
 * translator who is someone else), a draft never replaces the public text, a new source text makes
 * every translation stale until it is published again, and only the centre edits.
 */
@HavenTest
class HelpContentTest {

  @Autowired HelpContent content;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  String slug;
  Actor centre;

  @BeforeEach
  void aPageOfItsOwn() {
    slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("INSERT INTO information.page (slug, position, source_language) VALUES (?, 900, 'en')")
        .param(slug)
        .update();
    centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
  }

  TranslationEdit edit(String title, TranslationStatus status, String translator, String reviewer) {
    return new TranslationEdit(
        title, "Text of " + title + ".\n\n- one\n- two", status, translator, reviewer);
  }

  @Test
  void publishingNeedsAReviewerAndForATranslationATranslatorWhoIsSomeoneElse() {
    assertThatThrownBy(
            () ->
                content.save(
                    slug,
                    HelpLanguage.EN,
                    edit("Source", TranslationStatus.PUBLISHED, null, null),
                    0,
                    centre))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reviewer"));
    Translation source =
        content.save(
            slug,
            HelpLanguage.EN,
            edit("Source", TranslationStatus.PUBLISHED, null, "Editor A"),
            0,
            centre);
    assertThat(source.published()).isTrue();
    assertThat(source.source()).isTrue();

    assertThatThrownBy(
            () ->
                content.save(
                    slug,
                    HelpLanguage.RO,
                    edit("Sursa", TranslationStatus.PUBLISHED, null, "Reviewer B"),
                    0,
                    centre))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("translator"));
    assertThatThrownBy(
            () ->
                content.save(
                    slug,
                    HelpLanguage.RO,
                    edit("Sursa", TranslationStatus.PUBLISHED, "Ana", "ana"),
                    0,
                    centre))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("information.sameReviewer"));
    assertThat(content.translation(slug, HelpLanguage.RO, centre)).isEmpty();
  }

  @Test
  void aDraftNeverReplacesThePublicTextAndReadersWithoutATranslationReadTheSource() {
    Translation source =
        content.save(
            slug,
            HelpLanguage.EN,
            edit("Source", TranslationStatus.PUBLISHED, null, "Editor A"),
            0,
            centre);
    HelpPageText thai = content.page(HelpLanguage.TH, slug).orElseThrow();
    assertThat(thai.shownIn()).isEqualTo(HelpLanguage.EN);
    assertThat(thai.stale()).isTrue();

    content.save(
        slug,
        HelpLanguage.EN,
        edit("Draft", TranslationStatus.DRAFT, null, null),
        source.version(),
        centre);
    assertThat(content.page(HelpLanguage.EN, slug).orElseThrow().title()).isEqualTo("Source");
  }

  @Test
  void aNewSourceTextMakesTheTranslationsStaleUntilPublishedAgain() {
    Translation source =
        content.save(
            slug,
            HelpLanguage.EN,
            edit("Source", TranslationStatus.PUBLISHED, null, "Editor A"),
            0,
            centre);
    Translation romanian =
        content.save(
            slug,
            HelpLanguage.RO,
            edit("Sursa", TranslationStatus.PUBLISHED, "Ana", "Bogdan"),
            0,
            centre);
    HelpPageText before = content.page(HelpLanguage.RO, slug).orElseThrow();
    assertThat(before.stale()).isFalse();
    assertThat(before.shownIn()).isEqualTo(HelpLanguage.RO);

    // publishing the same source text again changes nothing for the translations
    source =
        content.save(
            slug,
            HelpLanguage.EN,
            edit("Source", TranslationStatus.PUBLISHED, null, "Editor A"),
            source.version(),
            centre);
    assertThat(content.page(HelpLanguage.RO, slug).orElseThrow().stale()).isFalse();

    content.save(
        slug,
        HelpLanguage.EN,
        edit("Source, new", TranslationStatus.PUBLISHED, null, "Editor A"),
        source.version(),
        centre);
    HelpPageText stale = content.page(HelpLanguage.RO, slug).orElseThrow();
    assertThat(stale.stale()).isTrue();
    assertThat(stale.shownIn()).isEqualTo(HelpLanguage.RO);
    assertThat(stale.title()).isEqualTo("Sursa");
    assertThat(content.translation(slug, HelpLanguage.RO, centre).orElseThrow().stale()).isTrue();
    assertThat(
            content.overview(centre).stream()
                .filter(p -> p.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .translations()
                .get(HelpLanguage.RO))
        .isEqualTo(PageOverview.State.STALE);

    content.save(
        slug,
        HelpLanguage.RO,
        edit("Sursa, nou", TranslationStatus.PUBLISHED, "Ana", "Bogdan"),
        romanian.version(),
        centre);
    assertThat(content.page(HelpLanguage.RO, slug).orElseThrow().stale()).isFalse();
  }

  @Test
  void twoEditorsCannotOverwriteEachOtherUnseenAndOnlyTheCentreEdits() {
    Translation first =
        content.save(
            slug, HelpLanguage.EN, edit("One", TranslationStatus.DRAFT, null, null), 0, centre);
    content.save(
        slug,
        HelpLanguage.EN,
        edit("Two", TranslationStatus.DRAFT, null, null),
        first.version(),
        centre);
    assertThatThrownBy(
            () ->
                content.save(
                    slug,
                    HelpLanguage.EN,
                    edit("Three", TranslationStatus.DRAFT, null, null),
                    first.version(),
                    centre))
        .isInstanceOf(StaleVersion.class);
    Actor ngo = fixtures.user(Role.NGO_WORKER).actor();
    assertThatThrownBy(() -> content.overview(ngo)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                content.save(
                    slug,
                    HelpLanguage.EN,
                    edit("Mine", TranslationStatus.DRAFT, null, null),
                    2,
                    ngo))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'HelpPage' AND resource_id = ?")
                .param(slug + "/en")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
