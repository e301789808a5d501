package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The operator's first hour: help lists the commands, a mistyped word does not start a server. */
class HavenApplicationTest {

  @Test
  void helpListsTheCommandsAndAnUnknownWordIsRefused() {
    assertThat(HavenApplication.help(new String[] {"help"})).isEqualTo(OptionalInt.of(0));
    assertThat(HavenApplication.help(new String[] {"--help"})).isEqualTo(OptionalInt.of(0));
    assertThat(HavenApplication.help(new String[] {"-h"})).isEqualTo(OptionalInt.of(0));
    assertThat(HavenApplication.help(new String[] {"bakcup"})).isEqualTo(OptionalInt.of(2));
    assertThat(HavenApplication.help(new String[] {"--server.port=8081"})).isEmpty();
    assertThat(HavenApplication.help(new String[] {})).isEmpty();
    assertThat(HavenApplication.USAGE).contains("backup --to DIR").contains("restore --from DIR");
  }
}
