package org.haven;

import java.time.Clock;
import java.util.Arrays;
import org.haven.people.matching.DedupeCommand;
import org.haven.people.matching.EvaluateCommand;
import org.haven.people.matching.GenerateCommand;
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

  /** The one clock: deadlines and timestamps are computed from it, so tests can control time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    // Offline tools that need neither Spring nor the database.
    if (args.length > 0) {
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      switch (args[0]) {
        case "dedupe" -> System.exit(DedupeCommand.run(rest));
        case "generate-persons" -> System.exit(GenerateCommand.run(rest));
        case "evaluate" -> System.exit(EvaluateCommand.run(rest));
        default -> {}
      }
    }
    SpringApplication.run(HavenApplication.class, args);
  }
}
