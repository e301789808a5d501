package org.haven.operations;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.Language;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.intake.Indicators;
import org.haven.operations.JointActionRecord.Finding;
import org.haven.operations.JointActionRecord.FollowUpTask;
import org.haven.operations.JointActionRecord.MetGroup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The after-action report of a joint action as a PDF for its participants and the centre: the plan
 * in words, the persons met in counts, screenings, interviews, referrals, each authority's findings
 * and the follow-up tasks. It never carries the address or anything that names a person met; the
 * same action gives the same document.
 */
@Component
public class JointActionReport {

  private final JointActions actions;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Indicators indicators;

  JointActionReport(
      JointActions actions, AuditTrail audit, MessageSource messages, Indicators indicators) {
    this.actions = actions;
    this.indicators = indicators;
    this.audit = audit;
    this.messages = messages;
  }

  @Transactional
  public byte[] render(UUID id, Actor by, Locale locale) {
    JointAction action = JointActions.withoutAddress(actions.visibleTo(id, by));
    int referrals = actions.referralsOf(id, by).size();
    audit.record(
        by.audit(),
        AuditAction.READ,
        JointActions.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "report");
    return pdf(action, referrals, locale);
  }

  private byte[] pdf(JointAction a, int referrals, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      document.addTitle(text("jointAction.report.title", locale, a.title()));
      document.open();
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 16);
      Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 12);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 10);
      document.add(new Paragraph(text("jointAction.report.title", locale, a.title()), title));
      DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
      PdfPTable facts = table(2, new float[] {1, 2});
      row(
          facts,
          body,
          text("jointAction.when", locale),
          a.startsAt().atZoneSameInstant(actions.zone()).format(when));
      row(facts, body, text("jointAction.lead", locale), a.leadName());
      row(
          facts,
          body,
          text("jointAction.organisations", locale),
          a.organisations().stream()
              .map(JointAction.Member::name)
              .collect(Collectors.joining(", ")));
      row(facts, body, text("jointAction.sector", locale), text("isic." + a.sector(), locale));
      row(
          facts,
          body,
          text("jointAction.siteType", locale),
          text("jointAction.site." + a.siteType().name(), locale));
      row(
          facts,
          body,
          text("jointAction.place", locale),
          a.area() == null ? a.municipality() : a.municipality() + ", " + a.area());
      row(
          facts,
          body,
          text("jointAction.status", locale),
          text("jointAction.status." + a.status().name(), locale));
      document.add(facts);

      JointActionRecord r = a.record();
      section(document, heading, text("jointAction.report.counts", locale));
      PdfPTable counts = table(2, new float[] {2, 1});
      row(counts, body, text("jointAction.personsMet", locale), String.valueOf(a.personsMet()));
      row(
          counts,
          body,
          text("jointAction.screenings", locale),
          String.valueOf(r == null ? 0 : r.screenings().size()));
      row(
          counts,
          body,
          text("jointAction.interviews", locale),
          String.valueOf(r == null ? 0 : r.interviews()));
      row(counts, body, text("jointAction.referrals", locale), String.valueOf(referrals));
      row(
          counts,
          body,
          text("jointAction.declined", locale),
          String.valueOf(r == null ? 0 : r.declined()));
      document.add(counts);
      if (r == null) {
        document.add(new Paragraph(text("jointAction.report.notHeld", locale), body));
      } else {
        if (!r.met().isEmpty()) {
          section(document, heading, text("jointAction.report.met", locale));
          PdfPTable met = table(4, new float[] {1, 1, 2, 1});
          header(
              met,
              body,
              locale,
              "jointAction.sex",
              "jointAction.ageBand",
              "jointAction.citizenship",
              "jointAction.people");
          List<MetGroup> groups = new ArrayList<>(r.met());
          groups.sort(
              Comparator.comparing((MetGroup g) -> g.sex())
                  .thenComparing(MetGroup::ageBand)
                  .thenComparing(g -> g.citizenship() == null ? "" : g.citizenship()));
          for (MetGroup g : groups) {
            cell(met, body, text("outreach.sex." + g.sex().name(), locale));
            cell(met, body, text("outreach.age." + g.ageBand().name(), locale));
            cell(
                met,
                body,
                g.citizenship() == null
                    ? text("jointAction.unknown", locale)
                    : new Locale("", g.citizenship()).getDisplayCountry(locale));
            cell(met, body, String.valueOf(g.people()));
          }
          document.add(met);
        }
        Map<String, Integer> seen = new TreeMap<>();
        r.screenings().forEach(s -> s.indicators().forEach(i -> seen.merge(i, 1, Integer::sum)));
        if (!seen.isEmpty()) {
          section(document, heading, text("jointAction.report.indicators", locale));
          PdfPTable indicators = table(2, new float[] {3, 1});
          Map<String, String> labels = indicatorLabels(locale);
          seen.forEach(
              (code, n) ->
                  row(indicators, body, labels.getOrDefault(code, code), String.valueOf(n)));
          document.add(indicators);
        }
        if (!r.findings().isEmpty()) {
          section(document, heading, text("jointAction.findings", locale));
          for (Finding f : r.findings()) {
            String who = name(a, f.organisation());
            String codes =
                f.codes().stream()
                    .map(c -> text("jointAction.finding." + c.name(), locale))
                    .collect(Collectors.joining(", "));
            Paragraph p = new Paragraph(who + (codes.isEmpty() ? "" : ": " + codes), body);
            document.add(p);
            if (f.text() != null) {
              document.add(new Paragraph(f.text(), body));
            }
          }
        }
        if (!r.followUps().isEmpty()) {
          section(document, heading, text("jointAction.followUps", locale));
          PdfPTable tasks = table(3, new float[] {2, 3, 1});
          header(
              tasks,
              body,
              locale,
              "jointAction.organisation",
              "jointAction.task",
              "jointAction.due");
          DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
          for (FollowUpTask u : r.followUps()) {
            cell(tasks, body, name(a, u.organisation()));
            cell(
                tasks,
                body,
                u.task()
                    + (Boolean.TRUE.equals(u.done())
                        ? " (" + text("jointAction.done", locale) + ")"
                        : ""));
            cell(tasks, body, u.due() == null ? "" : u.due().format(day));
          }
          document.add(tasks);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The after-action report could not be written", e);
    }
    return out.toByteArray();
  }

  private Map<String, String> indicatorLabels(Locale locale) {
    Map<String, String> labels = new HashMap<>();
    Language language = Language.of(locale.getLanguage()).orElse(Language.EN);
    indicators
        .catalogue(language)
        .forEach(g -> g.indicators().forEach(i -> labels.put(i.code(), i.label())));
    return labels;
  }

  private static String name(JointAction a, UUID organisation) {
    if (a.lead().equals(organisation)) {
      return a.leadName();
    }
    return a.organisations().stream()
        .filter(m -> m.id().equals(organisation))
        .map(JointAction.Member::name)
        .findFirst()
        .orElse("");
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static void section(Document document, Font heading, String title)
      throws DocumentException {
    Paragraph h = new Paragraph(title, heading);
    h.setSpacingBefore(12);
    h.setSpacingAfter(4);
    document.add(h);
  }

  private static PdfPTable table(int columns, float[] widths) throws DocumentException {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    return table;
  }

  private void header(PdfPTable table, Font font, Locale locale, String... keys) {
    for (String key : keys) {
      PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), font));
      cell.setGrayFill(0.9f);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
  }

  private static void row(PdfPTable table, Font font, String label, String value) {
    cell(table, font, label);
    cell(table, font, value == null ? "" : value);
  }

  private static void cell(PdfPTable table, Font font, String value) {
    table.addCell(new PdfPCell(new Phrase(value, font)));
  }
}
