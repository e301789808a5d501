package org.haven.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.haven.access.Actor;
import org.haven.access.Language;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.intake.AgeBand;
import org.haven.intake.CallerType;
import org.haven.intake.Channel;
import org.haven.intake.ChildServices;
import org.haven.intake.Consent;
import org.haven.intake.Exploitation;
import org.haven.intake.Hotline;
import org.haven.intake.Referral;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.springframework.stereotype.Component;

/**
 * Synthetic referrals and hotline calls for the demo: about 300 referrals over three years from the
 * demo senders, on all three paths, with names written in their own scripts; a fixed seed makes
 * every demo the same.
 */
@Component
class DemoReferrals {

  /** A first name, a family name, their citizenship, and the gender the names suggest. */
  record Name(String given, String family, String country, Gender gender) {}

  static final List<Name> NAMES =
      List.of(
          new Name("Ioana", "Munteanu", "RO", Gender.Feminine),
          new Name("Mihaela", "Stănescu", "RO", Gender.Feminine),
          new Name("Andreea", "Dumitrescu", "RO", Gender.Feminine),
          new Name("Blessing", "Okonkwo", "NG", Gender.Feminine),
          new Name("Chiamaka", "Eze", "NG", Gender.Feminine),
          new Name("Oluwaseun", "Adeyemi", "NG", Gender.Feminine),
          new Name("สมหญิง", "ใจดี", "TH", Gender.Feminine),
          new Name("วิไล", "ศรีสุข", "TH", Gender.Feminine),
          new Name("Lan", "Nguyễn Thị", "VN", Gender.Feminine),
          new Name("Minh", "Trần Văn", "VN", Gender.Masculine),
          new Name("Олена", "Коваленко", "UA", Gender.Feminine),
          new Name("Андрій", "Шевченко", "UA", Gender.Masculine),
          new Name("فاطمة", "بنعلي", "MA", Gender.Feminine),
          new Name("يوسف", "العلوي", "MA", Gender.Masculine),
          new Name("芳", "王", "CN", Gender.Feminine),
          new Name("伟", "李", "CN", Gender.Masculine),
          new Name("Maria", "Santos", "PH", Gender.Feminine),
          new Name("Jose", "Reyes", "PH", Gender.Masculine),
          new Name("Arben", "Hoxha", "AL", Gender.Masculine),
          new Name("Elira", "Krasniqi", "AL", Gender.Feminine),
          new Name("Gabriela", "Silva", "BR", Gender.Feminine),
          new Name("Kwame", "Mensah", "GH", Gender.Masculine));

  static final List<String> PLACES =
      List.of(
          "Copenhagen",
          "Aarhus",
          "Odense",
          "Aalborg",
          "Esbjerg",
          "Vejle",
          "Randers",
          "Kolding",
          "Herning");

  static final List<String> INDICATORS =
      List.of(
          "REC_DECEIVED_ABOUT_JOB",
          "CTL_NOT_FREE_TO_LEAVE",
          "CTL_PHONE_TAKEN",
          "WRK_EXCESSIVE_HOURS",
          "WRK_EARNINGS_TAKEN",
          "DOC_DOCUMENTS_WITHHELD",
          "DEBT_BONDAGE",
          "MOV_ESCORTED",
          "VIO_THREATS_TO_FAMILY");

  private final Referrals referrals;
  private final Hotline hotline;

  DemoReferrals(Referrals referrals, Hotline hotline) {
    this.referrals = referrals;
    this.hotline = hotline;
  }

