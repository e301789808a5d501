package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonReferenceTest {

  @Test
  void randomReferencesHaveTheReadableFormatAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String reference = PersonReference.random().value();
      assertThat(reference).matches("P-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
      seen.add(reference);
    }
    assertThat(seen).hasSizeGreaterThan(9_990);
  }

  @Test
  void typedReferencesAreNormalised() {
    assertThat(PersonReference.parse(" p-7k3q-9xa2 ").value()).isEqualTo("P-7K3Q-9XA2");
    assertThat(PersonReference.isValid("P-7K3Q-9XA1")).as("no 1").isFalse();
    assertThat(PersonReference.isValid("3f2a6c1e-0000-0000-0000-000000000000")).isFalse();
    assertThatThrownBy(() -> PersonReference.parse("P-O0O0-IIII"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
