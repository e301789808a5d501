package org.haven.web.exchange;

import java.io.IOException;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.exchange.HtcdsImports;
import org.haven.web.forms.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HTCDS upload page and an import's progress: a progress bar that follows the import (htmx
 * polls a fragment every second; without script, a refresh link), then the rows left out with their
 * reasons.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class ImportsController {

  private final HtcdsImports imports;
  private final CurrentActor currentActor;
  private final FormErrors errors;

  ImportsController(HtcdsImports imports, CurrentActor currentActor, FormErrors errors) {
    this.imports = imports;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @GetMapping("/imports/htcds")
  String form(Model model) {
    model.addAttribute("maxMegabytes", imports.maxFileBytes() / (1024 * 1024));
    return "imports/new";
  }

  @PostMapping("/imports/htcds")
  String upload(@RequestParam(required = false) MultipartFile file, Model model)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "import.empty");
      }
      if (file.getSize() > imports.maxFileBytes()) {
        throw new InvalidInput("file", "import.tooLarge", imports.maxFileBytes() / (1024 * 1024));
      }
      UUID id = imports.submit(file.getBytes(), currentActor.require());
      return "redirect:/imports/" + id;
    } catch (InvalidInput invalid) {
      model.addAttribute("maxMegabytes", imports.maxFileBytes() / (1024 * 1024));
      errors.add(model, invalid);
      return "imports/new";
    }
  }

  @GetMapping("/imports/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "job", imports.status(id, LocaleContextHolder.getLocale(), currentActor.require()));
    return "imports/show";
  }

  @GetMapping("/imports/{id}/progress")
  String progress(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "job", imports.status(id, LocaleContextHolder.getLocale(), currentActor.require()));
    return "imports/show :: progress";
  }
}
