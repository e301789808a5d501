package org.haven.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.haven.people.PersonId;
import org.junit.jupiter.api.Test;

/** The referral's life: every allowed transition, every refused one, and what each path needs. */
class ReferralTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final UUID ORG = UUID.randomUUID();
  static final UUID AUTHOR = UUID.randomUUID();
  static final UUID CENTRE_USER = UUID.randomUUID();

  static ReferralDraft full() {
    return new ReferralDraft(
        ReferralPath.FULL,
        Channel.NGO_OUTREACH,
        TODAY.minusDays(2),
        "Copenhagen",
        List.of(Exploitation.SexualExploitation),
        null,
        List.of(),
        "Met at the drop-in centre.",
        false,
        "ro",
        "Ioana",
        "Popescu",
        null,
        null,
        Gender.Feminine,
        Birth.year(1998),
        List.of("RO"),
        null,
        new Consent(true, false, true),
        null);
  }

  static ReferralDraft anonymous() {
    return new ReferralDraft(
        ReferralPath.ANONYMOUS,
        Channel.NGO_OUTREACH,
        TODAY.minusDays(1),
        "Aarhus",
        List.of(Exploitation.ForcedLabour),
        "F",
        List.of(),
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        Gender.Masculine,
        null,
        List.of("UA"),
        AgeBand.AGE_25_34,
        Consent.none(),
        null);
  }

  static ReferralDraft child(ChildServices services) {
    return new ReferralDraft(
        ReferralPath.CHILD,
        Channel.MUNICIPALITY,
        TODAY.minusDays(1),
        "Odense",
        List.of(Exploitation.ForcedCriminality),
        null,
        List.of(),
        null,
        true,
        "vi",
        "Minh",
        "Nguyen",
        null,
        null,
        Gender.Masculine,
        Birth.exact(LocalDate.of(2011, 3, 14)),
        List.of("VN"),
        null,
        Consent.none(),
        services);
  }

  static Referral draft(ReferralDraft draft) {
    return Referral.draft(draft, ORG, AUTHOR, NOW, TODAY, NOW.plusSeconds(3600));
  }

  @Test
  void aDraftIsSubmittedThenAccepted() {
    Referral referral = draft(full());
    assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
    referral.submit(NOW, TODAY);
    assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
    PersonId person = new PersonId(UUID.randomUUID());
    referral.accept(person, CENTRE_USER, NOW);
    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.person()).isEqualTo(person);
    assertThat(referral.pendingEvents())
        .containsExactly(
            new ReferralSubmitted(referral.referralId()),
            new ReferralAccepted(referral.referralId(), person));
  }

  @Test
  void aSubmittedReferralCanBeDeclinedWithAReasonOnly() {
    Referral referral = draft(full());
    referral.submit(NOW, TODAY);
    assertThatThrownBy(() -> referral.decline(" ", CENTRE_USER, NOW))
        .isInstanceOf(InvalidInput.class);
    referral.decline("Not trafficking: a labour dispute.", CENTRE_USER, NOW);
    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.declineReason()).isEqualTo("Not trafficking: a labour dispute.");
  }

  @Test
  void draftsAndSubmittedReferralsCanBeWithdrawnButNotDecidedOnes() {
    Referral draft = draft(full());
    draft.withdraw(NOW);
    assertThat(draft.status()).isEqualTo(ReferralStatus.WITHDRAWN);

    Referral submitted = draft(full());
    submitted.submit(NOW, TODAY);
    submitted.withdraw(NOW);
    assertThat(submitted.status()).isEqualTo(ReferralStatus.WITHDRAWN);

    Referral accepted = draft(full());
    accepted.submit(NOW, TODAY);
    accepted.accept(new PersonId(UUID.randomUUID()), CENTRE_USER, NOW);
    assertThatThrownBy(() -> accepted.withdraw(NOW)).isInstanceOf(Referral.WrongStatus.class);
  }

  @Test
  void refusedTransitions() {
    Referral draft = draft(full());
    assertThatThrownBy(() -> draft.accept(new PersonId(UUID.randomUUID()), CENTRE_USER, NOW))
        .isInstanceOf(Referral.WrongStatus.class);
    assertThatThrownBy(() -> draft.decline("x", CENTRE_USER, NOW))
        .isInstanceOf(Referral.WrongStatus.class);

    Referral submitted = draft(full());
    submitted.submit(NOW, TODAY);
    assertThatThrownBy(() -> submitted.submit(NOW, TODAY)).isInstanceOf(Referral.WrongStatus.class);
    assertThatThrownBy(() -> submitted.edit(full(), AUTHOR, NOW, TODAY, NOW))
        .isInstanceOf(Referral.WrongStatus.class);

    Referral declined = draft(full());
    declined.submit(NOW, TODAY);
    declined.decline("reason", CENTRE_USER, NOW);
    assertThatThrownBy(() -> declined.accept(new PersonId(UUID.randomUUID()), CENTRE_USER, NOW))
        .isInstanceOf(Referral.WrongStatus.class);
    assertThatThrownBy(() -> declined.withdraw(NOW)).isInstanceOf(Referral.WrongStatus.class);

    Referral withdrawn = draft(full());
    withdrawn.withdraw(NOW);
    assertThatThrownBy(() -> withdrawn.submit(NOW, TODAY)).isInstanceOf(Referral.WrongStatus.class);
  }

  @Test
  void anAdultIsReferredWithIdentityOnlyWithConsent() {
    ReferralDraft noConsent =
        new ReferralDraft(
            ReferralPath.FULL,
            Channel.POLICE,
            TODAY,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "Ana",
            "Ionescu",
            null,
            null,
            Gender.Feminine,
            Birth.year(1990),
            List.of("RO"),
            null,
            Consent.none(),
            null);
    Referral referral = draft(noConsent);
    assertThatThrownBy(() -> referral.submit(NOW, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("consent.toReferral"));
    assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
  }

  @Test
  void anAnonymousNotificationHoldsNoIdentityAndHidesItsAuthorOnceSent() {
    ReferralDraft withName =
        new ReferralDraft(
            ReferralPath.ANONYMOUS,
            Channel.NGO_OUTREACH,
            TODAY,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "Ana",
            null,
            null,
            null,
            null,
            null,
            null,
            AgeBand.AGE_18_24,
            null,
            null);
    assertThatThrownBy(() -> draft(withName))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("givenNames"));

    Referral referral = draft(anonymous());
    referral.submit(NOW, TODAY);
    assertThat(referral.givenNames()).isNull();
    assertThat(referral.sourceUser()).as("only the organisation is known").isNull();
    assertThatThrownBy(() -> referral.accept(new PersonId(UUID.randomUUID()), CENTRE_USER, NOW))
        .isInstanceOf(IllegalStateException.class);
    referral.accept(null, CENTRE_USER, NOW);
    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void anAnonymousNotificationCarriesNoConsentOfAnyKindAndIsNeverSharedWithThePolice() {
    for (Consent consent :
        List.of(
            new Consent(false, true, false),
            new Consent(true, false, false),
            new Consent(false, false, true))) {
      ReferralDraft a = anonymous();
      ReferralDraft withConsent =
          new ReferralDraft(
              a.path(),
              a.channel(),
              a.encounterDate(),
              a.encounterPlace(),
              a.exploitation(),
              a.forcedLabourIndustry(),
              a.indicators(),
              a.account(),
              a.immediateDanger(),
              a.interpreterLanguage(),
              a.givenNames(),
              a.familyName(),
              a.otherNames(),
              a.phone(),
              a.gender(),
              a.birth(),
              a.citizenships(),
              a.ageBand(),
              consent,
              a.childServices());
      assertThatThrownBy(() -> draft(withConsent))
          .as(consent.toString())
          .isInstanceOfSatisfying(
              InvalidInput.class, e -> assertThat(e.field()).isEqualTo("consent"));
    }
    Referral anonymous = draft(anonymous());
    anonymous.submit(NOW, TODAY);
    assertThat(anonymous.sharedWithPolice()).isFalse();

    ReferralDraft f = full();
    Referral consented =
        draft(
            new ReferralDraft(
                f.path(),
                f.channel(),
                f.encounterDate(),
                f.encounterPlace(),
                f.exploitation(),
                f.forcedLabourIndustry(),
                f.indicators(),
                f.account(),
                f.immediateDanger(),
                f.interpreterLanguage(),
                f.givenNames(),
                f.familyName(),
                f.otherNames(),
                f.phone(),
                f.gender(),
                f.birth(),
                f.citizenships(),
                f.ageBand(),
                new Consent(true, true, true),
                f.childServices()));
    assertThat(consented.sharedWithPolice()).isTrue();
    assertThat(draft(full()).sharedWithPolice()).as("no consent to the police").isFalse();
  }

  @Test
  void aChildIsReferredWithoutConsentButChildServicesMustBeInformed() {
    Referral missing = draft(child(null));
    assertThatThrownBy(() -> missing.submit(NOW, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).startsWith("childServices"));

    Referral referral =
        draft(
            child(
                new ChildServices(
                    "Odense Municipality", "M. Jensen, child services", NOW.minusSeconds(600))));
    referral.submit(NOW, TODAY);
    assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
    assertThat(referral.minor()).isEqualTo(Birth.Minor.YES);
  }

  @Test
  void aChildCannotBeReferredAsAnAdultNorAnAdultAsAChild() {
    ReferralDraft childAsAdult =
        new ReferralDraft(
            ReferralPath.FULL,
            Channel.POLICE,
            TODAY,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "Minh",
            "Nguyen",
            null,
            null,
            Gender.Masculine,
            Birth.exact(LocalDate.of(2012, 1, 1)),
            List.of("VN"),
            null,
            new Consent(true, false, false),
            null);
    assertThatThrownBy(() -> draft(childAsAdult).submit(NOW, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("referral.childPath"));

    ReferralDraft adultAsChild =
        new ReferralDraft(
            ReferralPath.CHILD,
            Channel.POLICE,
            TODAY,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "Ana",
            "Pop",
            null,
            null,
            Gender.Feminine,
            Birth.year(1980),
            List.of("RO"),
            null,
            null,
            new ChildServices("Copenhagen", "x", NOW.minusSeconds(60)));
    assertThatThrownBy(() -> draft(adultAsChild).submit(NOW, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("referral.notAChild"));
  }

  @Test
  void anUnknownAgeOnTheChildPathCountsAsAChild() {
    ReferralDraft unknownAge =
        new ReferralDraft(
            ReferralPath.CHILD,
            Channel.MUNICIPALITY,
            TODAY,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "Boy",
            null,
            null,
            null,
            Gender.Masculine,
            Birth.unknown(),
            List.of(),
            null,
            null,
            new ChildServices("Aarhus", "on-call worker", NOW.minusSeconds(60)));
    Referral referral = draft(unknownAge);
    referral.submit(NOW, TODAY);
    assertThat(referral.minor()).isEqualTo(Birth.Minor.YES);
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    ReferralDraft wrongEverywhere =
        new ReferralDraft(
            ReferralPath.ANONYMOUS,
            Channel.POLICE,
            TODAY.plusDays(3),
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "A",
            "B",
            null,
            null,
            null,
            null,
            List.of("RO", "BG"),
            null,
            Consent.none(),
            null);
    assertThatThrownBy(() -> draft(wrongEverywhere))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.all())
                    .extracting(InvalidInput::field)
                    .containsExactly("encounterDate", "givenNames", "familyName", "citizenships"));

    ReferralDraft incomplete =
        new ReferralDraft(
            ReferralPath.FULL,
            null,
            TODAY.minusDays(1),
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            Birth.year(1990),
            null,
            null,
            Consent.none(),
            null);
    Referral referral = draft(incomplete);
    assertThat(referral.missingForSending())
        .extracting(InvalidInput::field)
        .containsExactly("channel", "familyName", "consent.toReferral");
    assertThatThrownBy(() -> referral.submit(NOW, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.all())
                    .extracting(InvalidInput::field)
                    .containsExactly("channel", "familyName", "consent.toReferral"));
    assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
  }

  @Test
  void datesAndCodesAreChecked() {
    assertThatThrownBy(() -> draft(withEncounter(TODAY.plusDays(1))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("encounterDate"));
    ReferralDraft bornAfter =
        new ReferralDraft(
            ReferralPath.FULL,
            Channel.POLICE,
            LocalDate.of(2020, 1, 1),
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            "A",
            "B",
            null,
            null,
            null,
            Birth.exact(LocalDate.of(2021, 1, 1)),
            null,
            null,
            new Consent(true, false, false),
            null);
    assertThatThrownBy(() -> draft(bornAfter))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
    ReferralDraft badIndustry =
        new ReferralDraft(
            ReferralPath.ANONYMOUS,
            Channel.POLICE,
            TODAY,
            null,
            null,
            "Z",
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            AgeBand.ADULT_UNKNOWN,
            null,
            null);
    assertThatThrownBy(() -> draft(badIndustry))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("forcedLabourIndustry"));
    ReferralDraft longAccount =
        new ReferralDraft(
            ReferralPath.FULL,
            Channel.POLICE,
            TODAY,
            null,
            null,
            null,
            null,
            "x".repeat(10_001),
            false,
            null,
            "A",
            "B",
            null,
            null,
            null,
            null,
            null,
            null,
            new Consent(true, false, false),
            null);
    assertThatThrownBy(() -> draft(longAccount))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.arguments()).containsExactly(10_000));
  }

  @Test
  void consentRemembersWhoRecordedItAndWhen() {
    Referral referral = draft(full());
    assertThat(referral.consentRecordedBy()).isEqualTo(AUTHOR);
    assertThat(referral.consentRecordedAt()).isEqualTo(NOW);
  }

  private static ReferralDraft withEncounter(LocalDate date) {
    return new ReferralDraft(
        ReferralPath.ANONYMOUS,
        Channel.POLICE,
        date,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        AgeBand.ADULT_UNKNOWN,
        null,
        null);
  }
}
