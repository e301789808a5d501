package org.haven.access;

/**
 * A user account just created, with its one-time password (shown once, to hand over by a separate
 * channel).
 */
public record NewAccount(UserAccount account, String oneTimePassword) {}
