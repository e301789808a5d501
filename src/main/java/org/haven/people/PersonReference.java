package org.haven.people;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pseudonymous reference users see for a person, e.g. {@code P-7K3Q-9XA2}: random, never
 * derived from the person or from a database id, and read aloud without ambiguity (no I, L, O, U, 0
 * or 1).
 */
public record PersonReference(String value) {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORMAT =
      Pattern.compile("P-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public PersonReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a person reference");
    }
  }

  /** The reference typed by a person: case and surrounding space do not matter. */
  public static PersonReference parse(String typed) {
    return new PersonReference(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String typed) {
    return typed != null && FORMAT.matcher(typed.strip().toUpperCase(Locale.ROOT)).matches();
  }

  static PersonReference random() {
    StringBuilder reference = new StringBuilder("P-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new PersonReference(reference.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
