package org.haven.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.haven.access.InvalidInput;
import org.haven.funding.Money;
import org.haven.web.forms.Amounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Amounts typed and shown as each reader writes them, exactly. */
class AmountsTest {

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aDaneTypesThousandsWithDotsAndDecimalsWithAComma() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
    assertThat(FundingController.amount("a", "118.200.000")).isEqualByComparingTo("118200000");
    assertThat(FundingController.amount("a", "2.500")).isEqualByComparingTo("2500");
    assertThat(FundingController.amount("a", "250.000,25")).isEqualByComparingTo("250000.25");
    assertThat(FundingController.amount("a", "12,5")).isEqualByComparingTo("12.5");
    assertThat(FundingController.amount("a", "1 500 000")).isEqualByComparingTo("1500000");
    assertThat(new Amounts().format(Money.of("a", new BigDecimal("118200000"), "DKK")))
        .isEqualTo("118.200.000\u00a0DKK");
    assertThat(new Amounts().format(Money.of("a", new BigDecimal("250000.25"), "DKK")))
        .isEqualTo("250.000,25\u00a0DKK");
  }

  @Test
  void anEnglishReaderTypesThousandsWithCommasAndDecimalsWithAPoint() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(FundingController.amount("a", "400,000")).isEqualByComparingTo("400000");
    assertThat(FundingController.amount("a", "198,500.50")).isEqualByComparingTo("198500.50");
    assertThat(FundingController.amount("a", "2.5")).isEqualByComparingTo("2.5");
    assertThat(FundingController.amount("a", "1,500,000")).isEqualByComparingTo("1500000");
    assertThat(new Amounts().format(Money.of("a", new BigDecimal("400000"), "DKK")))
        .isEqualTo("400,000\u00a0DKK");
  }

  @Test
  void aSwedeGroupsWithSpacesAndWritesDecimalsWithAComma() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
    assertThat(FundingController.amount("a", "2 800 000")).isEqualByComparingTo("2800000");
    assertThat(FundingController.amount("a", "2,500")).isEqualByComparingTo("2.5");
    assertThat(FundingController.amount("a", "1\u00a0500\u00a0000,75"))
        .isEqualByComparingTo("1500000.75");
  }

  @Test
  void whatIsNotAnAmountIsSaidAndNothingIsGuessed() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(FundingController.amount("a", "  ")).isNull();
    for (String typed : new String[] {"five hundred", "1e6", "12.", "--5", "1.2.3,4,5"}) {
      assertThatThrownBy(() -> FundingController.amount("amount", typed))
          .as(typed)
          .isInstanceOf(InvalidInput.class)
          .extracting(e -> ((InvalidInput) e).field())
          .isEqualTo("amount");
    }
  }
}
