package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MatchModelTest {

  private final FeatureExtractor extractor = new FeatureExtractor();
  private final MatchModel model = MatchModel.defaults();

  private PersonFeatures person(
      String given, String family, LocalDate date, String sex, String... citizenships) {
    return extractor.extract(
        new PersonRecord("x", given, family, List.of(), date, null, sex, List.of(citizenships)));
  }

  /** Names across scripts, swapped, misspelt and unrelated, with and without dates. */
  private List<PersonFeatures> people() {
    return List.of(
        person("Андрій", "Шевченко", LocalDate.of(1990, 3, 4), "M", "UA"),
        person("Shevchenko", "Andriy", LocalDate.of(1990, 4, 3), "M", "UA", "PL"),
        person("Andrii", "Shevcenko", null, null),
        person("Mohammed", "Alaoui", LocalDate.of(1985, 1, 2), "M", "MA"),
        person("محمد", "العلوي", LocalDate.of(1986, 1, 2), "M", "MA"),
        person("Wei", "Wang", LocalDate.of(1970, 5, 6), "M", "CN"),
        person("王", "伟", LocalDate.of(1970, 5, 6), "M", "CN"));
  }

  @Test
  void scoreIsSymmetric() {
    List<PersonFeatures> people = people();
    for (PersonFeatures a : people) {
      for (PersonFeatures b : people) {
        assertThat(model.score(a, b)).isCloseTo(model.score(b, a), Offset.offset(1e-9));
      }
    }
  }

  @Test
  void judgingAPairExplainsItAsExplainDoesAndKeepsOnlyPairsFromTheFloorUp() {
    List<PersonFeatures> people = people();
    int kept = 0;
    int dropped = 0;
    for (PersonFeatures a : people) {
      for (PersonFeatures b : people) {
        MatchModel.Explanation explained = model.explain(a, b);
        var judged = model.judge(a, b, 0.5);
        assertThat(judged.isPresent()).isEqualTo(explained.probability() >= 0.5);
        if (judged.isPresent()) {
          kept++;
          assertThat(judged.get().why()).isEqualTo(explained);
          assertThat(judged.get().levels()).containsExactly(model.levels(a, b));
        } else {
          dropped++;
        }
        assertThat(model.judge(a, b, 0).orElseThrow().why()).isEqualTo(explained);
      }
    }
    assertThat(kept).isGreaterThan(people.size());
    assertThat(dropped).isPositive();
  }

  @Test
  void moreAgreementNeverLowersTheScore() {
    PersonFeatures base = person("Maria", "Popescu", LocalDate.of(1980, 6, 7), "F", "RO");
    List<PersonFeatures> steps = new ArrayList<>();
    steps.add(person("Ioana", "Ionescu", null, null));
    steps.add(person("Ioana", "Ionescu", LocalDate.of(1980, 6, 7), null));
    steps.add(person("Ioana", "Popescu", LocalDate.of(1980, 6, 7), null));
    steps.add(person("Marai", "Popescu", LocalDate.of(1980, 6, 7), null));
    steps.add(person("Maria", "Popescu", LocalDate.of(1980, 6, 7), null));
    steps.add(person("Maria", "Popescu", LocalDate.of(1980, 6, 7), "F"));
    steps.add(person("Maria", "Popescu", LocalDate.of(1980, 6, 7), "F", "RO"));
    double previous = Double.NEGATIVE_INFINITY;
    for (PersonFeatures s : steps) {
      double score = model.score(base, s);
      assertThat(score).isGreaterThanOrEqualTo(previous);
      previous = score;
    }
    // Every field at every level: the better level never weighs less, missing sits in between.
    for (int k = 0; k < Comparison.FIELDS; k++) {
      for (int l = 1; l < Comparison.LEVELS[k]; l++) {
        assertThat(model.weight(k, l)).isLessThanOrEqualTo(model.weight(k, l - 1));
      }
      assertThat(model.weight(k, 0)).isGreaterThanOrEqualTo(model.weight(k, -1));
      assertThat(model.weight(k, Comparison.LEVELS[k] - 1))
          .isLessThanOrEqualTo(model.weight(k, -1));
    }
  }

  @Test
  void rareNameMatchOutweighsCommonNameMatch() {
    List<PersonFeatures> population = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      population.add(
          person("Lan", "Nguyễn", LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28), "F"));
    }
    PersonFeatures rareA = person("Lan", "Kiều", LocalDate.of(1991, 2, 3), "F");
    PersonFeatures rareB = person("Lan", "Kieu", LocalDate.of(1991, 2, 3), "F");
    PersonFeatures commonA = person("Lan", "Nguyễn", LocalDate.of(1991, 2, 3), "F");
    PersonFeatures commonB = person("Lan", "Nguyen", LocalDate.of(1991, 2, 3), "F");
    population.add(rareA);
    population.add(rareB);
    population.add(commonA);
    population.add(commonB);
    MatchModel withTf =
        model.withFrequencies(TermFrequencies.count(population, extractor.vocabulary().size()));
    assertThat(withTf.score(rareA, rareB)).isGreaterThan(withTf.score(commonA, commonB));
    assertThat(withTf.score(commonA, commonB)).isGreaterThan(withTf.prior());
  }

  @Test
  void understandsSwapsScriptsNicknamesAndDateSwaps() {
    PersonFeatures a = person("Андрій", "Шевченко", LocalDate.of(1990, 3, 4), "M", "UA");
    PersonFeatures swapped = person("Shevchenko", "Andriy", LocalDate.of(1990, 4, 3), "M", "UA");
    MatchModel.Explanation e = model.explain(a, swapped);
    assertThat(e.namesSwapped()).isTrue();
    assertThat(e.agreements().get(Comparison.GIVEN).level()).isEqualTo("same");
    assertThat(e.agreements().get(Comparison.BIRTH).level()).startsWith("day/month swapped");
    PersonFeatures sasha = person("Sasha", "Ivanov", null, "M");
    PersonFeatures oleksandr = person("Oleksandr", "Ivanov", null, "M");
    assertThat(model.explain(sasha, oleksandr).agreements().get(Comparison.GIVEN).level())
        .startsWith("phonetic/nickname");
    PersonFeatures hanzi = person("伟", "王", LocalDate.of(1970, 5, 6), "M");
    PersonFeatures pinyin = person("Wei", "Wang", LocalDate.of(1970, 5, 6), "M");
    assertThat(model.probability(hanzi, pinyin)).isGreaterThan(0.99);
    PersonFeatures stranger = person("Ioana", "Popescu", LocalDate.of(1970, 5, 6), "F");
    assertThat(model.probability(pinyin, stranger)).isLessThan(0.01);
  }

  @Test
  void pairsConfirmedByReviewersTeachTheModelWhatTrueMatchesLookLike() {
    // reviewers keep confirming pairs whose birth dates have day and month swapped
    PersonFeatures a = person("Lan", "Nguyen", LocalDate.of(1993, 7, 8), "F", "VN");
    PersonFeatures b = person("Lan", "Nguyen", LocalDate.of(1993, 8, 7), "F", "VN");
    int[] levels = model.levels(a, b);
    assertThat(levels[Comparison.BIRTH]).isEqualTo(1);
    List<int[]> confirmed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      confirmed.add(levels);
    }
    MatchModel learned = model.withConfirmedMatches(confirmed, 50);
    assertThat(learned.weight(Comparison.BIRTH, 1))
        .isGreaterThan(model.weight(Comparison.BIRTH, 1));
    assertThat(learned.score(a, b)).isGreaterThan(model.score(a, b));
    assertThat(learned.score(a, b)).isCloseTo(learned.score(b, a), Offset.offset(1e-9));
    // the u probabilities stay: a disagreement counts against a pair at least as before
    assertThat(learned.weight(Comparison.FAMILY, 4)).isLessThanOrEqualTo(0);
    assertThat(model.withConfirmedMatches(List.of(), 50)).isSameAs(model);
  }
}
