package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void kosovoIsACountryBesideTheIsoCodes() {
    assertThat(Countries.known("XK")).isTrue();
    assertThat(Countries.known("DK")).isTrue();
    assertThat(Countries.known("SE")).isTrue();
    assertThat(Countries.known("AL")).isTrue();
  }

  @Test
  void codesNobodyAssignedAreNotCountries() {
    assertThat(Countries.known("XX")).isFalse();
    assertThat(Countries.known("RKS")).isFalse();
    assertThat(Countries.known("dk")).as("stored upper case").isFalse();
    assertThat(Countries.known("")).isFalse();
    assertThat(Countries.known(null)).isFalse();
  }

  @Test
  void everyCodeOnceInAlphabeticalOrder() {
    List<String> codes = Countries.codes();
    assertThat(codes).contains("DK", "SE", "XK").doesNotHaveDuplicates().isSorted();
    assertThat(codes).allMatch(c -> c.matches("[A-Z]{2}"));
  }
}
