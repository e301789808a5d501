package org.haven.statistics;

/** Writing CSV cells safely: quoted when needed, and never read as a formula by a spreadsheet. */
public final class Csv {

  private Csv() {}

  /**
   * One cell: a value starting with {@code = + - @}, a tab or a carriage return is prefixed with an
   * apostrophe (OWASP's advice against formula injection); then quoted when it holds a comma, quote
   * or line break.
   */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0
        || v.indexOf(';') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static boolean isNumber(String v) {
    return v.matches("-?\\d+(\\.\\d+)?");
  }
}
