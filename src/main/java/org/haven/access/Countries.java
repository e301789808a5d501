package org.haven.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries a record may name, for every module: the ISO 3166-1 alpha-2 codes, and XK for
 * Kosovo. ISO 3166 has not assigned Kosovo a code; XK is the user-assigned code that the European
 * Commission, Eurostat and the IMF use (Kosovo's passports write ICAO's RKS), and Kosovo is a
 * country of origin the Nordic centres and their partners meet. The JDK names XK in every language
 * Haven speaks but does not list it among its ISO codes.
 */
public final class Countries {

  private static final List<String> CODES = codes(Locale.getISOCountries());
  private static final Set<String> KNOWN = Set.copyOf(CODES);

  private Countries() {}

  /** Whether a code (upper case, as stored) names a country a record may hold. */
  public static boolean known(String code) {
    return code != null && KNOWN.contains(code);
  }

  /** Every code, in alphabetical order. */
  public static List<String> codes() {
    return CODES;
  }

  private static List<String> codes(String[] iso) {
    List<String> codes = new ArrayList<>(Arrays.asList(iso));
    if (!codes.contains("XK")) {
      codes.add("XK");
    }
    codes.sort(null);
    return List.copyOf(codes);
  }
}
