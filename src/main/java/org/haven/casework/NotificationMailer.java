package org.haven.casework;

import org.haven.access.UserId;
import org.haven.access.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends an e-mail for each notification once it is committed, when mail is enabled. The mail says
 * only that something in Haven needs the recipient and links to it: no name, no reference, no case
 * detail. A failed send is logged (without the address) and never undoes the notification.
 */
@Component
class NotificationMailer {

  private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

  private final CaseworkSettings settings;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final Users users;
  private final String baseUrl;

  NotificationMailer(
      CaseworkSettings settings,
      ObjectProvider<JavaMailSender> mailSender,
      Users users,
      @Value("${haven.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
    this.settings = settings;
    this.mailSender = mailSender;
    this.users = users;
    this.baseUrl = baseUrl;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(Notifications.Created created) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!settings.mailEnabled() || sender == null) {
      return;
    }
    users
        .find(new UserId(created.recipient()))
        .filter(account -> account.enabled())
        .ifPresent(
            account -> {
              SimpleMailMessage mail = new SimpleMailMessage();
              mail.setFrom(settings.mailFrom());
              mail.setTo(account.email());
              mail.setSubject(
                  "Haven: something needs you / noget venter på dig / något väntar på dig");
              String link = baseUrl.replaceAll("/+$", "") + "/notifications";
              mail.setText(
                  "Something in Haven needs your attention. Sign in to see it:\n"
                      + "Noget i Haven venter på dig. Log ind for at se det:\n"
                      + "Något i Haven väntar på dig. Logga in för att se det:\n\n"
                      + link
                      + "\n");
              try {
                sender.send(mail);
              } catch (MailException e) {
                log.warn(
                    "Notification mail {} could not be sent: {}",
                    created.id(),
                    e.getClass().getSimpleName());
              }
            });
  }
}
