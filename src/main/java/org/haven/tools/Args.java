package org.haven.tools;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options; unknown or incomplete options are usage errors. */
final class Args {

  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private final Map<String, String> values = new HashMap<>();

  Args(String[] args, Set<String> known, Set<String> flags) throws UsageException {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")
          || !(known.contains(a.substring(2)) || flags.contains(a.substring(2)))) {
        throw new UsageException("unknown option " + a);
      }
      String name = a.substring(2);
      if (flags.contains(name)) {
        values.put(name, "true");
        continue;
      }
      if (i + 1 >= args.length) {
        throw new UsageException("option " + a + " needs a value");
      }
      values.put(name, args[++i]);
    }
  }

  String get(String name) {
    return values.get(name);
  }

  String required(String name) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException("missing --" + name);
    }
    return v;
  }

  double number(String name, double fallback, double min, double max) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d >= min && d <= max)) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " is not a number: " + v);
    }
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }
}
