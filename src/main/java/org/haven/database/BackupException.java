package org.haven.database;

/** A backup or restore that cannot go on, with a message the operator can act on. */
public class BackupException extends RuntimeException {

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
