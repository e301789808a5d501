package org.haven.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.intake.Exploitation;
import org.haven.outreach.Activity;
import org.haven.outreach.ActivityDetails;
import org.haven.outreach.ActivityType;
import org.haven.outreach.Contact;
import org.haven.outreach.ContactAge;
import org.haven.outreach.ContactDetails;
import org.haven.outreach.ContactService;
import org.haven.outreach.Outreach;
import org.haven.outreach.Sex;
import org.haven.outreach.Suspicion;
import org.haven.outreach.Venue;
import org.haven.outreach.VenueDetails;
import org.haven.outreach.VenueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A year of the demo NGO's outreach: mobile health visits to massage clinics, street work and
 * online outreach every week, anonymous contacts with what they were given, some met again under an
 * agreed code, and a few suspicions that became referral drafts. Fixed seed: the same every run.
 */
@Component
class DemoOutreach {

  private static final Logger log = LoggerFactory.getLogger(DemoOutreach.class);
  private static final List<String> CITIZENSHIPS =
      List.of("RO", "RO", "NG", "TH", "TH", "BG", "VN", "CN", "UA", "DK", "BR", "PH");

  private final Outreach outreach;

  DemoOutreach(Outreach outreach) {
    this.outreach = outreach;
  }

  void generate(List<UserAccount> users, LocalDate today) {
    UserAccount account =
        users.stream().filter(u -> u.roles().contains(Role.NGO_WORKER)).findFirst().orElse(null);
    if (account == null) {
      return;
    }
    Actor worker = DemoReferrals.actor(account);
    Random random = new Random(20261202L);
    List<Venue> venues = new ArrayList<>();
    venues.add(
        outreach.registerVenue(
            new VenueDetails(
                VenueType.MASSAGE_CLINIC,
                "Lotus Wellness",
                "Copenhagen",
                "Vesterbro",
                "Demo Street 1 (fictional)",
                "Open evenings; staff speak Thai."),
            worker));
    venues.add(
        outreach.registerVenue(
            new VenueDetails(
                VenueType.MASSAGE_CLINIC,
                "Golden Hands",
                "Frederiksberg",
                null,
                "Demo Road 7 (fictional)",
                null),
            worker));
    venues.add(
        outreach.registerVenue(
            new VenueDetails(
                VenueType.STREET_AREA, "Istedgade evening", "Copenhagen", "Vesterbro", null, null),
            worker));
    int activities = 0;
    int contacts = 0;
    int referrals = 0;
    for (int week = 52; week >= 0; week--) {
      for (ActivityType type :
          List.of(ActivityType.MOBILE_HEALTH_VISIT, ActivityType.STREET, ActivityType.ONLINE)) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        LocalDate day = today.minusWeeks(week).minusDays(random.nextInt(5));
        if (day.isAfter(today)) {
          day = today;
        }
        Venue venue =
            type == ActivityType.MOBILE_HEALTH_VISIT
                ? venues.get(random.nextInt(2))
                : type == ActivityType.STREET ? venues.get(2) : null;
        Activity activity =
            outreach.record(
                new ActivityDetails(
                    type,
                    day,
                    type == ActivityType.ONLINE ? 90 : 150 + 30 * random.nextInt(3),
                    venue == null ? "Copenhagen" : venue.municipality(),
                    venue == null ? "Chat and dating sites" : venue.area(),
                    venue == null ? null : venue.id(),
                    List.of(
                        "Grace", type == ActivityType.MOBILE_HEALTH_VISIT ? "Nurse Anna" : "Jonas"),
                    type == ActivityType.MOBILE_HEALTH_VISIT
                        ? List.of("th", "en")
                        : List.of("ro", "en"),
                    random.nextInt(4) == 0,
                    null),
                worker);
        activities++;
        int met = 2 + random.nextInt(7);
        for (int i = 0; i < met; i++) {
          Sex sex = random.nextInt(10) < 8 ? Sex.FEMALE : Sex.MALE;
          ContactAge age = ContactAge.values()[1 + random.nextInt(5)];
          String code = random.nextInt(3) == 0 ? "DEMO-" + random.nextInt(40) : null;
          List<ContactService> given = new ArrayList<>();
          given.add(ContactService.INFORMATION);
          if (type == ActivityType.MOBILE_HEALTH_VISIT) {
            given.add(ContactService.HEALTH_CHECK);
            given.add(ContactService.HARM_REDUCTION);
          }
          if (random.nextInt(6) == 0) {
            given.add(ContactService.LEGAL_ADVICE);
          }
          Contact contact =
              outreach.addContact(
                  activity.id(),
                  new ContactDetails(
                      sex,
                      age,
                      CITIZENSHIPS.get(random.nextInt(CITIZENSHIPS.size())),
                      null,
                      random.nextInt(3) != 0,
                      given,
                      code,
                      null),
                  worker);
          contacts++;
          if (random.nextInt(40) == 0) {
            try {
              outreach.refer(
                  activity.id(),
                  contact.id(),
                  new Suspicion(
                      List.of(),
                      List.of(
                          type == ActivityType.STREET || type == ActivityType.MOBILE_HEALTH_VISIT
                              ? Exploitation.SexualExploitation
                              : Exploitation.ForcedLabour),
                      null,
                      false,
                      false),
                  worker);
              referrals++;
            } catch (InvalidInput e) {
              log.info("Demo outreach referral skipped: {}", e.messageKey());
            }
          }
        }
        if (week > 0) {
          outreach.close(activity.id(), worker);
        }
      }
    }
    log.info(
        "Demo outreach: {} activities, {} contacts, {} referral drafts",
        activities,
        contacts,
        referrals);
  }
}
