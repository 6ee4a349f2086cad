package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagements.cesp.privacy.RestrictedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CESP_4: bank details are validated with the ISO 13616 mod-97 check digits (iban4j). */
class CespIbanTest {

  @ParameterizedTest
  @ValueSource(strings = {"FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189", "fr7630006000011234567890189",
      "DE89370400440532013000", "GB82WEST12345698765432", "BE68539007547034"})
  void CESP_4_anIbanWithRightCheckDigitsIsAccepted(String iban) {
    assertThat(RestrictedData.validIban(iban)).hasValueSatisfying(v -> assertThat(v).doesNotContain(" ").isUpperCase());
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR7630006000011234567890188", "FR7730006000011234567890189", "DE89370400440532013001",
      "FR76300060000112345678901", "XX7630006000011234567890189", "", "IBAN"})
  void CESP_4_anIbanWithWrongCheckDigitsOrFormatIsRefused(String iban) {
    assertThat(RestrictedData.validIban(iban)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void CESP_4_othersSeeOnlyAMaskedIban() {
    assertThat(RestrictedData.mask("FR7630006000011234567890189")).isEqualTo("FR76 **** **** **** 0189");
  }
}
