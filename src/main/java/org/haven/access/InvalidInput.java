package org.haven.access;

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
}
