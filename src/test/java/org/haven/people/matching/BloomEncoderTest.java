package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The NGO-side encodings: the same person written differently still meets, different persons do
 * not, every encoding weighs the same, and the encodings reveal nothing without the key — a
 * dictionary attack with a wrong key does no better than chance, while the same attack with the key
 * succeeds (so the test can fail).
 */
class BloomEncoderTest {

  static final String[] GIVEN = {
    "Oluwaseun", "Blessing", "Chidi", "Grace", "Andrii", "Olena", "Ioana", "Vasile", "Minh", "Lan",
    "Nok", "Somchai", "Mohammed", "Fatima", "Xiuying", "Wei", "Maria", "Jose", "Arben", "Elira",
    "Ivan", "Petya", "Lars", "Karin", "Anna", "Erik", "Precious", "Joy", "Duc", "Thi"
  };
  static final String[] FAMILY = {
    "Adeyemi",
    "Okafor",
    "Eze",
    "Shevchenko",
    "Kovalenko",
    "Popescu",
    "Ionescu",
    "Nguyen",
    "Tran",
    "Sukjai",
    "Wongsakul",
    "Alaoui",
    "Bennani",
    "Wang",
    "Li",
    "Santos",
    "Reyes",
    "Hoxha",
    "Krasniqi",
    "Petrov",
    "Dimitrova",
    "Jensen",
    "Nielsen",
    "Andersson",
    "Johansson",
    "Balogh",
    "Rusu",
    "Le",
    "Ng",
    "Mensah"
  };

  final BloomEncoder encoder = new BloomEncoder(key(1));

  @Test
  void everyEncodingHasTheSameWeightAndNoPlaintext() {
    PersonRecord p = person("Oluwaseun", "Adeyemi", LocalDate.of(1991, 4, 12));
    byte[] e = encoder.encode(p);
    assertThat(e).hasSize(BloomEncoder.ENCODED_BITS / 8);
    assertThat(BitSet.valueOf(e).cardinality()).isEqualTo(BloomEncoder.BITS);
    assertThat(BitSet.valueOf(encoder.encode(person("Li", "Ng", null))).cardinality())
        .as("a short name weighs as much as a long one")
        .isEqualTo(BloomEncoder.BITS);
    String asText = new String(e, StandardCharsets.ISO_8859_1).toLowerCase();
    for (String fragment : List.of("olu", "seu", "ade", "yem", "1991")) {
      assertThat(asText).doesNotContain(fragment);
    }
  }

  @Test
  void theSamePersonWrittenDifferentlyMeetsAndOthersDoNot() {
    byte[] a = encoder.encode(person("Oluwaseun", "Adeyemi", LocalDate.of(1991, 4, 12)));
    byte[] shortForm = encoder.encode(person("Seun", "Adeyemi", LocalDate.of(1991, 12, 4)));
    byte[] other = encoder.encode(person("Grace", "Okafor", LocalDate.of(1988, 2, 3)));
    byte[] latin = encoder.encode(person("Andrii", "Shevchenko", LocalDate.of(1985, 5, 5)));
    byte[] cyrillic = encoder.encode(person("Андрій", "Шевченко", LocalDate.of(1985, 5, 5)));
    assertThat(BloomEncoder.dice(a, a)).isEqualTo(1.0);
    assertThat(names(a, shortForm)).isGreaterThan(names(a, other) + 0.1);
    assertThat(names(latin, cyrillic)).isGreaterThan(0.8);
    assertThat(names(a, other)).isLessThan(0.5);
    assertThat(births(a, shortForm)).as("day and month swapped").isEqualTo(1.0);
    assertThat(births(a, other)).isLessThan(0.4);
    assertThat(
            births(latin, encoder.encode(person("Andrii", "Shevchenko", LocalDate.of(1986, 5, 5)))))
        .as("a year off")
        .isBetween(0.4, 0.8);
    assertThat(births(latin, encoder.encode(person("Andrii", "Shevchenko", null)))).isNaN();
  }

  private double names(byte[] a, byte[] b) {
    return BloomEncoder.nameDice(encoder.filter(a).orElseThrow(), encoder.filter(b).orElseThrow());
  }

  private double births(byte[] a, byte[] b) {
    return BloomEncoder.birthDice(encoder.filter(a).orElseThrow(), encoder.filter(b).orElseThrow());
  }

  @Test
  void aDictionaryAttackWithoutTheKeyFailsAndWithItSucceeds() {
    Random random = new Random(11);
    List<PersonRecord> dictionary = new ArrayList<>();
    for (String g : GIVEN) {
      for (String f : FAMILY) {
        dictionary.add(person(g, f, null));
      }
    }
    List<PersonRecord> targets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      targets.add(dictionary.get(random.nextInt(dictionary.size())));
    }
    List<byte[]> secret = targets.stream().map(encoder::encode).toList();
    double withoutKey = attack(new BloomEncoder(key(2)), dictionary, targets, secret);
    double withKey = attack(encoder, dictionary, targets, secret);
    assertThat(withKey).as("the attack itself works").isGreaterThan(0.9);
    assertThat(withoutKey)
        .as("without the key, no better than chance (1 in %d)", dictionary.size())
        .isLessThan(0.05);
  }

  /** The share of targets whose name the attacker picks out of the dictionary. */
  private static double attack(
      BloomEncoder guess,
      List<PersonRecord> dictionary,
      List<PersonRecord> targets,
      List<byte[]> secret) {
    List<byte[]> encoded = dictionary.stream().map(guess::encode).toList();
    int hits = 0;
    for (int t = 0; t < targets.size(); t++) {
      int best = -1;
      double bestDice = -1;
      for (int d = 0; d < dictionary.size(); d++) {
        double dice = BloomEncoder.dice(secret.get(t), encoded.get(d));
        if (dice > bestDice) {
          bestDice = dice;
          best = d;
        }
      }
      if (dictionary.get(best).equals(targets.get(t))) {
        hits++;
      }
    }
    return hits / (double) targets.size();
  }

  private static PersonRecord person(String given, String family, LocalDate born) {
    return new PersonRecord(
        given + " " + family, given, family, List.of(), born, null, null, List.of());
  }

  private static byte[] key(int seed) {
    byte[] key = new byte[32];
    new Random(seed).nextBytes(key);
    return key;
  }
}
