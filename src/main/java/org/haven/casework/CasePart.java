package org.haven.casework;

/**
 * What part of a case a share opens. The summary (reference, status, contact person, key dates)
 * comes with every share; testimony (sensitive notes) only when named.
 */
public enum CasePart {
  SUMMARY,
  TIMELINE,
  TASKS,
  NOTES,
  TESTIMONY
}
