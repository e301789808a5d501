package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Latin spellings against names in Arabic script: Maghreb (French) and English spellings. */
class ArabicNamesTest {

  private static int level(String script, String latin) {
    String[] s =
        NameForms.romanisations(script).stream()
            .map(f -> f.replace(" ", ""))
            .toArray(String[]::new);
    String[] l =
        NameForms.romanisations(latin).stream().map(f -> f.replace(" ", "")).toArray(String[]::new);
    String[] sk = new String[s.length];
    String[] lk = new String[l.length];
    for (int i = 0; i < s.length; i++) {
      sk[i] = ArabicNames.consonants(s[i]);
    }
    for (int i = 0; i < l.length; i++) {
      lk[i] = ArabicNames.consonants(l[i]);
    }
    return ArabicNames.level(s, sk, l, lk);
  }

  @ParameterizedTest
  @CsvSource({
    "محمد, Mohammed",
    "محمد, Muhammad",
    "محمد, Mohamed",
    "يوسف, Youssef",
    "يوسف, Yusuf",
    "سعاد, Souad",
    "خديجة, Khadidja",
    "خديجة, Khadija",
    "رشيدة, Rachida",
    "الشرقاوي, Cherkaoui",
    "العلوي, El Alaoui",
    "حسين, Hussein",
    "حسن, Hassan",
    "مريم, Meriem",
    "فؤاد, Fouad",
    "عبد الرحمن, Abderrahmane"
  })
  void aMaghrebOrEnglishSpellingRomanisesTheScript(String script, String latin) {
    assertThat(level(script, latin)).as(latin).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    // French spellings write ou for a short u too: only the consonants of بشرى are sure.
    "بشرى, Bouchra",
    "محمد, Mahmoud",
    "محمود, Mohammed",
    "حسن, Hussein",
    "يوسف, Yasef"
  })
  void theSameConsonantsWithAnotherVowelAgreeLess(String script, String latin) {
    assertThat(level(script, latin)).as(latin).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"محمد, Ahmed", "حامد, Hamza", "رشيدة, Rachid al"})
  void otherConsonantsAreAnotherName(String script, String latin) {
    assertThat(level(script, latin)).as(latin).isEqualTo(2);
  }

  @Test
  void maghrebSpellingsAreAmongTheFormsOfTheScript() {
    assertThat(NameForms.romanisations("رشيدة")).contains("rshida", "rchida");
    assertThat(NameForms.romanisations("جمال")).contains("djmal");
    assertThat(NameForms.romanisations("هدى")).contains("hda");
  }
}
