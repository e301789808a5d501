package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.funding.ActionPlan;
import org.haven.funding.ActionPlanDetails;
import org.haven.funding.DutyDetails;
import org.haven.funding.Funding;
import org.haven.funding.Grant;
import org.haven.funding.GrantApplication;
import org.haven.funding.GrantDecision;
import org.haven.funding.Initiative;
import org.haven.funding.InitiativeDetails;
import org.haven.funding.InitiativeStatus;
import org.haven.funding.Money;
import org.haven.funding.Payment;
import org.haven.funding.PaymentDetails;
import org.haven.funding.PlanReports;
import org.haven.funding.ReportAttachment;
import org.haven.funding.ReportDetails;
import org.haven.funding.ReportFiles;
import org.haven.funding.ReportReview;
import org.haven.funding.ReportingDuty;
import org.haven.repatriation.Programme;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan's money: plans, initiatives, grants with their payments and the reports holders
 * owe. The centre enters; the ministry reads all and reviews reports; a grant holder applies and
 * reports for itself. Amounts are JSON numbers read as exact decimals, with ISO 4217 codes.
 */
@RestController
@Tag(name = "Funding")
class FundingApi {

  static final String MANAGERS = "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST')";
  static final String READERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL')";
  static final String HOLDERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL', 'NGO_WORKER',"
          + " 'RETURN_ORGANISATION_STAFF', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'IMMIGRATION_OFFICER', 'PROSECUTOR')";

  /** Grant holders acting for themselves: everyone who holds grants, but not the funder. */
  static final String APPLICANTS =
      "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'NGO_WORKER',"
          + " 'RETURN_ORGANISATION_STAFF', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'IMMIGRATION_OFFICER', 'PROSECUTOR')";

  /** A grant with the money that moved under it, summed exactly. */
  record GrantView(
      UUID id,
      UUID initiative,
      UUID organisation,
      String status,
      Money requested,
      Money granted,
      Money disbursed,
      Money repaid,
      Money net,
      Money undisbursed,
      LocalDate periodFrom,
      LocalDate periodTo,
      String purpose,
      String conditions,
      LocalDate appliedOn,
      LocalDate decidedOn,
      LocalDate closedOn,
      List<Payment> payments,
      long version) {
    static GrantView of(Grant g) {
      return new GrantView(
          g.id(),
          g.initiative(),
          g.organisation(),
          g.status().name(),
          g.requested(),
          g.granted(),
          g.disbursed(),
          g.repaid(),
          g.net(),
          g.undisbursed(),
          g.periodFrom(),
          g.periodTo(),
          g.purpose(),
          g.conditions(),
          g.appliedOn(),
          g.decidedOn(),
          g.closedOn(),
          g.payments(),
          g.version());
    }
  }

  /** A reporting duty with whether it is overdue today. */
  record DutyView(ReportingDuty duty, boolean overdue) {}

  /** A new status of an initiative. */
  record StatusChangeRequest(InitiativeStatus status, LocalDate on, String note) {}

  /** The return programme whose support after return an initiative pays for; null for none. */
  record FundsReturnsRequest(Programme fundsReturns) {}

  private final Funding funding;
  private final CurrentActor currentActor;

  private final PlanReports planReports;
  private final ReportFiles reportFiles;

  FundingApi(
      Funding funding,
      CurrentActor currentActor,
      PlanReports planReports,
      ReportFiles reportFiles) {
    this.planReports = planReports;
    this.reportFiles = reportFiles;
    this.funding = funding;
    this.currentActor = currentActor;
  }

  // ---- plans ----