  void generate(List<UserAccount> users, LocalDate today) {
    Random random = new Random(20261123L);
    List<Actor> senders =
        users.stream()
            .filter(
                u ->
                    u.roles().stream()
                        .anyMatch(
                            r ->
                                EnumSet.of(
                                        Role.NGO_WORKER,
                                        Role.POLICE_KEY_PERSON,
                                        Role.MUNICIPAL_CASEWORKER,
                                        Role.SHELTER_STAFF)
                                    .contains(r)))
            .map(DemoReferrals::actor)
            .toList();
    Actor centre =
        users.stream()
            .filter(u -> u.roles().contains(Role.CENTRE_CASEWORKER))
            .map(DemoReferrals::actor)
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < 300; i++) {
      Actor sender = senders.get(random.nextInt(senders.size()));
      LocalDate encounter = today.minusDays(random.nextInt(3 * 365));
      Referral referral = referrals.startDraft(draft(random, encounter, sender), sender);
      if (random.nextInt(20) == 0) {
        continue; // a few drafts stay drafts
      }
      referrals.submit(referral.referralId(), sender);
      int decision = random.nextInt(10);
      if (decision < 5) {
        referrals.accept(referral.referralId(), Optional.empty(), centre);
      } else if (decision == 5) {
        referrals.decline(
            referral.referralId(), "No indication of trafficking after a follow-up call.", centre);
      }
    }
    for (int i = 0; i < 120; i++) {
      Instant at =
          today
              .minusDays(1 + random.nextInt(3 * 365))
              .atTime(8 + random.nextInt(10), random.nextInt(60))
              .toInstant(ZoneOffset.UTC);
      CallerType type = CallerType.values()[random.nextInt(CallerType.values().length)];
      hotline.log(at, type, TOPICS.get(random.nextInt(TOPICS.size())), null, null, centre);
    }
  }

  static final List<String> TOPICS =
      List.of(
          "Person in custody after a raid on a massage clinic",
          "Neighbour worried about workers living in a garage",
          "Question about the reflection period",
          "Partner NGO asks for an identification interview",
          "Worried about a boy selling drugs at a station");

  private static ReferralDraft draft(Random random, LocalDate encounter, Actor sender) {
    Name name = NAMES.get(random.nextInt(NAMES.size()));
    int kind = random.nextInt(10);
    ReferralPath path =
        kind < 6 ? ReferralPath.FULL : kind < 9 ? ReferralPath.ANONYMOUS : ReferralPath.CHILD;
    Exploitation form =
        List.of(
                Exploitation.SexualExploitation,
                Exploitation.SexualExploitation,
                Exploitation.ForcedLabour,
                Exploitation.ForcedLabour,
                Exploitation.ForcedCriminality,
                Exploitation.ForcedBegging,
                Exploitation.Servitude)
            .get(random.nextInt(7));
    String industry =
        form == Exploitation.ForcedLabour
            ? List.of("A", "F", "I", "N", "T").get(random.nextInt(5))
            : null;
    List<String> indicators =
        List.of(
            INDICATORS.get(random.nextInt(INDICATORS.size())),
            INDICATORS.get(random.nextInt(INDICATORS.size())));
    Channel channel =
        sender.has(Role.POLICE_KEY_PERSON)
            ? Channel.POLICE
            : sender.has(Role.MUNICIPAL_CASEWORKER) ? Channel.MUNICIPALITY : Channel.NGO_OUTREACH;
    String place = PLACES.get(random.nextInt(PLACES.size()));
    boolean danger = random.nextInt(8) == 0;
    return switch (path) {
      case FULL ->
          new ReferralDraft(
              path,
              channel,
              encounter,
              place,
              List.of(form),
              industry,
              indicators,
              "Synthetic demo account: met during outreach, describes debt to a recruiter.",
              danger,
              null,
              name.given(),
              name.family(),
              null,
              null,
              name.gender(),
              Birth.year(encounter.getYear() - 19 - random.nextInt(25)),
              List.of(name.country()),
              null,
              new Consent(true, random.nextBoolean(), true),
              null);
      case ANONYMOUS ->
          new ReferralDraft(
              path,
              channel,
              encounter,
              place,
              List.of(form),
              industry,
              indicators,
              null,
              danger,
              null,
              null,
              null,
              null,
              null,
              name.gender(),
              null,
              List.of(name.country()),
              AgeBand.values()[random.nextInt(AgeBand.values().length)],
              Consent.none(),
              null);
      case CHILD ->
          new ReferralDraft(
              path,
              channel,
              encounter,
              place,
              List.of(Exploitation.ForcedCriminality),
              null,
              indicators,
              null,
              danger,
              null,
              name.given(),
              name.family(),
              null,
              null,
              name.gender(),
              Birth.estimated(
                  encounter.getYear() - 15 - random.nextInt(3), "appearance and own statement"),
              List.of(name.country()),
              null,
              Consent.none(),
              new ChildServices(
                  place + " Municipality",
                  "On-call social worker",
                  encounter.atStartOfDay().toInstant(ZoneOffset.UTC)));
    };
  }

  static Actor actor(UserAccount account) {
    return new Actor(
        account.userId(),
        new OrganisationId(account.organisation().value()),
        account.displayName(),
        account.roles(),
        account.language() == null ? Language.EN : account.language(),
        Instant.now());
  }
}
