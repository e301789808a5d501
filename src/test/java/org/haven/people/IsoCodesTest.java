package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.haven.access.InvalidInput;
import org.junit.jupiter.api.Test;

class IsoCodesTest {

  @Test
  void aCitizenshipOfKosovoIsKeptAsXk() {
    assertThat(IsoCodes.country("citizenship", " xk ")).isEqualTo("XK");
    assertThat(IsoCodes.countries("citizenships", List.of("XK", "al", "xk")))
        .containsExactly("XK", "AL");
  }

  @Test
  void anUnknownCountryIsRefusedAtItsField() {
    assertThatThrownBy(() -> IsoCodes.country("citizenship", "XX"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("citizenship");
              assertThat(e.messageKey()).isEqualTo("validation.country");
            });
  }
}