  @GetMapping("/api/v1/action-plans")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "The action plans, newest first (published policy: every signed-in user)")
  List<ActionPlan> plans() {
    return funding.plans();
  }

  @PostMapping("/api/v1/action-plans")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary =
          "Enter an action plan: name, period, total budget with its ISO 4217 currency, source")
  ResponseEntity<ActionPlan> createPlan(@RequestBody ActionPlanDetails body) {
    ActionPlan plan = funding.createPlan(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/action-plans/" + plan.id()))
        .eTag(Versions.etag(plan.version()))
        .body(plan);
  }

  @GetMapping("/api/v1/action-plans/{id}")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "One action plan")
  ActionPlan plan(@PathVariable UUID id) {
    return funding.plan(id);
  }

  @GetMapping("/api/v1/action-plans/{id}/overview")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "The plan's money: budget, requested, granted, disbursed, repaid and net, for the plan and each initiative")
  Funding.PlanOverview overview(@PathVariable UUID id) {
    return funding.overview(id, currentActor.require());
  }

  @GetMapping("/api/v1/action-plans/{id}/overview.csv")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "The plan's money as CSV (initiative,organisation,year,currency,budget,granted,disbursed,"
              + "repaid,spent,returnCosts; returnCosts are the support costs of the returns an"
              + " initiative pays for, on its own lines only): by=initiative (default; one line per initiative and year, with its"
              + " budget) or by=organisation (one line per initiative, holder and year)")
  ResponseEntity<byte[]> overviewCsv(
      @PathVariable UUID id, @RequestParam(defaultValue = "initiative") String by) {
    boolean byOrganisation =
        switch (by) {
          case "initiative" -> false;
          case "organisation" -> true;
          default -> throw new InvalidInput("by", "validation.invalid");
        };
    List<PlanReports.MoneyLine> lines =
        planReports.lines(id, byOrganisation, currentActor.require());
    return Downloads.attachment(
        FundingExports.csv(lines),
        "text/csv;charset=UTF-8",
        "action-plan-" + (byOrganisation ? "by-organisation" : "by-initiative") + ".csv");
  }

  @GetMapping("/api/v1/action-plans/{id}/overview.xlsx")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "The plan's money as an XLSX workbook: a sheet by initiative and year, a sheet by"
              + " initiative, holder and year; the same figures as the CSV")
  ResponseEntity<byte[]> overviewXlsx(@PathVariable UUID id) {
    Actor actor = currentActor.require();
    return Downloads.attachment(
        FundingExports.xlsx(
            planReports.lines(id, false, actor), planReports.lines(id, true, actor)),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "action-plan.xlsx");
  }

  @PostMapping("/api/v1/reporting-duties/{id}/attachments")
  @PreAuthorize(APPLICANTS)
  @Operation(
      summary =
          "Attach a PDF to a report still owed: the body is the file (Content-Type: application/pdf,"
              + " at most 10 MB, checked by its content), X-File-Name its name")
  ResponseEntity<ReportAttachment> attach(
      @PathVariable UUID id,
      @RequestHeader(value = "Content-Type", required = false) String contentType,
      @RequestHeader(value = "X-File-Name", required = false) String fileName,
      @RequestBody(required = false) byte[] content) {
    ReportAttachment attached =
        reportFiles.attach(
            id,
            new ReportFiles.Upload(fileName, contentType, content == null ? new byte[0] : content),
            currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/reporting-duties/" + id + "/attachments/" + attached.id()))
        .body(attached);
  }

  @GetMapping("/api/v1/reporting-duties/{id}/attachments")
  @PreAuthorize(HOLDERS)
  @Operation(
      summary = "The files attached to a report, oldest first (names and sizes, not content)")
  List<ReportAttachment> attachments(@PathVariable UUID id) {
    return reportFiles.list(id, currentActor.require());
  }

  @GetMapping("/api/v1/reporting-duties/{id}/attachments/{attachmentId}")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "One attached file, as application/pdf (audited)")
  ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    ReportFiles.File file = reportFiles.read(id, attachmentId, currentActor.require());
    return Downloads.attachment(file.content(), "application/pdf", file.fileName());
  }

  // ---- initiatives ----

  @GetMapping("/api/v1/initiatives")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "The initiatives of a plan (or of all plans)")
  List<Initiative> initiatives(@RequestParam(required = false) UUID plan) {
    return funding.initiatives(plan);
  }

  @PostMapping("/api/v1/initiatives")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary =
          "Enter an initiative of a plan: goal, theme, responsible organisation, budget per year (within the plan's), indicators with targets")
  ResponseEntity<Initiative> createInitiative(@RequestBody InitiativeDetails body) {
    Initiative initiative = funding.createInitiative(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/initiatives/" + initiative.id()))
        .eTag(Versions.etag(initiative.version()))
        .body(initiative);
  }

  @GetMapping("/api/v1/initiatives/{id}")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "One initiative with its budgets, indicators and status history")
  ResponseEntity<Initiative> initiative(@PathVariable UUID id) {
    Initiative initiative = funding.initiative(id);
    return ResponseEntity.ok().eTag(Versions.etag(initiative.version())).body(initiative);
  }

  @PostMapping("/api/v1/initiatives/{id}/status")
  @PreAuthorize(MANAGERS)
  @Operation(summary = "Move an initiative to a status, dated with a note (needs If-Match)")
  ResponseEntity<Initiative> changeStatus(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody StatusChangeRequest body) {
    long version = Versions.required(ifMatch);
    Initiative initiative =
        funding.changeStatus(
            id, body.status(), body.on(), body.note(), version, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(initiative.version())).body(initiative);
  }

  @PostMapping("/api/v1/initiatives/{id}/funds-returns")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary =
          "Say which return programme's support after return the initiative pays for (null for none;"
              + " needs If-Match): the support recorded with those returns then rolls up into it,"
              + " and one initiative of a plan pays for a programme")
  ResponseEntity<Initiative> fundsReturns(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody FundsReturnsRequest body) {
    long version = Versions.required(ifMatch);
    Initiative initiative =
        funding.payForReturns(id, body.fundsReturns(), version, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(initiative.version())).body(initiative);
  }

  // ---- grants ----

  @GetMapping("/api/v1/grants")
  @PreAuthorize(HOLDERS)
  @Operation(
      summary =
          "Grants: every one for the centre and the ministry (filter by initiative or organisation), else the caller's organisation's")
  List<GrantView> grants(
      @RequestParam(required = false) UUID initiative,
      @RequestParam(required = false) UUID organisation) {
    return funding.grants(initiative, organisation, currentActor.require()).stream()
        .map(GrantView::of)
        .toList();
  }

  @PostMapping("/api/v1/grants")
  @PreAuthorize(APPLICANTS)
  @Operation(
      summary =
          "Apply for a grant under an initiative: organisation (default the caller's), amount, currency, period, purpose")
  ResponseEntity<GrantView> apply(@RequestBody GrantApplication body) {
    Grant grant = funding.apply(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/grants/" + grant.id()))
        .eTag(Versions.etag(grant.version()))
        .body(GrantView.of(grant));
  }

  @GetMapping("/api/v1/grants/{id}")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "One grant with its payments and totals")
  ResponseEntity<GrantView> grant(@PathVariable UUID id) {
    Grant grant = funding.grant(id, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(grant.version())).body(GrantView.of(grant));
  }

  @PostMapping("/api/v1/grants/{id}/decision")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary =
          "Decide an application: GRANTED (the amount asked), PARTLY (less) or REFUSED, with conditions and the reports owed (needs If-Match)")
  ResponseEntity<GrantView> decide(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody GrantDecision body) {
    var actor = currentActor.require();
    long version = Versions.required(ifMatch);
    Grant grant = funding.decide(id, body, version, actor);
    return ResponseEntity.ok().eTag(Versions.etag(grant.version())).body(GrantView.of(grant));
  }

  @GetMapping("/api/v1/grants/{id}/disbursements")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "The payments and repayments under a grant, by date")
  List<Payment> disbursements(@PathVariable UUID id) {
    return funding.grant(id, currentActor.require()).payments();
  }

  @PostMapping("/api/v1/grants/{id}/disbursements")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary = "Pay money out under a grant: never more than granted, never before the decision")
  ResponseEntity<GrantView> disburse(@PathVariable UUID id, @RequestBody PaymentDetails body) {
    Grant grant = funding.disburse(id, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(grant.version()))
        .body(GrantView.of(grant));
  }

  @PostMapping("/api/v1/grants/{id}/repayments")
  @PreAuthorize(MANAGERS)
  @Operation(summary = "Record unspent money paid back: never more than was paid out")
  ResponseEntity<GrantView> repay(@PathVariable UUID id, @RequestBody PaymentDetails body) {
    Grant grant = funding.repay(id, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(grant.version()))
        .body(GrantView.of(grant));
  }

  @PostMapping("/api/v1/grants/{id}/close")
  @PreAuthorize(MANAGERS)
  @Operation(summary = "Close a grant: no money moves and no report is submitted after this")
  GrantView close(@PathVariable UUID id) {
    return GrantView.of(funding.close(id, currentActor.require()));
  }

  @GetMapping("/api/v1/grants/{id}/reports")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "The reports owed under a grant, by due date")
  List<DutyView> reports(@PathVariable UUID id) {
    var actor = currentActor.require();
    funding.grant(id, actor);
    LocalDate today = funding.today();
    return funding.duties(null, id, actor).stream()
        .map(d -> new DutyView(d, d.overdue(today)))
        .toList();
  }

  @PostMapping("/api/v1/grants/{id}/reports")
  @PreAuthorize(MANAGERS)
  @Operation(
      summary =
          "Add a report the holder owes: ACTIVITY_REPORT, ACCOUNTS or DATA_DELIVERY, by a date")
  ResponseEntity<ReportingDuty> addDuty(@PathVariable UUID id, @RequestBody DutyDetails body) {
    ReportingDuty duty = funding.addDuty(id, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/reporting-duties/" + duty.id()))
        .body(duty);
  }

  // ---- reporting duties ----

  @GetMapping("/api/v1/reporting-duties")
  @PreAuthorize(HOLDERS)
  @Operation(
      summary =
          "Reports owed: with due-before, the open ones due before that date; the caller's organisation's, or all for the centre and the ministry")
  List<DutyView> duties(
      @RequestParam(name = "due-before", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueBefore) {
    LocalDate today = funding.today();
    return funding.duties(dueBefore, null, currentActor.require()).stream()
        .map(d -> new DutyView(d, d.overdue(today)))
        .toList();
  }

  @GetMapping("/api/v1/reporting-duties/{id}")
  @PreAuthorize(HOLDERS)
  @Operation(summary = "One reporting duty with what was submitted")
  DutyView duty(@PathVariable UUID id) {
    ReportingDuty duty = funding.duty(id, currentActor.require());
    return new DutyView(duty, duty.overdue(funding.today()));
  }

  @PostMapping("/api/v1/reporting-duties/{id}/submission")
  @PreAuthorize(APPLICANTS)
  @Operation(summary = "The holder submits the report: money spent, figures, a short account")
  ReportingDuty submit(@PathVariable UUID id, @RequestBody ReportDetails body) {
    return funding.submit(id, body, currentActor.require());
  }

  @PostMapping("/api/v1/reporting-duties/{id}/review")
  @PreAuthorize(READERS)
  @Operation(summary = "Accept a submitted report, or send it back saying what to change")
  ReportingDuty review(@PathVariable UUID id, @RequestBody ReportReview body) {
    return funding.review(id, body, currentActor.require());
  }
}
