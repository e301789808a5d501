package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.haven.tools.PersonGenerator;
import org.junit.jupiter.api.Test;

class BlockingTest {

  private static List<PersonFeatures> records(long seed, int count) {
    List<PersonGenerator.Generated> data =
        new PersonGenerator(seed, PersonGenerator.Mode.REGISTERS).generate(count);
    FeatureExtractor extractor = new FeatureExtractor();
    return data.stream().map(g -> extractor.extract(g.record())).toList();
  }

  @Test
  void candidatesAreSortedUniqueAndEachPairOfTwoDifferentRecords() {
    List<PersonFeatures> records = records(3, 10_000);
    Blocking.Result blocking = Blocking.candidates(records, 40, 10);

    assertThat(blocking.count()).isPositive().isEqualTo(blocking.pairs().length);
    assertThat(blocking.emitted()).isGreaterThanOrEqualTo(blocking.count());
    long[] pairs = blocking.pairs();
    for (int k = 0; k < blocking.count(); k++) {
      int i = (int) (pairs[k] >>> 32);
      int j = (int) pairs[k];
      assertThat(i).isLessThan(j);
      assertThat(j).isLessThan(records.size());
      if (k > 0) {
        assertThat(pairs[k]).isGreaterThan(pairs[k - 1]);
      }
    }
  }

