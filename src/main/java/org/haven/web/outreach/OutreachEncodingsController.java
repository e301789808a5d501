package org.haven.web.outreach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.people.ContactCounts;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An NGO delivers its outreach contacts of a year as pseudonymous encodings (a file made by the
 * centre's encoder, one encoding a line), so that the centre can count distinct people across NGOs.
 * A delivery replaces the year's earlier one; a wrong line is named and nothing is stored.
 */
@Controller
@PreAuthorize("hasRole('NGO_WORKER')")
class OutreachEncodingsController {

  /** The largest file taken: 256-byte encodings in base64 are 345 characters a line. */
  static final long MAX_BYTES = 40L * 1024 * 1024;

  private final ContactCounts counts;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;

  OutreachEncodingsController(
      ContactCounts counts, CurrentActor currentActor, FormErrors errors, Dates dates) {
    this.counts = counts;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
  }

  @GetMapping("/outreach/encodings")
  String form(Model model) {
    int thisYear = LocalDate.now(dates.zone()).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = thisYear; y > thisYear - 5; y--) {
      years.add(y);
    }
    model.addAttribute(
        "years", years.stream().map(y -> new Pick(y.toString(), y.toString())).toList());
    var actor = currentActor.require();
    model.addAttribute(
        "deliveredYears",
        years.stream()
            .map(y -> new int[] {y, counts.deliveredBy(y, actor)})
            .filter(d -> d[1] > 0)
            .map(d -> d[0] + " (" + d[1] + ")")
            .toList());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of("year", String.valueOf(thisYear)));
    }
    return "outreach/encodings";
  }

  @PostMapping("/outreach/encodings")
  String deliver(
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      Integer year = Fields.optionalNumber("year", form.get("year"));
      if (year == null) {
        throw new InvalidInput("year", "validation.required");
      }
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "import.empty");
      }
      if (file.getSize() > MAX_BYTES) {
        throw new InvalidInput("file", "import.tooLarge", MAX_BYTES / (1024 * 1024));
      }
      List<String> encodings = new ArrayList<>();
      for (String line : new String(file.getBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank()) {
          encodings.add(line.strip());
        }
      }
      if (encodings.isEmpty()) {
        throw new InvalidInput("file", "import.empty");
      }
      ContactCounts.Delivery delivery;
      try {
        delivery = counts.deliver(year, encodings, currentActor.require());
      } catch (InvalidInput wrong) {
        if (wrong.field().startsWith("encodings[")) {
          int index = Integer.parseInt(wrong.field().substring(10, wrong.field().length() - 1));
          throw new InvalidInput("file", "encodings.wrongLine", index + 1);
        }
        throw wrong;
      }
      redirect.addFlashAttribute("delivered", List.of(delivery.contacts(), delivery.year()));
      redirect.addFlashAttribute("saved", "encodings.delivered");
      return "redirect:/outreach/encodings";
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
      return form(model);
    }
  }
}
