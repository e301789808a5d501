package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void ukrainianCyrillicHasSeveralRomanisations() {
    assertThat(NameForms.romanisations("Андрій")).contains("andrii", "andriy", "andrij");
    assertThat(NameForms.romanisations("Шевченко")).contains("shevchenko", "sevcenko");
    assertThat(NameForms.romanisations("Юлія")).contains("yuliia", "yuliya", "iuliia");
    assertThat(NameForms.romanisations("Григорій")).contains("hryhorii", "grigorii");
    assertThat(NameForms.romanisations("Їжак")).contains("yizhak");
  }

  @Test
  void russianCyrillicUsesGAndKh() {
    assertThat(NameForms.romanisations("Сергей")).contains("sergey", "sergei", "sergej");
    assertThat(NameForms.romanisations("Михаил Хабаров")).contains("mikhail khabarov");
    assertThat(NameForms.romanisations("Щукин")).contains("shchukin");
  }

  @Test
  void bulgarianHardSignIsA() {
    assertThat(NameForms.romanisations("Димитър")).contains("dimitar");
  }

  @Test
  void vietnameseDiacriticsAreDropped() {
    assertThat(NameForms.romanisations("Nguyễn Thị Đào")).containsExactly("nguyen thi dao");
    assertThat(NameForms.romanisations("Đặng")).containsExactly("dang");
  }

  @Test
  void arabicGivesTheConsonantSkeletonOfEveryLatinSpelling() {
    String arabic = NameForms.skeleton(NameForms.romanisations("محمد").get(0));
    assertThat(arabic).isEqualTo("md");
    for (String latin : new String[] {"Mohammed", "Muhammad", "Mohamed", "Mohamad"}) {
      assertThat(NameForms.skeleton(NameForms.romanisations(latin).get(0))).isEqualTo(arabic);
      assertThat(NameForms.canonical(NameForms.romanisations(latin).get(0))).isEqualTo("muhammad");
    }
    assertThat(NameForms.romanisations("العلوي")).contains("alwy");
    assertThat(NameForms.romanisations("El Alaoui")).contains("el alaoui", "alaoui");
  }

  @Test
  void thaiIsReadByRtgsFirstThenIcuWithSimplifiedForms() {
    assertThat(NameForms.romanisations("สมชาย"))
        .containsExactly("somchai", "somjai", "smchay", "smjai");
    assertThat(NameForms.skeleton("smchay")).isEqualTo(NameForms.skeleton("somchai"));
  }

  @Test
  void devanagariAndBengaliAreReadAsSpokenFirstThenLetterByLetter() {
    assertThat(NameForms.romanisations("राजेश")).containsExactly("rajesh", "rajesa");
    assertThat(NameForms.romanisations("রহমান")).containsExactly("rahman", "rahamana");
    assertThat(NameForms.script("রহমান")).isEqualTo(NameForms.Script.INDIC);
  }

  @Test
  void chineseBecomesPinyinWithoutTonesThenWadeGilesAndCantonese() {
    assertThat(NameForms.romanisations("王伟")).containsExactly("wang wei", "wong wai");
    assertThat(NameForms.romanisations("张秀英"))
        .containsExactly("zhang xiu ying", "chang hsiu ying", "cheung sau ying");
    assertThat(NameForms.romanisations("志明")).containsExactly("zhi ming", "chih ming", "chi ming");
  }

  @Test
  void nordicLettersHaveBothSpellings() {
    assertThat(NameForms.romanisations("Søren")).containsExactly("soren", "soeren");
    assertThat(NameForms.romanisations("Ştefan")).containsExactly("stefan");
  }

  @Test
  void skeletonSurvivesRomanisationDifferences() {
    assertThat(NameForms.skeleton("shevchenko")).isEqualTo(NameForms.skeleton("sevcenko"));
    assertThat(NameForms.skeleton("oleksandr")).isEqualTo(NameForms.skeleton("aleksandr"));
    assertThat(NameForms.skeleton("kristian")).isEqualTo(NameForms.skeleton("krystian"));
    assertThat(NameForms.skeleton("youssef")).isEqualTo(NameForms.skeleton("yusuf"));
    // Swedish and Danish transcription (sj, tj, zj) and the French dj for j
    assertThat(NameForms.skeleton("sjevtjenko")).isEqualTo(NameForms.skeleton("shevchenko"));
    assertThat(NameForms.skeleton("zjanna")).isEqualTo(NameForms.skeleton("zhanna"));
    assertThat(NameForms.skeleton("djamal")).isEqualTo(NameForms.skeleton("jamal"));
    assertThat(NameForms.skeleton("tjernov")).isNotEqualTo(NameForms.skeleton("ternov"));
  }

  @Test
  void nicknamesHaveCanonicalForms() {
    assertThat(NameForms.canonical("seun")).isEqualTo(NameForms.canonical("oluwaseun"));
    assertThat(NameForms.canonical("sasha")).isEqualTo(NameForms.canonical("oleksandr"));
    assertThat(NameForms.canonical("nastya")).isEqualTo(NameForms.canonical("anastasia"));
    assertThat(NameForms.canonical("ion")).isEqualTo(NameForms.canonical("ioan"));
    assertThat(NameForms.canonical("mariya")).isEqualTo(NameForms.canonical("maria"));
    assertThat(NameForms.canonical("lasse")).isEqualTo(NameForms.canonical("lars"));
    assertThat(NameForms.canonical("kristian")).isEqualTo(NameForms.canonical("christian"));
    // я and ю written ia and iu as well as ya and yu
    assertThat(NameForms.canonical("vania")).isEqualTo(NameForms.canonical("ivan"));
    assertThat(NameForms.canonical("tania")).isEqualTo(NameForms.canonical("tetiana"));
    assertThat(NameForms.canonical("vasia")).isEqualTo(NameForms.canonical("vasile"));
    assertThat(NameForms.canonical("mariana")).isEqualTo("mariana");
  }

  @Test
  void jaroWinklerIsOneForEqualAndHighForTypos() {
    assertThat(JaroWinkler.similarity("martha", "martha")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("martha", "marhta")).isBetween(0.95, 0.97);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isEqualTo(0.0);
  }
}
