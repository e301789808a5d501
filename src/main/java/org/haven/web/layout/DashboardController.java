package org.haven.web.layout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Shelters;
import org.haven.casework.WorkQueue;
import org.haven.intake.Referrals;
import org.haven.reads.RoundTrip;
import org.haven.web.forms.Dates;
import org.haven.web.intake.ReferralsController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what needs the person today. Capabilities add their work as they arrive. */
@Controller
class DashboardController {

  private final CurrentActor currentActor;
  private final Organisations organisations;
  private final Users users;
  private final Referrals referrals;
  private final Dates dates;
  private final WorkQueue workQueue;
  private final Shelters shelters;
  private final PageReads pageReads;

  /** A draft waiting for its author: started on, and whole days left before it is deleted. */
  public record Draft(UUID id, String started, long daysLeft) {}

  DashboardController(
      CurrentActor currentActor,
      Organisations organisations,
      Users users,
      Referrals referrals,
      Dates dates,
      WorkQueue workQueue,
      Shelters shelters,
      PageReads pageReads) {
    this.currentActor = currentActor;
    this.organisations = organisations;
    this.users = users;
    this.referrals = referrals;
    this.dates = dates;
    this.workQueue = workQueue;
    this.shelters = shelters;
    this.pageReads = pageReads;
  }

  /** A row of the work queue, in words. */
  public record Work(
      String kind,
      String reference,
      String link,
      String due,
      long daysLeft,
      String title,
      String at) {}

  @GetMapping("/")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  String dashboard(Model model) {
    return pageReads.together(() -> dashboard(currentActor.require(), model));
  }

  /** The page's reads (queue, free places, drafts) in one transaction and one round trip. */
  private String dashboard(Actor actor, Model model) {
    if (actor.has(Role.ADMINISTRATOR)) {
      model.addAttribute("organisationCount", organisations.count());
      model.addAttribute("userCount", users.count());
    }
    RoundTrip reads = new RoundTrip();
    Supplier<WorkQueue.Queue> work = workQueue.of(actor, dates.zone(), reads);
    Supplier<List<Capacity>> capacity =
        actor.has(Role.SHELTER_STAFF) || actor.has(Role.CENTRE_CASEWORKER)
            ? shelters.capacity(LocalDate.now(dates.zone()), null, actor, reads)
            : null;
    Supplier<List<Referrals.DraftDue>> drafts = referrals.draftsOf(actor, reads);
    pageReads.run(reads);
    WorkQueue.Queue queue = work.get();
    if (queue.newReferrals() != null) {
      model.addAttribute("newReferrals", queue.newReferrals());
    }
    model.addAttribute("unread", queue.unreadNotifications());
    if (capacity != null) {
      model.addAttribute("freePlaces", capacity.get().stream().mapToInt(Capacity::free).sum());
    }
    model.addAttribute(
        "work",
        queue.items().stream()
            .map(
                i ->
                    new Work(
                        i.kind(),
                        i.reference(),
                        i.link(),
                        i.due() == null ? null : dates.date(i.due()),
                        Math.max(-1, Math.min(i.daysLeft(), 10_000)),
                        i.title(),
                        i.at() == null ? null : dates.dateTime(i.at())))
            .toList());
    model.addAttribute(
        "drafts",
        drafts.get().stream()
            .map(
                d ->
                    new Draft(
                        d.id(),
                        dates.date(d.startedAt()),
                        Duration.between(Instant.now(), d.expiresAt()).toDays()))
            .toList());
    model.addAttribute(
        "refers",
        actor.roles().stream()
            .anyMatch(role -> ReferralsController.SENDERS.contains("'" + role.name() + "'")));
    return "dashboard";
  }
}
