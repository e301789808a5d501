package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiNamesTest {

  /** Names and their RTGS spellings as the Royal Institute's system writes them. */
  @ParameterizedTest
  @CsvSource({
    "สมชาย, somchai",
    "สมพล, somphon",
    "ศรีสุข, sisuk",
    "บุญมา, bunma",
    "กาญจนา, kanchana",
    "จินตนา, chintana",
    "วัฒน์, wat",
    "สุวรรณ, suwan",
    "ธรรม, tham",
    "ทอง, thong",
    "ดวง, duang",
    "แก้ว, kaeo",
    "เรือง, rueang",
    "เลิศ, loet",
    "เจริญ, charoen",
    "ประเสริฐ, prasoet",
    "จันทร์, chan",
    "อินทร์, in",
    "สมบูรณ์, sombun",
    "ทรัพย์, sap",
    "มงคล, mongkhon",
    "อุดม, udom",
    "กิตติ, kitti",
    "ภักดี, phakdi",
    "ปัญญา, panya",
    "สวัสดิ์, sawat",
    "เพชร, phet",
    "พงษ์, phong",
    "ฤดี, ruedi"
  })
  void readsThaiScriptAsRtgs(String thai, String rtgs) {
    assertThat(ThaiNames.rtgs(thai)).isEqualTo(rtgs);
  }

  @ParameterizedTest
  @CsvSource({"กาญจนา, Kanchana", "วัฒน์สุวรรณสุข, Watsuwansuk", "ศรีวงศ์, Siwong"})
  void aNameInThaiScriptMeetsItsLatinSpelling(String thai, String latin) {
    assertThat(givenLevel(thai, latin)).isZero();
  }

  @ParameterizedTest
  @CsvSource({"สมชาย, Somsak", "กาญจนา, Kannika"})
  void differentNamesStayApart(String thai, String latin) {
    assertThat(givenLevel(thai, latin)).isGreaterThan(1);
  }

  private static int givenLevel(String a, String b) {
    FeatureExtractor extractor = new FeatureExtractor();
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(
        extractor.extract(new PersonRecord("a", a, null, null, null, null, null, null)),
        extractor.extract(new PersonRecord("b", b, null, null, null, null, null, null)),
        levels);
    return levels[Comparison.GIVEN];
  }
}
