package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.haven.people.KnownCheck.Answer;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;
import org.haven.tools.PersonGenerator;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index of encodings answers exactly what comparing a question with every encoding
 * answers (a seeded model test over generated persons with corrupted duplicates), and the answer
 * rules weigh names and birth dates apart.
 */
class KnownCheckIndexTest {

  private final BloomEncoder encoder = new BloomEncoder(key());

  @Test
  void theIndexAnswersWhatComparingWithEveryEncodingAnswers() {
    List<PersonGenerator.Generated> people =
        new PersonGenerator(17, PersonGenerator.Mode.MULTICULTURAL).generate(4_000);
    List<long[]> filters = new ArrayList<>();
    KnownCheck.Index index = new KnownCheck.Index();
    for (PersonGenerator.Generated g : people.subList(0, 3_000)) {
      PersonRecord r = g.record();
      if (BloomEncoder.encodable(r)) {
        long[] filter = encoder.filter(encoder.encode(r)).orElseThrow();
        filters.add(filter);
        index.add(UUID.randomUUID(), filter);
      }
    }
    int[] answers = new int[3];
    for (PersonGenerator.Generated g : people.subList(3_000, 4_000)) {
      if (!BloomEncoder.encodable(g.record())) {
        continue;
      }
      long[] query = encoder.filter(encoder.encode(g.record())).orElseThrow();
      // the best answer, then the highest score, then the first in the order added
      Answer expected = Answer.notKnown;
      int expectedAt = -1;
      double bestScore = -1;
      for (int i = 0; i < filters.size(); i++) {
        double name = BloomEncoder.nameDice(query, filters.get(i));
        double birth = BloomEncoder.birthDice(query, filters.get(i));
        Answer a = KnownCheck.answer(name, birth);
        double score = name + (Double.isNaN(birth) ? 0.5 : birth);
        if (a != Answer.notKnown
            && (a.ordinal() < expected.ordinal() || a == expected && score > bestScore)) {
          expected = a;
          expectedAt = i;
          bestScore = score;
        }
      }
      assertThat(index.best(query)).isEqualTo(new KnownCheck.Best(expectedAt, expected));
      answers[expected.ordinal()]++;
    }
    // the sample holds all three answers, so the comparison above was not vacuous
    assertThat(Arrays.stream(answers).min().orElse(0)).isGreaterThan(20);
  }

  @Test
  void aQuestionWithoutABirthDateReadInPartsFindsWhatOneReadingFinds() {
    List<PersonGenerator.Generated> people =
        new PersonGenerator(23, PersonGenerator.Mode.MULTICULTURAL).generate(3_000);
    List<long[]> filters = new ArrayList<>();
    KnownCheck.Index inParts = new KnownCheck.Index(3, 0);
    KnownCheck.Index inOne = new KnownCheck.Index(1, Integer.MAX_VALUE);
    for (PersonGenerator.Generated g : people.subList(0, 2_000)) {
      if (BloomEncoder.encodable(g.record())) {
        long[] filter = filterOf(g.record());
        filters.add(filter);
        UUID id = UUID.randomUUID();
        inParts.add(id, filter);
        inOne.add(id, filter);
      }
    }
    int met = 0;
    for (PersonGenerator.Generated g : people.subList(1_000, 3_000)) {
      PersonRecord r = g.record();
      PersonRecord undated =
          new PersonRecord(
              r.id(),
              r.givenName(),
              r.familyName(),
              r.otherNames(),
              null,
              null,
              r.sex(),
              r.citizenships());
      if (!BloomEncoder.encodable(undated)) {
        continue;
      }
      long[] query = filterOf(undated);
      // read one after the other: the first of the best names
      int expectedAt = -1;
      double bestName = -1;
      for (int i = 0; i < filters.size(); i++) {
        double name = BloomEncoder.nameDice(query, filters.get(i));
        if (KnownCheck.answer(name, Double.NaN) != Answer.notKnown && name > bestName) {
          expectedAt = i;
          bestName = name;
        }
      }
      KnownCheck.Best found = inParts.best(query);
      assertThat(found.at()).isEqualTo(expectedAt);
      assertThat(found.answer()).isEqualTo(expectedAt < 0 ? Answer.notKnown : Answer.possiblyKnown);
      assertThat(inOne.best(query)).isEqualTo(found);
      if (expectedAt >= 0) {
        met++;
      }
    }
    // half the questions are persons of the index, so the comparison above was not vacuous
    assertThat(met).isGreaterThan(900);
  }

  @Test
  void theSameNamesInSeveralPartsAnswerWithTheFirst() {
    PersonRecord r =
        new PersonRecord("a", "Oksana", "Melnyk", List.of(), null, null, "F", List.of("UA"));
    KnownCheck.Index index = new KnownCheck.Index(4, 0);
    PersonRecord other =
        new PersonRecord("b", "Gift", "Okafor", List.of(), null, 1991, "F", List.of("NG"));
    for (int i = 0; i < 40; i++) {
      index.add(UUID.randomUUID(), filterOf(i % 10 == 7 ? r : other));
    }
    assertThat(index.best(filterOf(r))).isEqualTo(new KnownCheck.Best(7, Answer.possiblyKnown));
  }

