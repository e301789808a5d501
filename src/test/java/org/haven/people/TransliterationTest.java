package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

  @Test
  void namesInOtherScriptsGetALatinForm() {
    assertThat(Transliteration.toLatin("Шевченко Андрій"))
        .matches("[\\p{IsLatin} ʹ'ʺ]+")
        .startsWith("Ševčenko");
    assertThat(Transliteration.toLatin("สมชาย")).matches("[\\p{IsLatin}\\p{M} ]+");
    assertThat(Transliteration.toLatin("محمد")).matches("[\\p{IsLatin}\\p{M} ʼʿ]+");
    assertThat(Transliteration.toLatin("王芳")).matches("[\\p{IsLatin}\\p{M} ]+");
  }

  @Test
  void latinNamesKeepTheirDiacritics() {
    assertThat(Transliteration.toLatin("Nguyễn Thị Hương")).isEqualTo("Nguyễn Thị Hương");
    assertThat(Transliteration.toLatin("Ioana Popescu")).isEqualTo("Ioana Popescu");
  }
}
