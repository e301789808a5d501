package org.haven.web.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.casework.Notifications;
import org.haven.web.forms.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications: what happened that needs them, each with a link. */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class NotificationsController {

  private final Notifications notifications;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Dates dates;

  NotificationsController(
      Notifications notifications, CurrentActor currentActor, MessageSource messages, Dates dates) {
    this.notifications = notifications;
    this.currentActor = currentActor;
    this.messages = messages;
    this.dates = dates;
  }

  /** One notification in words. */
  public record Line(String when, String text, String link, boolean read) {}

  @GetMapping("/notifications")
  String list(Model model) {
    Actor actor = currentActor.require();
    List<Line> lines = new ArrayList<>();
    for (Notifications.Notification n : notifications.of(actor, 100)) {
      List<Object> args = new ArrayList<>();
      for (String arg : n.args()) {
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
          args.add(dates.date(LocalDate.parse(arg)));
        } else if (arg.startsWith("#")) {
          // a label: a message key, said in the reader's language
          args.add(
              messages.getMessage(
                  arg.substring(1), null, arg.substring(1), LocaleContextHolder.getLocale()));
        } else {
          args.add(arg);
        }
      }
      lines.add(
          new Line(
              dates.dateTime(n.createdAt()),
              messages.getMessage(
                  "notification." + n.kind(),
                  args.toArray(),
                  n.kind(),
                  LocaleContextHolder.getLocale()),
              n.link(),
              n.read()));
    }
    model.addAttribute("lines", lines);
    return "notifications";
  }

  @PostMapping("/notifications/read")
  String markRead() {
    notifications.markAllRead(currentActor.require());
    return "redirect:/notifications";
  }
}
