package org.haven.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;
import org.haven.access.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as typed (with spaces, dashes, a national trunk prefix) turned into E.164 ({@code
 * +4512345678}), the one form stored: a number without a country code is read as one of the
 * installation's country ({@code HAVEN_ORGANISATION_COUNTRY}). Text that is no phone number, or a
 * number of a length its country does not have, is refused, naming the field.
 */
@Component
public class PhoneNumbers {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
  private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

  private final String region;

  PhoneNumbers(@Value("${haven.organisation.country:DK}") String region) {
    this.region = region.strip().toUpperCase(Locale.ROOT);
  }

  /** The number in E.164, or null when nothing was typed. */
  public String e164(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    if (typed.length() > 40) {
      throw new InvalidInput(field, "person.phone");
    }
    try {
      PhoneNumber number = NUMBERS.parse(typed.strip(), region);
      // possible (a real length for its country) rather than valid (in a range known to be in
      // use): numbering plans change faster than the bundled metadata
      if (!NUMBERS.isPossibleNumber(number)) {
        throw new InvalidInput(field, "person.phone");
      }
      return NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException notANumber) {
      throw new InvalidInput(field, "person.phone");
    }
  }

  /** Whether a stored value is in E.164 (the aggregates' own check). */
  public static boolean isE164(String value) {
    return value == null || E164.matcher(value).matches();
  }

  /** How a stored number is shown: international format, grouped for reading. */
  public static String readable(String e164) {
    if (e164 == null) {
      return null;
    }
    try {
      return NUMBERS.format(
          NUMBERS.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException legacy) {
      return e164;
    }
  }
}
