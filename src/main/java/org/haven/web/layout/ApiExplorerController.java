package org.haven.web.layout;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API explorer: Swagger UI on a page of Haven's own, in the reader's language, with the names
 * and focus stops Swagger UI leaves out added by {@code explorer.js} (a button without text, the
 * server list, scrollable examples) and its top bar left out.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class ApiExplorerController {

  @GetMapping("/api/explorer")
  String explorer() {
    return "api/explorer";
  }
}
