package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Latin spellings against names in Arabic script: Maghreb (French) and English spellings. */
class ArabicNamesTest {

  /** The level the engine computes, from the forms and keys of the names as it builds them. */
  private static int level(String script, String latin) {
    Vocabulary vocabulary = new Vocabulary();
    NamePart s = NamePart.of(script, vocabulary);
    NamePart l = NamePart.of(latin, vocabulary);
    return ArabicNames.level(s.compact, s.consonants(), l.compact, l.consonants());
  }

  @ParameterizedTest
  @CsvSource({
    "محمد, Mohammed",
    "رشيدة, Rashidah",
    "سعيدة, Saida",
    "فاطمة, Fatimah",
    "معاذ, Muadh",
    "حارث, Harith",
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
    "يوسف, Yasef",
    // the feminine ending ة is written; Rachid (رشيد) lacks it, and a particle changes nothing
    "رشيدة, Rachid",
    "رشيدة, Rachid al",
    "سعيدة, Said",
    "حميدة, Hamid"
  })
  void theSameConsonantsWithAnotherVowelAgreeLess(String script, String latin) {
    assertThat(level(script, latin)).as(latin).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"محمد, Ahmed", "حامد, Hamza", "رشيدة, Rachel"})
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
