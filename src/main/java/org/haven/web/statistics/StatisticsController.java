package org.haven.web.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.exchange.Exports;
import org.haven.funding.PlanReports;
import org.haven.people.ContactCounts;
import org.haven.statistics.AnnualReport;
import org.haven.statistics.AnnualReport.Table;
import org.haven.statistics.AnnualReports;
import org.haven.statistics.Disclosure;
import org.haven.statistics.Projections;
import org.haven.statistics.ReportDocuments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual status report as a page: sentences on what changed, every table with a bar chart drawn
 * on the server (SVG, so it prints and needs no script), the method note and the downloads.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class StatisticsController {

  private final AnnualReports reports;
  private final ReportDocuments documents;
  private final Projections projections;
  private final CurrentActor currentActor;
  private final Clock clock;

  private final ContactCounts contacts;
  private final Organisations organisations;

  private final PlanReports planReports;

  StatisticsController(
      AnnualReports reports,
      ReportDocuments documents,
      Projections projections,
      CurrentActor currentActor,
      Clock clock,
      ContactCounts contacts,
      Organisations organisations,
      PlanReports planReports) {
    this.planReports = planReports;
    this.contacts = contacts;
    this.organisations = organisations;
    this.reports = reports;
    this.documents = documents;
    this.projections = projections;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  /** One row of a table: its label, the cells as shown, and the bar's length in per cent. */
  public record Row(String label, List<String> cells, double bar, boolean withheld) {}

  /** A table as the page shows it. */
  public record TableView(
      String id, String title, List<String> columns, List<Row> rows, String total, boolean chart) {}

  /** One year of the trend chart. */
  public record TrendBar(int year, String shown, double height, boolean withheld) {}

  @GetMapping("/statistics")
  String latest() {
    return "redirect:/statistics/annual/" + (LocalDate.now(clock).getYear() - 1);
  }

  /** The year and view chosen in the form, as the report's address. */
  @GetMapping("/statistics/annual/pick")
  String pick(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Disclosure disclosure) {
    return "redirect:/statistics/annual/"
        + (year == null ? LocalDate.now(clock).getYear() - 1 : year)
        + "?disclosure="
        + (disclosure == null ? Disclosure.published : disclosure).name();
  }

  @GetMapping("/statistics/annual/{year:\\d+}")
  String annual(
      @PathVariable int year, @RequestParam(required = false) Disclosure disclosure, Model model) {
    Actor actor = currentActor.require();
    Locale locale = LocaleContextHolder.getLocale();
    Disclosure view = disclosure == null ? Disclosure.published : disclosure;
    AnnualReport report = reports.report(year, view, actor);
    List<TableView> tables = new ArrayList<>();
    for (Table table : report.tables()) {
      tables.add(view(report, table, locale));
    }
    List<AnnualReports.YearTotal> trend = reports.trend(year, view, actor);
    long max =
        Math.max(
            1,
            trend.stream().mapToLong(t -> t.victims() == null ? 0 : t.victims()).max().orElse(1));
    List<TrendBar> bars =
        trend.stream()
            .map(
                t ->
                    new TrendBar(
                        t.year(),
                        documents.shown(t.victims(), locale),
                        t.victims() == null ? 2 : Math.max(1, 100.0 * t.victims() / max),
                        t.victims() == null))
            .toList();
    int thisYear = LocalDate.now(clock).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = thisYear; y >= Math.min(year, thisYear) - 20; y--) {
      years.add(y);
    }
    model.addAttribute("report", report);
    model.addAttribute("tables", tables);
    model.addAttribute("trend", bars);
    model.addAttribute("sentences", documents.sentences(report, locale));
    model.addAttribute("method", documents.method(report, locale));
    model.addAttribute("mayReadExact", AnnualReports.mayReadExact(actor));
    model.addAttribute("mayRebuild", actor.has(Role.ADMINISTRATOR));
    model.addAttribute("mayExportTables", Exports.mayExportTables(actor));
    model.addAttribute("mayExportRecords", Exports.mayExportRecords(actor));
    model.addAttribute("years", years);
    model.addAttribute("actionPlan", planReports.year(year));
    // distinct people reached by the NGOs' outreach: the last count, recounted on request (a count
    // reads every encoding of the year, too much for every page view)
    boolean outreach = ContactCounts.mayCount(actor) && contacts.delivered(year);
    model.addAttribute("outreach", outreach);
    if (outreach) {
      model.addAttribute("reached", contacts.lastCount(year, actor).orElse(null));
      model.addAttribute("organisationNames", organisations.names());
    }
    return "statistics/annual";
  }

  @PostMapping("/statistics/annual/{year:\\d+}/outreach-count")
  @PreAuthorize("hasAnyRole('CENTRE_ANALYST', 'ADMINISTRATOR', 'CENTRE_CASEWORKER')")
  String countOutreach(@PathVariable int year) {
    contacts.count(year, currentActor.require());
    return "redirect:/statistics/annual/" + year + "#outreach";
  }

  @PostMapping("/statistics/projections/rebuild")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String rebuild(@RequestParam(defaultValue = "0") int year, RedirectAttributes redirect) {
    Projections.Rebuilt rebuilt = projections.rebuild(currentActor.require());
    redirect.addFlashAttribute("rebuilt", rebuilt);
    int shown = year < 1900 ? LocalDate.now(clock).getYear() - 1 : year;
    return "redirect:/statistics/annual/" + shown + "?disclosure=exact";
  }

  private TableView view(AnnualReport report, Table table, Locale locale) {
    boolean chart = table.columns().isEmpty() && table.total() != null;
    long max = 1;
    for (String cell : table.cells()) {
      Number v = report.figure(cell);
      if (v != null) {
        max = Math.max(max, v.longValue());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String row : table.rows()) {
      List<String> cells = new ArrayList<>();
      Number first;
      if (table.columns().isEmpty()) {
        first = report.figure(table.path(row));
        cells.add(documents.shown(first, locale));
      } else {
        first = null;
        for (String column : table.columns()) {
          cells.add(documents.shown(report.figure(table.path(row, column)), locale));
        }
      }
      rows.add(
          new Row(
              documents.label(table, row, false, locale),
              cells,
              first == null ? 0 : 100.0 * first.doubleValue() / max,
              first == null && table.columns().isEmpty()));
    }
    List<String> columns =
        table.columns().stream().map(c -> documents.label(table, c, true, locale)).toList();
    return new TableView(
        table.id(),
        documents.title(table, locale),
        columns,
        rows,
        table.total() == null ? null : documents.shown(report.figure(table.total()), locale),
        chart);
  }
}
