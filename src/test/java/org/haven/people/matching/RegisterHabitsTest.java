package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What real registers contain, on hand-made pairs: each kind both ways, the same person linked and
 * different people with the same common names kept apart.
 */
class RegisterHabitsTest {

  private final FeatureExtractor extractor = new FeatureExtractor();
  private final MatchModel model = MatchModel.defaults();

  private PersonFeatures person(
      String given, String family, LocalDate date, String sex, String... citizenships) {
    return extractor.extract(
        new PersonRecord("x", given, family, List.of(), date, null, sex, List.of(citizenships)));
  }

  private PersonFeatures withOtherNames(String given, String family, String... others) {
    return extractor.extract(
        new PersonRecord(
            "x", given, family, List.of(others), LocalDate.of(1984, 1, 20), null, "M", List.of()));
  }

  private int level(PersonFeatures a, PersonFeatures b, int field) {
    int forward = model.levels(a, b)[field];
    assertThat(model.levels(b, a)[field]).as("symmetric").isEqualTo(forward);
    return forward;
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Nested
  class PlaceholderBirthDates {

    @Test
    void firstOfJanuaryIsReadAsAnEstimatedYear() {
      PersonFeatures estimated = person("Amina", "Yusuf", d(1990, 1, 1), "F");
      PersonFeatures trueDate = person("Amina", "Yusuf", d(1991, 3, 14), "F");
      PersonFeatures twoOff = person("Amina", "Yusuf", d(1988, 7, 1), "F");
      assertThat(level(estimated, trueDate, Comparison.BIRTH))
          .isEqualTo(Comparison.BIRTH_ESTIMATED);
      assertThat(level(estimated, twoOff, Comparison.BIRTH)).isEqualTo(Comparison.BIRTH_ESTIMATED);
      assertThat(model.probability(estimated, trueDate)).isGreaterThan(0.5);
      assertThat(Clustering.coherent(estimated, trueDate, model.levels(estimated, trueDate)))
          .isTrue();
    }

    @Test
    void twoExactDatesThatDifferAreTwoPeople() {
      PersonFeatures a = person("Amina", "Yusuf", d(1990, 3, 14), "F");
      PersonFeatures b = person("Amina", "Yusuf", d(1990, 8, 2), "F");
      PersonFeatures far = person("Amina", "Yusuf", d(1984, 1, 1), "F");
      assertThat(level(a, b, Comparison.BIRTH)).isEqualTo(Comparison.BIRTH_DATES_DIFFER);
      assertThat(Clustering.coherent(a, b, model.levels(a, b))).isFalse();
      assertThat(level(a, far, Comparison.BIRTH))
          .isEqualTo(Comparison.LEVELS[Comparison.BIRTH] - 1);
    }

    @Test
    void aSlipInTheYearIsOneDateAndAnyOtherYearIsAnother() {
      PersonFeatures a = person("Amina", "Yusuf", d(1985, 3, 12), "F");
      PersonFeatures swapped = person("Amina", "Yusuf", d(1958, 3, 12), "F");
      PersonFeatures keyed = person("Amina", "Yusuf", d(1965, 3, 12), "F");
      for (PersonFeatures slip : List.of(swapped, keyed)) {
        assertThat(level(a, slip, Comparison.BIRTH)).isEqualTo(3);
        assertThat(Clustering.coherent(a, slip, model.levels(a, slip))).isTrue();
        assertThat(model.probability(a, slip)).isGreaterThan(0.5);
      }
      // two digits changed, or the year's slip with another in the month: two people
      PersonFeatures twoDigits = person("Amina", "Yusuf", d(1971, 3, 12), "F");
      PersonFeatures andMonth = person("Amina", "Yusuf", d(1958, 4, 12), "F");
      for (PersonFeatures other : List.of(twoDigits, andMonth)) {
        assertThat(level(a, other, Comparison.BIRTH))
            .isGreaterThanOrEqualTo(Comparison.BIRTH_DATES_DIFFER);
        assertThat(Clustering.coherent(a, other, model.levels(a, other))).isFalse();
      }
      assertThat(Comparison.oneDigitSlip(2001, 2010)).isTrue();
      assertThat(Comparison.oneDigitSlip(1919, 1991)).isTrue();
      assertThat(Comparison.oneDigitSlip(1989, 1991)).isFalse();
      assertThat(Comparison.oneDigitSlip(1985, 1985)).isFalse();
    }

    @Test
    void neighbouringDaysAcrossTheEndOfAMonthAreOneDate() {
      FeatureExtractor exact = new FeatureExtractor(Set.of());
      Function<LocalDate, PersonFeatures> shirin =
          date ->
              exact.extract(
                  new PersonRecord("x", "Shirin", "Berwari", null, date, null, "F", null));
      BiFunction<LocalDate, LocalDate, int[]> levels =
          (x, y) -> model.levels(shirin.apply(x), shirin.apply(y));
      List<LocalDate[]> neighbours =
          List.of(
              new LocalDate[] {d(1989, 1, 31), d(1989, 2, 1)},
              new LocalDate[] {d(2000, 2, 29), d(2000, 3, 1)},
              new LocalDate[] {d(2001, 2, 28), d(2001, 3, 1)},
              new LocalDate[] {d(1985, 12, 31), d(1986, 1, 1)},
              new LocalDate[] {d(1990, 4, 30), d(1990, 5, 1)});
      for (LocalDate[] n : neighbours) {
        for (int[] l : List.of(levels.apply(n[0], n[1]), levels.apply(n[1], n[0]))) {
          assertThat(l[Comparison.BIRTH]).as(Arrays.toString(n)).isEqualTo(3);
        }
      }
      PersonFeatures a = shirin.apply(d(1989, 1, 31));
      PersonFeatures b = shirin.apply(d(1989, 2, 1));
      assertThat(Clustering.coherent(a, b, model.levels(a, b))).isTrue();
      // two days apart across a month, or a day that is not the month's last: two dates
      List<LocalDate[]> apart =
          List.of(
              new LocalDate[] {d(2000, 2, 28), d(2000, 3, 1)},
              new LocalDate[] {d(1989, 1, 30), d(1989, 2, 1)},
              new LocalDate[] {d(1989, 1, 31), d(1989, 2, 2)},
              new LocalDate[] {d(1985, 12, 31), d(1987, 1, 1)});
      for (LocalDate[] n : apart) {
        assertThat(levels.apply(n[0], n[1])[Comparison.BIRTH])
            .as(Arrays.toString(n))
            .isGreaterThanOrEqualTo(Comparison.BIRTH_DATES_DIFFER);
      }
    }

    @Test
    void theDataSaysWhichDaysArePlaceholders() {
      List<PersonRecord> register = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        LocalDate date =
            i % 10 == 0 ? d(1960 + i % 40, 1, 1) : d(1960 + i % 40, 1, 1).plusDays(i % 365);
        register.add(new PersonRecord("r" + i, "A", "B", null, date, null, null, null));
      }
      assertThat(FeatureExtractor.placeholdersIn(register)).containsExactly(MonthDay.of(1, 1));
      List<PersonRecord> exact = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        exact.add(
            new PersonRecord(
                "r" + i, "A", "B", null, d(1960, 1, 1).plusDays(i * 7L), null, null, null));
      }
      assertThat(FeatureExtractor.placeholdersIn(exact)).isEmpty();
      FeatureExtractor trusting = new FeatureExtractor(FeatureExtractor.placeholdersIn(exact));
      PersonFeatures a = trusting.extract(exact.get(0));
      assertThat(a.placeholder).isFalse();
      assertThat(extractor.extract(exact.get(0)).placeholder).isTrue();
    }
  }

  @Nested
  class ChineseNames {

    @Test
    void hanPinyinWadeGilesAndCantoneseMeet() {
      PersonFeatures han = person("志明", "黄", null, "M");
      PersonFeatures pinyin = person("Zhiming", "Huang", null, "M");
      PersonFeatures wadeGiles = person("Chih-ming", "Huang", null, "M");
      PersonFeatures cantonese = person("Chi Ming", "Wong", null, "M");
      assertThat(level(han, cantonese, Comparison.GIVEN)).isZero();
      assertThat(level(han, cantonese, Comparison.FAMILY)).isZero();
      assertThat(level(han, wadeGiles, Comparison.GIVEN)).isZero();
      assertThat(level(pinyin, wadeGiles, Comparison.GIVEN)).isLessThanOrEqualTo(1);
      assertThat(level(pinyin, cantonese, Comparison.GIVEN)).isEqualTo(1);
      assertThat(level(pinyin, cantonese, Comparison.FAMILY)).isEqualTo(1);
      assertThat(level(person("Na", "Li", null, "F"), person("Na", "Lee", null, "F"), 1))
          .isLessThanOrEqualTo(1);
    }

    @Test
    void familyNameFirstOrLast() {
      PersonFeatures last = person("Zhiming", "Huang", d(1970, 5, 6), "M");
      PersonFeatures first = person("Huang", "Zhi Ming", d(1970, 5, 6), "M");
      assertThat(level(last, first, Comparison.GIVEN)).isLessThanOrEqualTo(1);
      assertThat(level(last, first, Comparison.FAMILY)).isZero();
      assertThat(model.probability(last, first)).isGreaterThan(0.9);
    }

    @Test
    void aWholeNameInHanCharactersInOneFieldIsFamilyNameFirst() {
      PersonFeatures usual = person("家文", "孙", d(1988, 8, 24), "M");
      PersonFeatures whole = person(null, "孙家文", d(1988, 8, 24), "M");
      PersonFeatures pinyin = person("Jiawen", "Sun", d(1988, 8, 24), "M");
      for (PersonFeatures other : List.of(usual, pinyin)) {
        assertThat(level(other, whole, Comparison.GIVEN)).isZero();
        assertThat(level(other, whole, Comparison.FAMILY)).isZero();
        assertThat(model.probability(other, whole)).isGreaterThan(0.9);
      }
      // Another person of that family name keeps a different given name.
      assertThat(level(person("家明", "孙", null, "M"), whole, Comparison.GIVEN)).isEqualTo(4);
      assertThat(FeatureExtractor.hanSplit("欧阳娜娜")).containsExactly(new String[] {"娜娜", "欧阳"});
      assertThat(FeatureExtractor.hanSplit("李娜")).containsExactly(new String[] {"娜", "李"});
      assertThat(FeatureExtractor.hanSplit("孙")).isEmpty();
      assertThat(FeatureExtractor.hanSplit("张三丰子")).isEmpty();
      assertThat(FeatureExtractor.hanSplit("Sun")).isEmpty();
    }

    @Test
    void differentCharactersAndSyllablesStayApart() {
      // 王 and 黄 are both Wong in Cantonese: written in characters they are two names.
      assertThat(level(person("伟", "王", null, "M"), person("伟", "黄", null, "M"), 1)).isEqualTo(4);
      // One shared syllable of a Chinese given name is no agreement.
      assertThat(
              level(person("Xiaoming", "Li", null, "M"), person("Xiao Hong", "Li", null, "M"), 0))
          .isGreaterThanOrEqualTo(3);
      assertThat(level(person("Ming", "Zhang", null, "M"), person("Ning", "Zhang", null, "M"), 0))
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Nested
  class VietnameseNames {

    @Test
    void middleNameWrittenDroppedOrMoved() {
      PersonFeatures full = person("Thị Lan", "Nguyễn", d(1985, 4, 3), "F", "VN");
      PersonFeatures dropped = person("Lan", "Nguyen", d(1985, 4, 3), "F", "VN");
      PersonFeatures moved = person("Lan", "Nguyễn Thị", d(1985, 4, 3), "F", "VN");
      assertThat(level(full, dropped, Comparison.GIVEN)).isZero();
      assertThat(level(dropped, moved, Comparison.FAMILY)).isZero();
      assertThat(model.probability(full, dropped)).isGreaterThan(0.9);
    }

    @Test
    void oneWholeNameSplitOtherwiseBetweenTheFieldsAgreesAsAWhole() {
      // Phạm Thành Huy: the middle name written with the family name, or with the given name.
      PersonFeatures withFamily = person("Huy", "Phạm Thành", d(1980, 7, 1), "M", "VN");
      PersonFeatures withGiven = person("Thành Huy", "Phạm", d(1980, 7, 1), "M", "VN");
      PersonFeatures familyLast = person("Phạm Thành", "Huy", d(1980, 7, 1), "M", "VN");
      for (PersonFeatures other : List.of(withGiven, familyLast)) {
        assertThat(level(withFamily, other, Comparison.GIVEN)).isZero();
        assertThat(level(withFamily, other, Comparison.FAMILY)).isZero();
        assertThat(model.score(withFamily, other)).isEqualTo(model.score(other, withFamily));
      }
      // A second given name registered as the first of two family names.
      assertThat(
              level(
                  person("Juan", "Carlos Martínez", null, "M"),
                  person("Juan Carlos", "Martínez", null, "M"),
                  Comparison.FAMILY))
          .isZero();
      assertThat(model.explain(withFamily, withGiven).namesSwapped()).isTrue();
    }

    @Test
    void theSameWordsInAnotherOrderOrOneWordOtherAreNotOneWholeName() {
      PersonFeatures mariaJose = person("María José", "García", null, "F");
      PersonFeatures joseMaria = person("José", "María García", null, "F");
      assertThat(Comparison.sameWordsSplitOtherwise(mariaJose, joseMaria)).isFalse();
      assertThat(level(mariaJose, joseMaria, Comparison.GIVEN)).isPositive();
      PersonFeatures huy = person("Thành Huy", "Phạm", null, "M");
      PersonFeatures hung = person("Phạm Thành", "Hùng", null, "M");
      assertThat(Comparison.sameWordsSplitOtherwise(huy, hung)).isFalse();
      assertThat(level(huy, hung, Comparison.GIVEN) + level(huy, hung, Comparison.FAMILY))
          .isPositive();
      // Two words the other way round are a swap, read as one.
      assertThat(
              Comparison.sameWordsSplitOtherwise(
                  person("Huy", "Phạm", null, "M"), person("Phạm", "Huy", null, "M")))
          .isFalse();
    }

    @Test
    void aCommonWholeNameSplitOtherwiseCountsNoMoreThanWrittenAlike() {
      // Nguyễn is the family name of about four in ten Vietnamese: agreeing on it says little.
      List<PersonFeatures> population = new ArrayList<>();
      for (String given : List.of("Thanh Ly", "Văn Nam", "Minh", "Thị Lan", "Thanh Hà", "Hùng")) {
        for (int k = 0; k < 5; k++) {
          population.add(person(given, "Nguyễn", null, "F"));
        }
      }
      PersonFeatures written = person("Thanh Ly", "Nguyễn", d(1970, 7, 1), "F", "VN");
      PersonFeatures otherwise = person("Ly", "Nguyễn Thanh", d(1970, 7, 1), "F", "VN");
      population.add(written);
      population.add(otherwise);
      MatchModel adjusted =
          model.withFrequencies(TermFrequencies.count(population, extractor.vocabulary().size()));
      PersonFeatures alike = person("Thanh Ly", "Nguyễn", d(1970, 7, 1), "F", "VN");
      assertThat(adjusted.score(written, otherwise))
          .isLessThanOrEqualTo(adjusted.score(written, alike));
      assertThat(adjusted.score(written, otherwise)).isEqualTo(adjusted.score(otherwise, written));
    }

    @Test
    void sharingThiOrVanIsNoAgreement() {
      PersonFeatures lan = person("Thị Lan", "Nguyễn", d(1985, 4, 3), "F", "VN");
      PersonFeatures hoa = person("Thị Hoa", "Nguyễn", d(1985, 4, 3), "F", "VN");
      assertThat(level(lan, hoa, Comparison.GIVEN)).isEqualTo(4);
      assertThat(
              level(
                  person("Văn Minh", "Trần", null, "M"), person("Văn Hùng", "Trần", null, "M"), 0))
          .isEqualTo(4);
    }
  }

  @Nested
  class NicknamesAndCompounds {

    @Test
    void shortFormsMeetTheirFullNames() {
      assertThat(level(person("Oluwaseun", "Ade", null, "M"), person("Seun", "Ade", null, "M"), 0))
          .isEqualTo(1);
      assertThat(level(person("Adetokunbo", "Ade", null, "M"), person("Toks", "Ade", null, "M"), 0))
          .isEqualTo(1);
      assertThat(
              level(
                  person("Олександр", "Бойко", null, "M"), person("Sasha", "Boiko", null, "M"), 0))
          .isEqualTo(1);
      assertThat(
              level(person("Людмила", "Бойко", null, "F"), person("Lyuda", "Boyko", null, "F"), 0))
          .isEqualTo(1);
      assertThat(
              level(
                  person("Abd al-Rahman", "Idrissi", null, "M"),
                  person("Abderrahmane", "Idrissi", null, "M"),
                  0))
          .isLessThanOrEqualTo(1);
      assertThat(
              level(
                  person("Abdul Rahman", "Idrissi", null, "M"),
                  person("Abdulrahman", "Idrissi", null, "M"),
                  0))
          .isZero();
      assertThat(
              level(
                  person("عائشة", "Idrissi", null, "F"), person("Aicha", "Idrissi", null, "F"), 0))
          .isLessThanOrEqualTo(1);
    }

    @Test
    void somaliSpellingsMeetTheArabicOnes() {
      String[][] pairs = {
        {"Maxamed", "Mohamed"},
        {"Cabdi", "Abdi"},
        {"Xasan", "Hassan"},
        {"Cismaan", "Osman"},
        {"Faadumo", "Fatima"},
        {"Xaliimo", "Halima"},
        {"Cabdullaahi", "Abdullahi"}
      };
      for (String[] p : pairs) {
        assertThat(level(person(p[0], "Warsame", null, "M"), person(p[1], "Warsame", null, "M"), 0))
            .as(p[0] + " ~ " + p[1])
            .isLessThanOrEqualTo(1);
      }
      assertThat(
              level(person("Cali", "Warsame", null, "M"), person("Cabdi", "Warsame", null, "M"), 0))
          .isGreaterThanOrEqualTo(3);
    }

    @Test
    void romanianAndBulgarianShortFormsMeetTheirFullNames() {
      String[][] pairs = {
        {"Gheorghe", "Gigel"},
        {"Ion", "Ionel"},
        {"Constantin", "Costel"},
        {"Константин", "Costică"},
        {"Maria", "Mărioara"},
        {"Dumitru", "Mitică"},
        {"Димитър", "Mitko"},
        {"Петър", "Pesho"},
        {"Petru", "Petar"},
        {"Vasile", "Vasko"},
        {"Тодор", "Tosho"},
        {"Иван", "Vanyo"}
      };
      for (String[] p : pairs) {
        assertThat(level(person(p[0], "Popov", null, "M"), person(p[1], "Popov", null, "M"), 0))
            .as(p[0] + " ~ " + p[1])
            .isLessThanOrEqualTo(1);
      }
      // and names that only look alike stay different names
      String[][] apart = {{"Pesho", "Pavel"}, {"Costel", "Cornel"}, {"Vasko", "Vlado"}};
      for (String[] p : apart) {
        assertThat(level(person(p[0], "Popov", null, "M"), person(p[1], "Popov", null, "M"), 0))
            .as(p[0] + " ~ " + p[1])
            .isGreaterThanOrEqualTo(2);
      }
    }

    @Test
    void initialsStandForTheNamesTheyBeginAndForNoOthers() {
      LocalDate born = d(1990, 3, 4);
      PersonFeatures john = person("John", "Okafor", born, "M", "NG");
      PersonFeatures initial = person("J.", "Okafor", born, "M", "NG");
      assertThat(level(initial, john, Comparison.GIVEN)).isEqualTo(3);
      assertThat(model.probability(initial, john)).isGreaterThan(0.5);
      assertThat(
              level(
                  person("M. Ali", "Hassan", null, "M"),
                  person("Mohamed Ali", "Hassan", null, "M"),
                  Comparison.GIVEN))
          .isEqualTo(2);
      assertThat(
              level(
                  person("A.K.", "Singh", null, "M"),
                  person("Anil Kumar", "Singh", null, "M"),
                  Comparison.GIVEN))
          .isEqualTo(3);
      // an initial that begins no word of the other name, or a written word it lacks: other names
      assertThat(level(person("K.", "Okafor", born, "M"), john, Comparison.GIVEN)).isEqualTo(4);
      assertThat(level(person("J. K.", "Okafor", born, "M"), john, Comparison.GIVEN)).isEqualTo(4);
      assertThat(
              level(
                  person("M. Ali", "Hassan", null, "M"),
                  person("Mohamed Omar", "Hassan", null, "M"),
                  Comparison.GIVEN))
          .isEqualTo(4);
      assertThat(model.score(person("K.", "Okafor", born, "M", "NG"), john))
          .isLessThan(model.score(initial, john) - 3);
    }

    @Test
    void differentNamesWithOneRootStayApart() {
      assertThat(
              level(
                  person("Abdelkarim", "Idrissi", null, "M"),
                  person("Abdelaziz", "Idrissi", null, "M"),
                  0))
          .isGreaterThanOrEqualTo(3);
      assertThat(level(person("Seun", "Ade", null, "M"), person("Segun", "Ade", null, "M"), 0))
          .isGreaterThanOrEqualTo(2);
      assertThat(level(person("Sasha", "Boiko", null, "M"), person("Dima", "Boiko", null, "M"), 0))
          .isEqualTo(4);
    }

    @Test
    void shortNamesThatSoundAlikeOnlyByTheirVowelsAreDifferentNames() {
      // Ion, Ana, Jan and Anna have one consonant among vowels: their sound says nothing
      PersonFeatures ion = person("Ion", "Bivol", d(1977, 7, 12), "M", "MD");
      PersonFeatures ana = person("Ana", "Bivol", d(1977, 7, 12), "F", "MD");
      assertThat(level(ion, ana, Comparison.GIVEN)).isEqualTo(4);
      assertThat(Clustering.coherent(ion, ana, model.levels(ion, ana))).isFalse();
      assertThat(level(person("Jan", "Vos", null, "M"), person("Anna", "Vos", null, "F"), 0))
          .isEqualTo(4);
      assertThat(level(person("Ali", "Vos", null, "M"), person("Eli", "Vos", null, "M"), 0))
          .isEqualTo(4);
      // the same name written otherwise still sounds alike
      assertThat(level(person("Ali", "Vos", null, "M"), person("Aly", "Vos", null, "M"), 0))
          .isEqualTo(1);
      assertThat(level(person("Ion", "Pop", null, "M"), person("Ioan", "Pop", null, "M"), 0))
          .isEqualTo(1);
    }
  }

  @Nested
  class IndicScriptAgainstLatin {

    @Test
    void aHindiOrBengaliNameAgreesFullyWithHowItIsSigned() {
      assertThat(level(person("राहुल", "कुमार", null, "M"), person("Rahul", "Kumar", null, "M"), 0))
          .isZero();
      assertThat(level(person("राहुल", "कुमार", null, "M"), person("Rahul", "Kumar", null, "M"), 1))
          .isZero();
      assertThat(level(person("कमला", "Devi", null, "F"), person("Kamla", "Devi", null, "F"), 0))
          .isZero();
      assertThat(
              level(person("Aminul", "রহমান", null, "M"), person("Aminul", "Rahman", null, "M"), 1))
          .isZero();
      PersonFeatures script = person("सुरेश", "कुमार", d(1995, 3, 26), "M");
      PersonFeatures latin = person("Suresh", "Kumar", d(1995, 3, 26), "M");
      assertThat(model.probability(script, latin)).isGreaterThan(0.5);
    }

    @Test
    void anotherNameOrAnotherDateIsAnotherPerson() {
      for (String other : List.of("Rohit", "Rahim", "Ravi")) {
        assertThat(level(person("राहुल", "कुमार", null, "M"), person(other, "Kumar", null, "M"), 0))
            .as(other)
            .isPositive();
      }
      PersonFeatures a = person("सुरेश", "कुमार", d(1995, 3, 26), "M");
      PersonFeatures b = person("Suresh", "Kumar", d(1988, 11, 2), "M");
      assertThat(Clustering.coherent(a, b, model.levels(a, b))).isFalse();
    }
  }

  @Nested
  class ArabicScriptAgainstLatin {

    @Test
    void aRomanisationOfAnArabicNameAgreesWithItFully() {
      for (String latin : List.of("Mohammed", "Muhammad", "Mohamed")) {
        assertThat(
                level(person("محمد", "Alaoui", null, "M"), person(latin, "Alaoui", null, "M"), 0))
            .as(latin)
            .isZero();
      }
      assertThat(
              level(person("يوسف", "Alaoui", null, "M"), person("Youssef", "Alaoui", null, "M"), 0))
          .isZero();
      assertThat(
              level(person("Souad", "الدريسي", null, "F"), person("Souad", "Drissi", null, "F"), 1))
          .isZero();
    }

    @Test
    void twoLatinSpellingsStaySpellingVariants() {
      assertThat(
              level(
                  person("Mohammed", "Alaoui", null, "M"),
                  person("Muhammad", "Alaoui", null, "M"),
                  0))
          .isEqualTo(1);
    }

    @Test
    void anotherNameWithTheSameConsonantsIsNoFullAgreement() {
      // Mahmoud (محمود) has the long ū محمد lacks; Hussein (حسين) the ī of حسين, not of حسن.
      for (String latin : List.of("Mahmoud", "Ahmed", "Hamid", "Mehdi")) {
        assertThat(
                level(person("محمد", "Alaoui", null, "M"), person(latin, "Alaoui", null, "M"), 0))
            .as(latin)
            .isPositive();
      }
      assertThat(
              level(person("حسن", "Alaoui", null, "M"), person("Hussein", "Alaoui", null, "M"), 0))
          .isPositive();
    }
  }

  @Nested
  class NamesBetweenFields {

    @Test
    void onePartOfACompoundNameWithALetterKeyedWrongIsStillThatName() {
      assertThat(
              level(
                  person("Hagus", "Kibrom Yonas", null, "M"),
                  person("Hagus", "Kibron", null, "M"),
                  Comparison.FAMILY))
          .isEqualTo(2);
      assertThat(
              level(
                  person("Natalia", "Herrera Martínez", null, "F"),
                  person("Natalia", "Herera", null, "F"),
                  Comparison.FAMILY))
          .isEqualTo(2);
      // a word two letters away, or a short word, is no part of the compound
      assertThat(
              level(
                  person("Hagus", "Kibrom Yonas", null, "M"),
                  person("Hagus", "Kidane", null, "M"),
                  Comparison.FAMILY))
          .isEqualTo(4);
      assertThat(level(person("Ana", "Paz Ríos", null, "F"), person("Ana", "Pez", null, "F"), 1))
          .isEqualTo(4);
    }

    @Test
    void aWordWithinANameIsOneEditAwayExactlyWhenItIsAlone() {
      SplittableRandom random = new SplittableRandom(15);
      for (int k = 0; k < 20_000; k++) {
        String w = word(random, 3 + random.nextInt(5));
        String y = random.nextBoolean() ? w : mutate(random, w);
        String before = word(random, random.nextInt(4));
        String after = word(random, random.nextInt(4));
        String in = before + w + after;
        assertThat(Comparison.oneEdit(in, before.length(), before.length() + w.length(), y))
            .as(w + " in " + in + " ~ " + y)
            .isEqualTo(Comparison.oneEdit(w, y));
      }
    }

    private static String word(SplittableRandom random, int length) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append((char) ('a' + random.nextInt(4)));
      }
      return b.toString();
    }

    private static String mutate(SplittableRandom random, String w) {
      int at = random.nextInt(w.length());
      return switch (random.nextInt(4)) {
        case 0 -> w.substring(0, at) + w.substring(at + 1);
        case 1 -> w.substring(0, at) + (char) ('a' + random.nextInt(4)) + w.substring(at);
        case 2 -> w.substring(0, at) + (char) ('a' + random.nextInt(4)) + w.substring(at + 1);
        default ->
            at + 1 < w.length()
                ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2)
                : w + "ab";
      };
    }

    @Test
    void familyNameAmongOtherNames() {
      PersonFeatures usual = withOtherNames("Constantin", "Cazanescu");
      PersonFeatures moved = withOtherNames("Constantin", null, "Cazanescu");
      PersonFeatures other = withOtherNames("Constantin", null, "Popescu");
      PersonFeatures misspelt = withOtherNames("Constantin", null, "Cazanesku");
      assertThat(level(usual, moved, Comparison.FAMILY)).isZero();
      assertThat(level(usual, misspelt, Comparison.FAMILY)).isEqualTo(1);
      assertThat(level(usual, other, Comparison.FAMILY)).isEqualTo(4);
    }

    @Test
    void familyNameAmongOtherNamesWithTheNamesTheOtherWayRound() {
      PersonFeatures swapped = withOtherNames("Shehu", "Urtim");
      PersonFeatures moved = withOtherNames("Urtim", null, "Sheu");
      PersonFeatures namesake = withOtherNames("Urtim", null, "Berisha");
      PersonFeatures another = withOtherNames("Arben", null, "Sheu");
      assertThat(model.explain(swapped, moved).namesSwapped()).isTrue();
      assertThat(level(swapped, moved, Comparison.GIVEN)).isEqualTo(1);
      assertThat(level(swapped, moved, Comparison.FAMILY)).isZero();
      assertThat(model.probability(swapped, moved)).isGreaterThan(0.5);
      assertThat(model.probability(moved, swapped)).isEqualTo(model.probability(swapped, moved));
      // One name in common, the other different: a disagreement, read either way round, and
      // weaker than the pair above (all four records share one birth date).
      assertThat(level(swapped, namesake, Comparison.GIVEN)).isEqualTo(4);
      assertThat(level(swapped, another, Comparison.GIVEN)).isEqualTo(4);
      assertThat(model.probability(swapped, namesake))
          .isLessThan(model.probability(swapped, moved));
      assertThat(model.probability(swapped, another)).isLessThan(model.probability(swapped, moved));
    }

    @Test
    void otherNamesOfTwoRecordsWithoutFamilyNamesAgreeNoMoreThanAliases() {
      PersonFeatures a = withOtherNames("Somchai", null, "Lek");
      PersonFeatures b = withOtherNames("Somchai", null, "Lek");
      assertThat(level(a, b, Comparison.FAMILY)).isEqualTo(1);
    }

    @Test
    void oneOfTwoFamilyNamesDropped() {
      PersonFeatures both = person("Maria", "García López", d(1990, 2, 3), "F");
      PersonFeatures one = person("Maria", "López", d(1990, 2, 3), "F");
      PersonFeatures another = person("Maria", "Fernández", d(1990, 2, 3), "F");
      assertThat(level(both, one, Comparison.FAMILY)).isEqualTo(2);
      assertThat(level(both, another, Comparison.FAMILY)).isEqualTo(4);
      assertThat(model.probability(both, one)).isGreaterThan(model.probability(both, another));
    }
  }

  @Nested
  class WholeNameInOneField {

    @Test
    void aWholeNameInOneFieldIsReadAsGivenAndFamilyNameInEitherOrder() {
      PersonFeatures usual = person("Arben", "Ismaj", d(1987, 9, 1), "M");
      PersonFeatures inFamily = person(null, "ARBEN ISMAJ", d(1987, 9, 1), "M");
      PersonFeatures inGiven = person("Ismaj Arben", null, d(1987, 9, 1), "M");
      for (PersonFeatures one : List.of(inFamily, inGiven)) {
        assertThat(level(usual, one, Comparison.GIVEN)).isZero();
        assertThat(level(usual, one, Comparison.FAMILY)).isZero();
        assertThat(model.probability(usual, one)).isGreaterThan(0.5);
        assertThat(model.score(one, usual)).isEqualTo(model.score(usual, one));
      }
      // Both written whole, in different fields.
      assertThat(level(inFamily, inGiven, Comparison.FAMILY)).isZero();
      assertThat(model.probability(inFamily, inGiven)).isGreaterThan(0.5);
    }

    @Test
    void threeWordsWithTheFamilyNameFirstOrLastAndParticlesKeptWithTheirWord() {
      PersonFeatures vietnamese = person("Thị Hằng", "Nguyễn", d(1977, 12, 16), "F");
      PersonFeatures whole = person(null, "Nguyễn Thị Hằng", d(1977, 12, 16), "F");
      assertThat(level(vietnamese, whole, Comparison.GIVEN)).isZero();
      assertThat(level(vietnamese, whole, Comparison.FAMILY)).isZero();
      PersonFeatures dutch = person("Pieter Willem", "de Jong", d(1994, 7, 8), "M");
      PersonFeatures familyFirst = person(null, "de Jong Pieter Willem", d(1994, 7, 8), "M");
      PersonFeatures familyLast = person("Pieter Willem de Jong", null, d(1994, 7, 8), "M");
      for (PersonFeatures one : List.of(familyFirst, familyLast)) {
        assertThat(level(dutch, one, Comparison.GIVEN)).isZero();
        assertThat(level(dutch, one, Comparison.FAMILY)).isZero();
      }
      assertThat(FeatureExtractor.wholeNameSplits(familyLast.record()))
          .containsExactly(
              new String[] {"Pieter Willem", "de Jong"}, new String[] {"Willem de Jong", "Pieter"});
    }

    @Test
    void twoFamilyNamesWithoutAGivenNameStayFamilyNamesAndOtherPeopleStayApart() {
      // Two family names and no given name: read as written, not split into a given name.
      PersonFeatures full = person("Francisca", "Rodrigues Moreira", d(1997, 12, 25), "F");
      PersonFeatures noGiven = person(null, "Rodrigues Moreira", d(1997, 12, 25), "F");
      assertThat(level(full, noGiven, Comparison.FAMILY)).isZero();
      assertThat(level(full, noGiven, Comparison.GIVEN)).isEqualTo(-1);
      // A whole name that shares one word with another person's name weighs as the name it is
      // against that person, its differing given name included: not as a family name alone.
      PersonFeatures whole = person(null, "Arben Ismaj", d(1987, 4, 12), "M");
      PersonFeatures same = person("Arben", "Ismaj", d(1987, 4, 12), "M");
      PersonFeatures brother = person("Blerim", "Ismaj", d(1985, 1, 1), "M");
      PersonFeatures namesake = person("Arben", "Krasniqi", d(1987, 1, 1), "M");
      for (PersonFeatures other : List.of(brother, namesake)) {
        assertThat(model.levels(whole, other)).isEqualTo(model.levels(same, other));
        assertThat(model.score(whole, other)).isEqualTo(model.score(same, other));
        assertThat(model.score(other, whole)).isEqualTo(model.score(whole, other));
        assertThat(model.probability(whole, other)).isLessThan(0.5);
      }
      // Records that hold both names, or one word, have no other reading.
      assertThat(FeatureExtractor.wholeNameSplits(full.record())).isEmpty();
      assertThat(FeatureExtractor.wholeNameSplits(person(null, "Ismaj", null, "M").record()))
          .isEmpty();
    }

    @Test
    void aLoneNameInTheOtherFieldIsStillThatName() {
      // The only name known written as the family name (a form's one required line), or a given
      // name known alone written as the surname: read in either field.
      PersonFeatures full = person("Emmanuel", "Ogunsola", d(2002, 6, 25), "M");
      PersonFeatures aloneAsFamily = person(null, "Emmanuel", d(2002, 6, 25), "M");
      PersonFeatures aloneAsGiven = person("Ogunsola", null, d(2002, 6, 25), "M");
      for (PersonFeatures alone : List.of(aloneAsFamily, aloneAsGiven)) {
        int[] levels = model.levels(full, alone);
        assertThat(new int[] {levels[Comparison.GIVEN], levels[Comparison.FAMILY]})
            .as("one name agrees, the other is missing")
            .containsExactlyInAnyOrder(0, -1);
        assertThat(model.probability(full, alone)).isGreaterThan(0.5);
        assertThat(model.score(alone, full)).isEqualTo(model.score(full, alone));
      }
      // Against another person's name it is as different as before, and two lone names written
      // alike are read as written.
      PersonFeatures other = person("Chidi", "Okafor", d(2002, 6, 25), "M");
      assertThat(model.levels(other, aloneAsFamily)).containsExactly(-1, 4, 0, 0, -1);
      PersonFeatures again = person(null, "Emmanuel", d(2002, 6, 25), "M");
      assertThat(model.levels(aloneAsFamily, again)).containsExactly(-1, 0, 0, 0, -1);
      // The names shifted one field on: the given name as the family name, the family name among
      // the other names.
      PersonFeatures shifted =
          extractor.extract(
              new PersonRecord(
                  "x",
                  null,
                  "Emmanuel",
                  List.of("Ogunsola"),
                  d(2002, 6, 25),
                  null,
                  "M",
                  List.of()));
      assertThat(model.levels(full, shifted)).startsWith(0, 0, 0);
      // Beside a lone given name, the other names are where its family name is looked for.
      PersonFeatures givenWithOthers =
          extractor.extract(
              new PersonRecord(
                  "x",
                  "Emmanuel",
                  null,
                  List.of("Ogunsola"),
                  d(2002, 6, 25),
                  null,
                  "M",
                  List.of()));
      assertThat(givenWithOthers.readings).isEmpty();
      assertThat(model.levels(full, givenWithOthers)).startsWith(0, 0, 0);
      // A word that says the name is unknown keeps the other name where it was written.
      PersonFeatures unknownGiven = person("Unknown", "Ogunsola", d(2002, 6, 25), "M");
      assertThat(unknownGiven.readings).isEmpty();
      assertThat(aloneAsFamily.readings).hasSize(1);
    }
  }

  @Nested
  class RecordsWithoutBirthDate {

    /** One without a date, two namesakes born on different days, and one more of the first. */
    private PersonFeatures[] namesakes() {
      return new PersonFeatures[] {
        person("Wei", "Li", null, "M"),
        person("Wei", "Li", d(1990, 1, 5), "M"),
        person("Wei", "Li", d(1985, 3, 2), "M"),
        person("Wei", "Li", d(1990, 1, 5), null)
      };
    }

    @Test
    void aRecordWithoutDateDoesNotBridgeTwoNamesakes() {
      PersonFeatures[] records = namesakes();
      long[] links = {1L, 2L, (1L << 32) | 3, 3L};
      float[] probabilities = {0.9f, 0.8f, 0.99f, 0.7f};
      Clustering.Result r = Clustering.cluster(records, model, links, probabilities);
      assertThat(r.cluster()[1]).isEqualTo(r.cluster()[3]).isNotEqualTo(r.cluster()[2]);
      assertThat(r.cluster()[0]).isIn(r.cluster()[1], r.cluster()[2]);
      long[] pairs = Clustering.pairs(r.cluster());
      assertThat(Arrays.stream(pairs).filter(p -> p == ((1L << 32) | 2))).isEmpty();
    }

    @Test
    void yearsFurtherApartThanAnyEstimatedAgeAreTwoPeopleAndAnEstimateIsNoBridge() {
      PersonFeatures whole = person("Van Dung", "Nguyen", null, "M");
      PersonFeatures born1974 = person("Văn Dũng", "Nguyễn", d(1974, 7, 31), "M");
      PersonFeatures estimated2006 = person("Dũng", "Nguyễn", d(2006, 1, 1), "M");
      PersonFeatures yearOnly1996 = yearOnly("Dung", "Nguyen", 1996);
      PersonFeatures yearOnly1980 = yearOnly("Dung", "Nguyen", 1980);
      for (PersonFeatures later : List.of(estimated2006, yearOnly1996)) {
        assertThat(Clustering.coherent(born1974, later, model.levels(born1974, later))).isFalse();
        assertThat(Clustering.coherent(later, born1974, model.levels(later, born1974))).isFalse();
      }
      // Within ten years an estimate may still be the same person; so is a slip in the year.
      assertThat(Clustering.coherent(born1974, yearOnly1980, model.levels(born1974, yearOnly1980)))
          .isTrue();
      PersonFeatures slip = person("Văn Dũng", "Nguyễn", d(1994, 7, 31), "M");
      assertThat(Clustering.coherent(born1974, slip, model.levels(born1974, slip))).isTrue();
      // The record without a date, linked to both as strongly, is neither: the estimate is no
      // longer the one namesake without rivals.
      PersonFeatures[] read = {whole, born1974, estimated2006};
      boolean[] dropped =
          Deduper.conflicts(read, model, new long[] {1L, 2L}, new float[] {0.6f, 0.6f}, 0.5);
      assertThat(dropped).containsExactly(true, true);
    }

    private PersonFeatures yearOnly(String given, String family, int year) {
      return extractor.extract(
          new PersonRecord("x", given, family, List.of(), null, year, "M", List.of()));
    }

    @Test
    void aRecordWithoutDateIsNeitherOfTwoNamesakesWhenNeitherIsClearlyMoreLikely() {
      PersonFeatures[] records = namesakes();
      // Odds 3 and 2.3: the record is the first with a chance of 3 / (1 + 3 + 2.3) < 1/2.
      boolean[] evenly =
          Deduper.conflicts(records, model, new long[] {1L, 2L}, new float[] {0.75f, 0.7f}, 0.5);
      assertThat(evenly).containsExactly(true, true);
      // Odds 19 against 1.5: the first namesake and the record consistent with it stay linked.
      boolean[] clearly =
          Deduper.conflicts(
              records, model, new long[] {1L, 2L, 3L}, new float[] {0.95f, 0.6f, 0.9f}, 0.5);
      assertThat(clearly).containsExactly(false, true, false);
      // Two records of one person are not rivals: the weaker link needs only the threshold.
      boolean[] same =
          Deduper.conflicts(records, model, new long[] {1L, 3L}, new float[] {0.9f, 0.55f}, 0.5);
      assertThat(same).containsExactly(false, false);
    }
  }

  @Nested
  class NamesNobodyKnew {

    @Test
    void aWordForUnknownIsNoNameAndATitleIsNoPartOfOne() {
      LocalDate born = d(1990, 3, 4);
      PersonFeatures chioma = person("Chioma", "Okafor", born, "F", "NG");
      for (String unknown :
          List.of(
              "Unknown",
              "UNKNOWN",
              "N.N.",
              "NN",
              "FNU",
              "ukendt",
              "okänd",
              "uppgift saknas",
              "N/A")) {
        PersonFeatures noGiven = person(unknown, "Okafor", born, "F", "NG");
        assertThat(level(chioma, noGiven, Comparison.GIVEN)).as(unknown).isEqualTo(-1);
        assertThat(model.probability(chioma, noGiven)).as(unknown).isGreaterThan(0.5);
      }
      assertThat(level(person("Chioma", "LNU", born, "F"), chioma, Comparison.FAMILY))
          .isEqualTo(-1);
      assertThat(level(person("Mrs Chioma", "Okafor", born, "F"), chioma, Comparison.GIVEN))
          .isZero();
      assertThat(level(person("Fru Chioma", "Okafor", born, "F"), chioma, Comparison.GIVEN))
          .isZero();
    }

    @Test
    void twoRecordsOfAnUnknownNameDoNotAgreeOnIt() {
      PersonFeatures a = person("Unknown", "Okafor", d(1990, 3, 4), "F", "NG");
      PersonFeatures b = person("Unknown", "Okafor", d(1992, 8, 17), "F", "NG");
      assertThat(level(a, b, Comparison.GIVEN)).isEqualTo(-1);
      assertThat(model.probability(a, b)).isLessThan(0.5);
      // names that look like a placeholder are names: Li Na, and Mr as no title when alone
      assertThat(level(person("Na", "Li", null, "F"), person("Na", "Li", null, "F"), 0)).isZero();
      assertThat(NameForms.romanisations("Na")).containsExactly("na");
      assertThat(NameForms.romanisations("Mr")).containsExactly("mr");
      assertThat(NameForms.romanisations("N.N.")).isEmpty();
    }
  }

  @Nested
  class SexAndCitizenship {

    @Test
    void aClericalErrorLowersTheScoreButDoesNotVeto() {
      PersonFeatures woman = person("Maria", "Popescu", d(1980, 6, 7), "F", "RO");
      PersonFeatures clerical = person("Maria", "Popescu", d(1980, 6, 7), "M", "RO");
      PersonFeatures secondCitizenship = person("Maria", "Popescu", d(1980, 6, 7), "F", "MD");
      assertThat(model.probability(woman, clerical)).isGreaterThan(0.5);
      assertThat(model.score(woman, clerical)).isLessThan(model.score(woman, woman));
      assertThat(model.probability(woman, secondCitizenship)).isGreaterThan(0.5);
      assertThat(Clustering.coherent(woman, clerical, model.levels(woman, clerical))).isTrue();
    }

    @Test
    void differentSexAndDifferentNamesAreTwoPeople() {
      PersonFeatures maria = person("Maria", "Popescu", d(1980, 6, 7), "F", "RO");
      PersonFeatures mihai = person("Mihai", "Popescu", d(1980, 6, 7), "M", "RO");
      PersonFeatures clerical = person("Maria", "Popescu", d(1980, 6, 7), "M", "RO");
      assertThat(Clustering.coherent(maria, mihai, model.levels(maria, mihai))).isFalse();
      assertThat(model.score(maria, mihai)).isLessThan(model.score(maria, clerical) - 5);
    }
  }
}
