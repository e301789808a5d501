package org.haven.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0, V6): at least 12 and at most 128 characters, any
 * characters allowed, not on the bundled list of common passwords, and not the account's email
 * address.
 */
@Component
class PasswordPolicy {

  static final int MINIMUM_LENGTH = 12;
  static final int MAXIMUM_LENGTH = 128;

  private final Set<String> common;

  PasswordPolicy() {
    this.common = load("/access/common-passwords.txt");
  }

  /** Throws {@link InvalidInput} on {@code field} when the password breaks the policy. */
  void check(String field, String password, String email) {
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
