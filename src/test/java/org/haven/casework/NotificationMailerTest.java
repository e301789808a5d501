package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notification mails go through a real SMTP server (GreenMail, in process) and hold only a link: no
 * person reference, no case id, no name.
 */
@HavenTest
class NotificationMailerTest {

  @Autowired Users users;
  @Autowired AccessFixtures fixtures;

  GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aNotificationMailCarriesOnlyALink() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    NotificationMailer mailer = mailer(true);
    UUID caseId = UUID.randomUUID();
    mailer.on(
        new Notifications.Created(UUID.randomUUID(), caseworker.id().value(), "/cases/" + caseId));

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(caseworker.email());
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("https://haven.example.org/notifications");
    assertThat(body + mail.getSubject())
        .doesNotContain(caseId.toString())
        .doesNotContain("P-")
        .doesNotContain(caseworker.account().displayName());
  }

  @Test
  void nothingIsMailedWhenMailIsOff() {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    mailer(false)
        .on(new Notifications.Created(UUID.randomUUID(), caseworker.id().value(), "/cases/x"));
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private NotificationMailer mailer(boolean enabled) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mailSender", sender);
    ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
    return new NotificationMailer(
        new CaseworkSettings(enabled, "haven@haven.example.org"),
        provider,
        users,
        "https://haven.example.org/");
  }
}
