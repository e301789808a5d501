package org.haven.web.admin;

import org.haven.database.BackupStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's view of backups: whether the daily backup and WAL archiving are configured, the
 * backups kept and whether the key opens them, the archiver's last success and failure, and what
 * needs attention. Read-only: backups are taken and restored with the commands in the README.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class BackupsController {

  private final BackupStatus backups;

  BackupsController(BackupStatus backups) {
    this.backups = backups;
  }

  @GetMapping("/admin/backups")
  String show(Model model) {
    model.addAttribute("state", backups.state());
    return "admin/backups";
  }
}
