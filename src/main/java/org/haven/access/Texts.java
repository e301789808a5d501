package org.haven.access;

/** The one rule for free text typed by a person: trimmed, blank means absent, at most a limit. */
public final class Texts {

  private Texts() {}

  /**
   * The text without surrounding space, or null when blank; refused for {@code field} when longer
   * than {@code limit} characters (counted as characters of any script, not UTF-16 units).
   */
  public static String optional(String field, String value, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > limit) {
      throw new InvalidInput(field, "validation.tooLong", limit);
    }
    return stripped;
  }
}
