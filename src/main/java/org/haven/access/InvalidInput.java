package org.haven.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Input that breaks a rule: says which field and, as a message key with arguments, why. Entry
 * points turn it into a form error or a problem detail in the user's language; nothing is stored
 * when it is thrown.
 */
public class InvalidInput extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public InvalidInput(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** Every rule this input breaks: this one alone, unless it gathers several ({@link All}). */
  public List<InvalidInput> all() {
    return List.of(this);
  }

  /**
   * Several fields that break rules at once, so a form shows them all in one pass. It is the first
   * of them too, so an entry point that knows only one error still shows that one.
   */
  public static final class All extends InvalidInput {

    private final transient List<InvalidInput> errors;

    private All(List<InvalidInput> errors) {
      super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).arguments());
      this.errors = List.copyOf(errors);
    }

    @Override
    public List<InvalidInput> all() {
      return errors;
    }
  }

  /**
   * Gathers the rules broken while checking a whole input: each check runs, its error is kept (the
   * first per field), and {@link #done()} throws them together.
   */
  public static final class Gathered {

    private final Map<String, InvalidInput> errors = new LinkedHashMap<>();

    /** Runs a check; its errors are kept and the result is null when it breaks a rule. */
    public <T> T check(Supplier<T> check) {
      try {
        return check.get();
      } catch (InvalidInput invalid) {
        invalid.all().forEach(error -> errors.putIfAbsent(error.field(), error));
        return null;
      }
    }

    /** Runs a check that answers nothing. */
    public void run(Runnable check) {
      check(
          () -> {
            check.run();
            return null;
          });
    }

    public void add(String field, String messageKey, Object... arguments) {
      errors.putIfAbsent(field, new InvalidInput(field, messageKey, arguments));
    }

    public boolean isEmpty() {
      return errors.isEmpty();
    }

    /** What was found, in order. */
    public List<InvalidInput> found() {
      return List.copyOf(errors.values());
    }

    /** Throws what was found: one error as itself, several together. */
    public void done() {
      if (errors.size() == 1) {
        throw errors.values().iterator().next();
      }
      if (!errors.isEmpty()) {
        throw new All(List.copyOf(errors.values()));
      }
    }
  }
}
