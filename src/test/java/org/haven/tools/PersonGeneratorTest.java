package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonGeneratorTest {

  @Test
  void theSameSeedGivesTheSameRecords() {
    for (PersonGenerator.Mode mode : PersonGenerator.Mode.values()) {
      List<PersonGenerator.Generated> a = new PersonGenerator(5, mode).generate(2000);
      List<PersonGenerator.Generated> b = new PersonGenerator(5, mode).generate(2000);
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void familyNamesHaveALongTail() {
    for (PersonGenerator.Mode mode : PersonGenerator.Mode.values()) {
      List<PersonGenerator.Generated> data = new PersonGenerator(9, mode).generate(20_000);
      Map<String, Integer> counts = new HashMap<>();
      for (PersonGenerator.Generated g : data) {
        if (g.record().familyName() != null) {
          counts.merge(g.record().familyName(), 1, Integer::sum);
        }
      }
      assertThat(counts.size()).as("distinct family names, %s", mode).isGreaterThan(3000);
      int mostCommon = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      // Concentrated cultures keep their concentrated names (Nguyễn among the Vietnamese).
      assertThat(mostCommon).as("most common family name, %s", mode).isLessThan(data.size() / 20);
    }
  }
}
