package org.haven;

import java.time.Clock;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.haven.database.BackupCommands;
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

  static final String USAGE =
      """
      usage: java -jar haven.jar [--property=value ...]   start Haven (see the README's configuration)
             java -jar haven.jar backup --to DIR --key-file FILE [--data-dir DIR]
             java -jar haven.jar restore --from DIR --key-file FILE [--to-time TIME] [--data-dir DIR] [--wal-archive DIR]
             java -jar haven.jar dedupe --input persons.csv --output links.csv [--clusters clusters.csv] [--threshold T]
             java -jar haven.jar generate-persons --count N --seed S --mode multicultural|febrl --output persons.csv --truth truth.csv
             java -jar haven.jar evaluate --truth truth.csv --links links.csv
             java -jar haven.jar encode-persons --key-file encoding.key --input contacts.csv --output encodings.csv
             java -jar haven.jar help
      """;

  public static void main(String[] args) {
    // Commands that run and exit: the operator's backup and restore, and the offline tools that
    // need neither Spring nor the database (org.haven.tools).
    OptionalInt command = BackupCommands.run(args);
    if (command.isEmpty()) {
      command = OfflineCommands.run(args);
    }
    if (command.isEmpty()) {
      command = help(args);
    }
    if (command.isPresent()) {
      System.exit(command.getAsInt());
    }
    SpringApplication.run(HavenApplication.class, args);
  }

  /**
   * {@code help}, {@code --help} or {@code -h} list the commands; any other word that is not an
   * option is refused with the list, rather than starting a server in the current directory.
   */
  static OptionalInt help(String[] args) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String first = args[0];
    if (first.equals("help") || first.equals("--help") || first.equals("-h")) {
      System.out.print(USAGE);
      return OptionalInt.of(0);
    }
    if (!first.startsWith("-")) {
      System.err.println("haven: unknown command " + first);
      System.err.print(USAGE);
      return OptionalInt.of(2);
    }
    return OptionalInt.empty();
  }
}