  @Test
  void twoRecordsWithTheSameNamesAndDateAreAlwaysCandidates() {
    List<PersonFeatures> records = records(5, 10_000);
    Blocking.Result blocking = Blocking.candidates(records, 40, 10);
    Set<Long> candidates = new HashSet<>();
    for (int k = 0; k < blocking.count(); k++) {
      candidates.add(blocking.pairs()[k]);
    }
    int checked = 0;
    Map<String, Integer> first = new HashMap<>();
    for (int r = 0; r < records.size(); r++) {
      PersonRecord p = records.get(r).record();
      if (p.givenName() == null || p.familyName() == null || p.birthDate() == null) {
        continue;
      }
      String key = p.givenName() + "|" + p.familyName() + "|" + p.birthDate();
      Integer before = first.putIfAbsent(key, r);
      if (before != null) {
        assertThat(candidates).contains((long) before << 32 | r);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void theNameCacheGivesTheLevelsOfTheComparisonWithoutIt() {
    List<PersonFeatures> records = records(9, 5_000);
    NameLevelCache cache = new NameLevelCache(6);
    SplittableRandom random = new SplittableRandom(9);
    int[] plain = new int[Comparison.FIELDS + 1];
    int[] cached = new int[Comparison.FIELDS + 1];
    for (int k = 0; k < 50_000; k++) {
      PersonFeatures a = records.get(random.nextInt(records.size()));
      PersonFeatures b = records.get(random.nextInt(records.size()));
      Comparison.compare(a, b, plain);
      Comparison.compare(a, b, cached, cache);
      assertThat(cached).isEqualTo(plain);
      Comparison.compare(b, a, cached, cache);
      int[] reversed = new int[Comparison.FIELDS + 1];
      Comparison.compare(b, a, reversed);
      assertThat(cached).isEqualTo(reversed);
    }
  }

  @Test
  void namesTheOtherWayRoundWithOneMisspeltMeetOnTheDateWhenEveryOtherBlockIsCrowded() {
    // Sixty namesakes fill every block the pair shares by name alone (the cap here is 40), and
    // sixty others born on that day fill the date's block; sorted on the other name or on the date,
    // the pair is not within ten places in any of them.
    FeatureExtractor extractor = new FeatureExtractor();
    List<PersonFeatures> records = new ArrayList<>();
    LocalDate day = LocalDate.of(1973, 10, 18);
    for (int i = 0; i < 60; i++) {
      records.add(
          extractor.extract(
              new PersonRecord(
                  "n" + i, "Michael", "Rivera", null, day.minusDays(40 + i), null, "M", null)));
      records.add(
          extractor.extract(
              new PersonRecord(
                  "d" + i, "Paolo", "Reyes" + (char) ('a' + i % 26), null, day, null, "M", null)));
    }
    int swapped = records.size();
    records.add(
        extractor.extract(new PersonRecord("a", "Rivera", "Michael", null, day, null, "M", null)));
    int misspelt = records.size();
    records.add(
        extractor.extract(new PersonRecord("b", "Michael", "Rivers", null, day, null, "M", null)));
    int unrelated = records.size();
    records.add(
        extractor.extract(
            new PersonRecord("c", "Michael", "Rivers", null, day.plusDays(1), null, "M", null)));

    Set<Long> candidates = new HashSet<>();
    for (long pair : Blocking.candidates(records, 40, 10).pairs()) {
      candidates.add(pair);
    }

    assertThat(candidates).contains((long) swapped << 32 | misspelt);
    assertThat(candidates).doesNotContain((long) swapped << 32 | unrelated);
  }

  @Test
  void aWholeNameInOneFieldMeetsTheRecordWithBothNamesWithoutADate() {
    FeatureExtractor extractor = new FeatureExtractor();
    List<PersonFeatures> records = new ArrayList<>();
    // Other people, so that the blocks are not the whole input.
    for (int i = 0; i < 30; i++) {
      records.add(
          extractor.extract(
              new PersonRecord(
                  "o" + i,
                  "Arta",
                  "Hoxha" + (char) ('a' + i % 26),
                  null,
                  LocalDate.of(1980, 1, 2).plusDays(i),
                  null,
                  "F",
                  null)));
    }
    int both = records.size();
    records.add(
        extractor.extract(new PersonRecord("a", "Besa", "Vata", null, null, null, "F", null)));
    int inGiven = records.size();
    records.add(
        extractor.extract(new PersonRecord("b", "Besa Vata", null, null, null, null, "F", null)));
    int inFamily = records.size();
    records.add(
        extractor.extract(new PersonRecord("c", null, "Vata Besa", null, null, null, "F", null)));
    int other = records.size();
    records.add(
        extractor.extract(new PersonRecord("d", "Drita Kola", null, null, null, null, "F", null)));

    Set<Long> candidates = new HashSet<>();
    for (long pair : Blocking.candidates(records, 40, 10).pairs()) {
      candidates.add(pair);
    }

    assertThat(candidates)
        .contains((long) both << 32 | inGiven, (long) both << 32 | inFamily)
        .doesNotContain((long) both << 32 | other, (long) inGiven << 32 | other);
    Blocking.LongList keys = new Blocking.LongList(8);
    Blocking.keysOf(records.get(inGiven), keys);
    assertThat(Arrays.stream(keys.toArray()).distinct().count()).isEqualTo(keys.size);
  }

  @Test
  void aLoneNameMeetsTheSameNameInTheOtherFieldByItsYear() {
    FeatureExtractor extractor = new FeatureExtractor();
    List<PersonFeatures> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      records.add(
          extractor.extract(
              new PersonRecord(
                  "o" + i, "Chidi", "Okafor" + (char) ('a' + i), null, null, 2002, "M", null)));
    }
    int full = records.size();
    records.add(
        extractor.extract(
            new PersonRecord("a", "Emmanuel", "Ogunsola", null, null, 2002, "M", null)));
    int loneFamily = records.size();
    records.add(
        extractor.extract(new PersonRecord("b", null, "Emmanuel", null, null, 2002, "M", null)));
    int loneGiven = records.size();
    records.add(
        extractor.extract(new PersonRecord("c", "Ogunsola", null, null, null, 2002, "M", null)));

    Set<Long> candidates = new HashSet<>();
    for (long pair : Blocking.candidates(records, 40, 10).pairs()) {
      candidates.add(pair);
    }
    assertThat(candidates)
        .contains((long) full << 32 | loneFamily, (long) full << 32 | loneGiven)
        .doesNotContain((long) 0 << 32 | loneFamily);
  }
}
