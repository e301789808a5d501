package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.funding.PlanReports;
import org.haven.statistics.AnnualReport;
import org.haven.statistics.AnnualReports;
import org.haven.statistics.Disclosure;
import org.haven.statistics.Projections;
import org.haven.statistics.ReportDocuments;
import org.haven.statistics.ReportPdf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual status report: JSON, CSV (all tables or one) and PDF; exact for centre analysts and
 * administrators (audited), published for anyone signed in.
 */
@RestController
@Tag(name = "Statistics")
class StatisticsApi {

  private final AnnualReports reports;
  private final ReportDocuments documents;
  private final ReportPdf pdf;
  private final Projections projections;
  private final CurrentActor currentActor;
  private final PlanReports planReports;
  private final ActionPlanSections actionPlanSections;

  StatisticsApi(
      AnnualReports reports,
      ReportDocuments documents,
      ReportPdf pdf,
      Projections projections,
      CurrentActor currentActor,
      PlanReports planReports,
      ActionPlanSections actionPlanSections) {
    this.planReports = planReports;
    this.actionPlanSections = actionPlanSections;
    this.reports = reports;
    this.documents = documents;
    this.pdf = pdf;
    this.projections = projections;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/statistics/annual/{year:\\d+}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The annual status report for a year: every table; disclosure=exact (centre analysts,"
              + " administrators; audited) or published (default; counts below the threshold are"
              + " null and listed under suppressed); actionPlan holds the action plan's initiatives"
              + " with the year's money, indicators and training by sector")
  Map<String, Object> annual(
      @PathVariable int year, @RequestParam(required = false) String disclosure) {
    AnnualReport report = reports.report(year, Disclosure.of(disclosure), currentActor.require());
    Map<String, Object> json = json(report, LocaleContextHolder.getLocale());
    // the action plan's money and training: sums and counts, no person; the same in every view
    json.put("actionPlan", ActionPlanJson.of(planReports.year(year)));
    return json;
  }

  @GetMapping("/api/v1/statistics/annual/{year:\\d+}.csv")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "Every table of the annual report as one CSV (table,row,column,value)")
  ResponseEntity<byte[]> csv(
      @PathVariable int year, @RequestParam(required = false) String disclosure) {
    AnnualReport report = reports.report(year, Disclosure.of(disclosure), currentActor.require());
    return Downloads.attachment(
        documents.csv(report).getBytes(StandardCharsets.UTF_8),
        "text/csv;charset=UTF-8",
        "status-report-" + year + "-" + report.disclosure() + ".csv");
  }

  @GetMapping("/api/v1/statistics/annual/{year:\\d+}/tables/{table}.csv")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "One table of the annual report as CSV")
  ResponseEntity<byte[]> tableCsv(
      @PathVariable int year,
      @PathVariable String table,
      @RequestParam(required = false) String disclosure) {
    AnnualReport report = reports.report(year, Disclosure.of(disclosure), currentActor.require());
    AnnualReport.Table found =
        report.tables().stream()
            .filter(t -> t.id().equals(table))
            .findFirst()
            .orElseThrow(() -> new NotFound("StatisticsTable"));
    return Downloads.attachment(
        documents.csv(report, found).getBytes(StandardCharsets.UTF_8),
        "text/csv;charset=UTF-8",
        "status-report-" + year + "-" + table + "-" + report.disclosure() + ".csv");
  }

  @GetMapping("/api/v1/statistics/annual/{year:\\d+}.pdf")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "The annual report as PDF, in the request's language")
  ResponseEntity<byte[]> pdf(
      @PathVariable int year, @RequestParam(required = false) String disclosure) {
    AnnualReport report = reports.report(year, Disclosure.of(disclosure), currentActor.require());
    return Downloads.attachment(
        pdf.render(
            report,
            LocaleContextHolder.getLocale(),
            actionPlanSections.of(planReports.year(year), LocaleContextHolder.getLocale())),
        "application/pdf",
        "status-report-" + year + "-" + report.disclosure() + ".pdf");
  }

  @PostMapping("/api/v1/statistics/projections/rebuild")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  @Operation(
      summary =
          "Empty the statistics projections and replay every fact from the source modules"
              + " (administrators; audited)")
  Projections.Rebuilt rebuild() {
    return projections.rebuild(currentActor.require());
  }

  /** The report as nested JSON: {@code victims.bySex.female} becomes victims → bySex → female. */
  Map<String, Object> json(AnnualReport report, Locale locale) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("year", report.year());
    root.put("disclosure", report.disclosure().name());
    root.put("threshold", report.threshold());
    root.put("noiseEpsilon", report.noiseEpsilon());
    report.figures().forEach((path, value) -> put(root, path, value));
    root.put("suppressed", report.suppressed());
    List<Map<String, Object>> changes = new ArrayList<>();
    List<String> sentences = documents.sentences(report, locale);
    for (int i = 0; i < report.changes().size(); i++) {
      AnnualReport.Change change = report.changes().get(i);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("subject", change.subject().substring(change.subject().lastIndexOf('.') + 1));
      c.put("from", change.from());
      c.put("to", change.to());
      c.put("text", sentences.get(i));
      changes.add(c);
    }
    root.put("changes", changes);
    root.put("method", documents.method(report, locale));
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }
}
