package org.haven.audit;

/** What was done. */
public enum AuditAction {
  /** Data was shown or returned. */
  READ,
  /** A record was created. */
  CREATE,
  /** A record was changed. */
  UPDATE,
  /** A record was removed or erased. */
  DELETE,
  /** Data left Haven as a file or a bulk response. */
  EXPORT,
  /** A person signed in with both factors, or a machine client presented a valid token. */
  LOGIN,
  /** A sign-in step failed: wrong password, wrong code, or a paused account. */
  LOGIN_FAILED,
  /** A person signed out. */
  LOGOUT,
  /** A request was refused for lack of permission. */
  ACCESS_DENIED
}
