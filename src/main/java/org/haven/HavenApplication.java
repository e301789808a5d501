package org.haven;

import java.time.Clock;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.haven.tools.OfflineCommands;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Haven: one application, one database, one module per capability. */
// Sign-in is Haven's own (two factors, see access and web): no default in-memory user.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class HavenApplication {

  /**
   * The one clock: deadlines and timestamps are computed from it, so tests can control time. It
   * runs in the installation's time zone, so "today" is the day in Copenhagen or Stockholm, not in
   * UTC: between midnight local time and midnight UTC a decision taken today is not in the future.
   */
  @Bean
  Clock clock(@Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }

  public static void main(String[] args) {
    // Offline tools that need neither Spring nor the database (org.haven.tools): dedupe,
    // generate-persons, evaluate, encode-persons.
    OptionalInt offline = OfflineCommands.run(args);
    if (offline.isPresent()) {
      System.exit(offline.getAsInt());
    }
    SpringApplication.run(HavenApplication.class, args);
  }
}
