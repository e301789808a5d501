package org.haven.access;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, names (by id only) the accounts whose roles break {@link RolePolicy}: made before the
 * rule existed, they keep working until an administrator changes them, and are marked on the users'
 * page.
 */
@Component
class RolePolicyReport {

  private static final Logger log = LoggerFactory.getLogger(RolePolicyReport.class);

  private final Users users;

  RolePolicyReport(Users users) {
    this.users = users;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    List<UserAccount> violating = users.violatingRolePolicy();
    if (!violating.isEmpty()) {
      log.warn(
          "{} accounts hold roles that do not fit their organisation or that must be held alone;"
              + " change them on the users' page: {}",
          violating.size(),
          violating.stream().map(UserAccount::id).toList());
    }
  }
}
