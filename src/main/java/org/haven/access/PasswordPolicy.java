package org.haven.access;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0, V6): at least 12 and at most 128 characters, any
 * characters allowed, not on the bundled list of common passwords, not the account's email address,
 * and hard to guess: zxcvbn's estimate (keyboard patterns, repeats, dates, dictionaries and some
 * 30,000 passwords from breaches, with the person's own email and name as context) must be at least
 * {@value #MINIMUM_GUESSES_LOG10} guesses as a power of ten, which an attacker holding the Argon2
 * hashes cannot reach.
 */
@Component
class PasswordPolicy {

  static final int MINIMUM_LENGTH = 12;
  static final int MAXIMUM_LENGTH = 128;
  static final int MINIMUM_GUESSES_LOG10 = 10;

  private final Set<String> common;
  private final Zxcvbn strength = new Zxcvbn();

  PasswordPolicy() {
    this.common = load("/access/common-passwords.txt");
  }

  /** Throws {@link InvalidInput} on {@code field} when the password breaks the policy. */
  void check(String field, String password, String email) {
    check(field, password, email, null);
  }

  /**
   * As {@link #check(String, String, String)}, with the person's name among what the password must
   * not be made of.
   */
  void check(String field, String password, String email, String displayName) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInput(field, "validation.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MINIMUM_LENGTH) {
      throw new InvalidInput(field, "password.tooShort", MINIMUM_LENGTH);
    }
    if (length > MAXIMUM_LENGTH) {
      throw new InvalidInput(field, "password.tooLong", MAXIMUM_LENGTH);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower) || common.contains(lower.strip())) {
      throw new InvalidInput(field, "password.common");
    }
    if (email != null && lower.contains(email.toLowerCase(Locale.ROOT))) {
      throw new InvalidInput(field, "password.containsEmail");
    }
    if (password.codePoints().distinct().count() < 4) {
      throw new InvalidInput(field, "password.common");
    }
    Strength estimate = strength.measure(password, personal(email, displayName));
    if (Math.log10(Math.max(1, estimate.getGuesses())) < MINIMUM_GUESSES_LOG10) {
      throw new InvalidInput(field, "password.weak");
    }
  }

  /** Words of the person's own that a guesser would try first: email, its parts, the name. */
  private static List<String> personal(String email, String displayName) {
    List<String> words = new ArrayList<>(List.of("haven"));
    if (email != null && !email.isBlank()) {
      String lower = email.strip().toLowerCase(Locale.ROOT);
      words.add(lower);
      words.addAll(Arrays.asList(lower.split("[@._+-]+")));
      int at = lower.indexOf('@');
      if (at > 0) {
        words.add(lower.substring(0, at));
      }
    }
    if (displayName != null && !displayName.isBlank()) {
      String lower = displayName.strip().toLowerCase(Locale.ROOT);
      words.add(lower.replaceAll("\\s+", ""));
      words.addAll(Arrays.asList(lower.split("\\s+")));
    }
    words.removeIf(w -> w.length() < 3);
    return words;
  }

  private static Set<String> load(String resource) {
    Set<String> passwords = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The common-password list " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          passwords.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the common-password list", e);
    }
    return Set.copyOf(passwords);
  }
}
