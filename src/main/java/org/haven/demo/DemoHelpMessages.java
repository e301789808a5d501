package org.haven.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.information.ContactForm;
import org.haven.information.ContactMessage;
import org.haven.information.ContactMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A year of anonymous messages from the public help pages in the demo: a few a week in the
 * languages the centre meets most, some asking to be called back, a few in danger; those of the
 * last week still open in the hotline's queue. Fixed seed: the same every run.
 */
@Component
class DemoHelpMessages {

  private static final Logger log = LoggerFactory.getLogger(DemoHelpMessages.class);
  private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  /** Short messages as senders write them, in their language. */
  private record Sample(String language, String phone, String text) {}

  private static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "ro",
              "+40 721 555 014",
              "Lucrez pe un șantier. Nu am primit bani de trei luni și șeful are pașaportul meu."),
          new Sample(
              "ro", null, "Prietena mea lucrează într-un salon și nu are voie să iasă singură."),
          new Sample(
              "bg",
              "+359 88 555 0123",
              "Работя в оранжерия. Дължа пари за пътя и дългът расте всеки месец."),
          new Sample(
              "uk",
              null,
              "Мене змушують працювати по 14 годин. Житло дуже погане, документи забрали."),
          new Sample(
              "pl",
              "+48 512 555 019",
              "Pracuję w magazynie. Szef mówi, że jak odejdę, to zadzwoni na policję."),
          new Sample("lt", null, "Dirbu ūkyje. Mums nemoka atlyginimo, sako kad skola už kelionę."),
          new Sample("th", "+66 81 555 0147", "ฉันทำงานในร้านนวด ไม่ได้รับเงิน และออกไปไหนไม่ได้"),
          new Sample(
              "vi", null, "Em làm ở tiệm nail. Chủ giữ hộ chiếu của em và em không được ra ngoài."),
          new Sample("zh", "+86 139 5550 1234", "我在餐馆工作，老板拿走了我的护照，不给工资。"),
          new Sample(
              "es",
              null,
              "Trabajo en la limpieza de noche. Me quitan casi todo el sueldo por la vivienda."),
          new Sample(
              "en",
              "+234 803 555 0192",
              "I was promised work in a hotel. Now I must pay a big debt and I cannot leave the flat."),
          new Sample("ar", null, "أعمل في مطبخ مطعم. لا أحصل على أجر وأخاف من صاحب العمل."),
          new Sample(
              "tl",
              "+63 917 555 0164",
              "Nagtatrabaho ako bilang kasambahay. Kinuha ang pasaporte ko at hindi ako pinapalabas."),
          new Sample(
              "pt",
              null,
              "Trabalho numa quinta. Dormimos num contentor e não nos pagam o que foi prometido."),
          new Sample(
              "ru",
              "+7 916 555 0175",
              "Нас привезли работать на стройку. Денег не платят, паспорта у бригадира."),
          new Sample(
              "da",
              null,
              "Jeg har set en ung kvinde, der bliver hentet og bragt til arbejde hver dag. Hun virker bange."));

  private final ContactMessages messages;

  DemoHelpMessages(ContactMessages messages) {
    this.messages = messages;
  }

  void generate(List<UserAccount> users, LocalDate today) {
    Actor centre =
        users.stream()
            .filter(u -> u.roles().contains(Role.CENTRE_CASEWORKER))
            .findFirst()
            .map(DemoReferrals::actor)
            .orElse(null);
    Random random = new Random(19);
    int kept = 0;
    for (LocalDate day = today.minusDays(364); !day.isAfter(today); day = day.plusDays(1)) {
      if (random.nextInt(7) >= 2) {
        continue; // about two a week
      }
      Sample sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
      boolean danger = random.nextInt(12) == 0;
      LocalTime time = LocalTime.of(8 + random.nextInt(14), random.nextInt(60));
      Instant at = day.atTime(time).atZone(ZONE).toInstant();
      if (at.isAfter(Instant.now())) {
        at = Instant.now().minusSeconds(600);
      }
      ContactMessage message =
          messages.receive(
              new ContactForm(
                  sample.language(),
                  sample.phone() == null ? "WILL_CALL" : "PHONE",
                  sample.phone(),
                  sample.text(),
                  danger ? "yes" : "no"),
              at);
      if (centre != null && day.isBefore(today.minusDays(6))) {
        messages.handle(message.id(), centre); // answered; the last week's wait in the queue
      }
      kept++;
    }
    log.info("Demo: {} messages from the help pages", kept);
  }
}