  @Test
  void aPersonBornAnotherDayMayBeTheBestOfThePossiblyKnown() {
    // filters by hand: names Dice 0.70 and born the same day (score 1.70) against the same names
    // and a birth date that may agree, Dice 0.75 (score 1.75)
    long[] query = filter(range(0, 100), range(0, 40));
    long[] sameDay = filter(concat(range(0, 70), range(200, 230)), range(0, 40));
    long[] nearDay = filter(range(0, 100), concat(range(0, 30), range(100, 110)));
    KnownCheck.Index index = new KnownCheck.Index();
    index.add(UUID.randomUUID(), sameDay);
    index.add(UUID.randomUUID(), nearDay);
    assertThat(BloomEncoder.nameDice(query, sameDay)).isEqualTo(0.70);
    assertThat(BloomEncoder.birthDice(query, nearDay)).isEqualTo(0.75);
    assertThat(index.best(query)).isEqualTo(new KnownCheck.Best(1, Answer.possiblyKnown));
    // one born the same day with the same names is known, and no one else can be better
    index.add(UUID.randomUUID(), filter(range(0, 100), range(0, 40)));
    assertThat(index.best(query)).isEqualTo(new KnownCheck.Best(2, Answer.known));
  }

  private static long[] filter(int[] nameBits, int[] birthBits) {
    long[] words = new long[BloomEncoder.FILTER_WORDS];
    for (int bit : nameBits) {
      words[bit >>> 6] |= 1L << (bit & 63);
    }
    for (int bit : birthBits) {
      int at = BloomEncoder.NAME_BITS + bit;
      words[at >>> 6] |= 1L << (at & 63);
    }
    return words;
  }

  private static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }

  private static int[] concat(int[] a, int[] b) {
    return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
  }

  @Test
  void theNamesNeededAreThoseTheAnswersAsk() {
    for (double birth : new double[] {Double.NaN, 0.5, 0.6, 0.79, 0.8, 0.9, 1.0}) {
      double needed = KnownCheck.nameNeeded(birth);
      assertThat(KnownCheck.answer(needed, birth))
          .as("birth %s", birth)
          .isNotEqualTo(Answer.notKnown);
      assertThat(KnownCheck.answer(Math.nextDown(needed), birth))
          .as("birth %s", birth)
          .isEqualTo(Answer.notKnown);
    }
  }

  @Test
  void aChangedEncodingReplacesTheEarlierOne() {
    PersonRecord wrong =
        new PersonRecord(
            "a", "Mihaela", "Dobre", List.of(), LocalDate.of(1990, 3, 4), null, "F", null);
    PersonRecord corrected =
        new PersonRecord(
            "a", "Mihaela", "Dobre", List.of(), LocalDate.of(1980, 11, 23), null, "F", null);
    KnownCheck.Index index = new KnownCheck.Index();
    UUID person = UUID.randomUUID();
    index.add(person, filterOf(wrong));
    assertThat(index.best(filterOf(wrong)).answer()).isEqualTo(Answer.known);
    index.add(person, filterOf(corrected));
    assertThat(index.best(filterOf(corrected)).answer()).isEqualTo(Answer.known);
    assertThat(index.best(filterOf(wrong)).answer()).isEqualTo(Answer.notKnown);
  }

  private long[] filterOf(PersonRecord r) {
    return encoder.filter(encoder.encode(r)).orElseThrow();
  }

  @Test
  void namesAndBirthDatesAreWeighedApart() {
    assertThat(KnownCheck.answer(0.95, 1.0)).isEqualTo(Answer.known);
    assertThat(KnownCheck.answer(0.95, 0.3)).as("another birth date").isEqualTo(Answer.notKnown);
    assertThat(KnownCheck.answer(0.95, 0.6))
        .as("a birth date near")
        .isEqualTo(Answer.possiblyKnown);
    assertThat(KnownCheck.answer(0.95, Double.NaN))
        .as("no birth date")
        .isEqualTo(Answer.possiblyKnown);
    assertThat(KnownCheck.answer(0.7, 1.0)).as("names near").isEqualTo(Answer.possiblyKnown);
    assertThat(KnownCheck.answer(0.5, 1.0)).as("born the same day").isEqualTo(Answer.notKnown);
  }

  @Test
  void anEncodingUnderAnotherKeyIsNotTakenForOne() {
    PersonRecord r =
        new PersonRecord("q", "Andrii", "Shevchenko", List.of(), null, 1990, "M", List.of("UA"));
    byte[] key = key();
    key[0] ^= 1;
    assertThat(encoder.filter(new BloomEncoder(key).encode(r))).isEmpty();
    assertThat(encoder.filter(encoder.encode(r))).isPresent();
  }

  private static byte[] key() {
    byte[] key = new byte[32];
    new Random(5).nextBytes(key);
    return key;
  }
}
