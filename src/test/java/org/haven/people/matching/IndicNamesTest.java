package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicNamesTest {

  private static String spoken(String name) {
    return IndicNames.spoken(Normalizer.normalize(name, Normalizer.Form.NFC));
  }

  private static void reads(Map<String, String> names) {
    names.forEach((script, latin) -> assertThat(spoken(script)).as(script).isEqualTo(latin));
  }

  @Test
  void theInherentVowelAtTheEndOfAWordIsNotSaid() {
    reads(
        Map.of(
            "राहुल", "rahul",
            "सुरेश", "suresh",
            "कुमार", "kumar",
            "अनिल", "anil",
            "राजेश", "rajesh",
            "प्रकाश", "prakash",
            "अश्विन", "ashwin",
            "संजय", "sanjay"));
  }

  @Test
  void afterAClusterItIsSaidUnlessTheClusterIsANasalOrRBeforeAStop() {
    reads(
        Map.of(
            "चन्द्र", "chandra",
            "गुप्त", "gupta",
            "मिश्र", "mishra",
            "कृष्ण", "krishna",
            "आदित्य", "aditya",
            "आनन्द", "anand",
            "प्रशान्त", "prashant",
            "पार्थ", "parth"));
  }

  @Test
  void insideAWordBetweenAVowelAndAConsonantWithAVowelItIsNotSaid() {
    reads(
        Map.of(
            "कमला", "kamla",
            "जगदीश", "jagdish",
            "अरविंद", "arvind",
            "कुलदीप", "kuldip",
            "कमलेश", "kamlesh",
            "सरला", "sarla",
            // never in the first syllable, nor before a consonant that lost its own
            "सरिता", "sarita",
            "कमल", "kamal",
            "भारत", "bharat",
            "नारायण", "narayan"));
  }

  @Test
  void lettersAreWrittenAsNamesAre() {
    reads(
        Map.of(
            "सिंह", "singh",
            "शंभु", "shambhu",
            "पंकज", "pankaj",
            "लक्ष्मी", "lakshmi",
            "ज्ञान", "gyan",
            "फ़रहान", "farhan",
            "ज़ाकिर", "zakir",
            "शर्मा", "sharma",
            "रूपा", "rupa"));
  }

  @Test
  void bengaliNamesAreReadByTheSameRulesWithTheirOwnLetters() {
    reads(
        Map.of(
            "রহমান", "rahman",
            "আমিনুল", "aminul",
            "আব্দুল", "abdul",
            "শফিকুল", "shafikul",
            "ফাতেমা", "fatema",
            "ইসলাম", "islam",
            "জেসমিন", "jesmin",
            "মোহাম্মদ", "mohammad",
            "রুবেল", "rubel",
            "চৌধুরী", "choudhuri"));
  }

  @Test
  void otherCharactersAreKeptAndWordsReadApart() {
    assertThat(spoken("राहुल कुमार")).isEqualTo("rahul kumar");
    assertThat(spoken("Md. আমিনুল")).isEqualTo("md. aminul");
  }
}
