package org.haven.web.information;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.information.HelpLanguage;
import org.haven.information.Leaflets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Leaflets and cards to hand out, per language, for everyone who meets possible victims: each with
 * a QR code to the public help pages in that language.
 */
@Controller
@PreAuthorize(LeafletsController.FRONTLINE)
class LeafletsController {

  static final String FRONTLINE =
      "hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER', 'SHELTER_STAFF', 'POLICE_KEY_PERSON',"
          + " 'MUNICIPAL_CASEWORKER', 'IMMIGRATION_OFFICER', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR',"
          + " 'RETURN_ORGANISATION_STAFF')";

  private final Leaflets leaflets;

  LeafletsController(Leaflets leaflets) {
    this.leaflets = leaflets;
  }

  /** A language in the list: its name in the reader's language and its own, and the downloads. */
  record LeafletRow(
      String name, String ownName, String tag, String leaflet, String card, String page) {}

  @GetMapping("/information/leaflets")
  String page(Model model) {
    Locale reader = LocaleContextHolder.getLocale();
    List<LeafletRow> rows = new ArrayList<>();
    for (HelpLanguage language : HelpLanguage.values()) {
      String base = "/information/leaflets/" + language.code();
      rows.add(
          new LeafletRow(
              language.locale().getDisplayLanguage(reader),
              language.ownName(),
              language.tag(),
              base + "?format=A5",
              base + "?format=CARD",
              "/help/" + language.code()));
    }
    model.addAttribute("languages", rows);
    return "information/leaflets";
  }

  @GetMapping("/information/leaflets/{language}")
  ResponseEntity<byte[]> download(
      @PathVariable String language, @RequestParam(defaultValue = "A5") String format) {
    HelpLanguage lang = HelpLanguage.of(language).orElseThrow(() -> new NotFound("HelpLanguage"));
    Leaflets.Format chosen;
    try {
      chosen = Leaflets.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("format", "validation.invalid");
    }
    byte[] pdf =
        leaflets.render(
            lang, chosen, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    String name =
        "help-" + lang.code() + (chosen == Leaflets.Format.A5 ? "-leaflet-a5" : "-card") + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noCache())
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(name).build().toString())
        .body(pdf);
  }
}
