package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.tools.PersonGenerator;
import org.junit.jupiter.api.Test;

class EstimatorTest {

  @Test
  void emConvergesOnASmallGeneratedSetToAModelThatSeparatesMatches() {
    List<PersonGenerator.Generated> data =
        new PersonGenerator(7, PersonGenerator.Mode.MULTICULTURAL).generate(3000);
    FeatureExtractor extractor = new FeatureExtractor();
    List<PersonFeatures> records = data.stream().map(g -> extractor.extract(g.record())).toList();
    Blocking.Result blocking = Blocking.candidates(records, 40, 10);
    TermFrequencies tf = TermFrequencies.count(records, extractor.vocabulary().size());

    Estimator.Result first =
        Estimator.estimate(records, blocking.pairs(), blocking.count(), tf, 1, 100_000, 100_000);
    Estimator.Result again =
        Estimator.estimate(records, blocking.pairs(), blocking.count(), tf, 1, 100_000, 100_000);

    assertThat(first.converged()).isTrue();
    assertThat(first.model().toString()).isEqualTo(again.model().toString());
    MatchModel m = first.model();
    for (int k : new int[] {Comparison.GIVEN, Comparison.FAMILY, Comparison.BIRTH}) {
      assertThat(m.weight(k, 0)).as("exact agreement of field %d", k).isGreaterThan(5);
      assertThat(m.weight(k, Comparison.LEVELS[k] - 1))
          .as("disagreement of field %d", k)
          .isLessThan(-2);
    }
    // The expected number of matches is close to the true number of duplicate pairs.
    long truePairs =
        data.stream()
            .collect(
                Collectors.groupingBy(PersonGenerator.Generated::cluster, Collectors.counting()))
            .values()
            .stream()
            .mapToLong(c -> c * (c - 1) / 2)
            .sum();
    assertThat(first.expectedMatches()).isBetween(truePairs * 0.7, truePairs * 1.3);
  }

  @Test
  void blockingFindsMostTruePairsWithFewComparisons() {
    List<PersonGenerator.Generated> data =
        new PersonGenerator(11, PersonGenerator.Mode.MULTICULTURAL).generate(5000);
    FeatureExtractor extractor = new FeatureExtractor();
    List<PersonFeatures> records = data.stream().map(g -> extractor.extract(g.record())).toList();
    Blocking.Result blocking = Blocking.candidates(records, 40, 10);
    long truePairs = 0;
    long found = 0;
    Set<Long> candidates = new HashSet<>();
    for (int i = 0; i < blocking.count(); i++) {
      candidates.add(blocking.pairs()[i]);
    }
    for (int i = 0; i < data.size(); i++) {
      for (int j = i + 1; j < data.size(); j++) {
        if (data.get(i).cluster().equals(data.get(j).cluster())) {
          truePairs++;
          if (candidates.contains(((long) i << 32) | j)) {
            found++;
          }
        }
      }
    }
    assertThat(found / (double) truePairs).isGreaterThan(0.93);
    assertThat((double) blocking.count()).isLessThan(5000.0 * 4999 / 2 * 0.005);
  }
}
