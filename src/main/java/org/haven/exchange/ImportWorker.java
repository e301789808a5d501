package org.haven.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.exchange.HtcdsRow.Problem;
import org.haven.identification.DecisionInput;
import org.haven.identification.IdentificationId;
import org.haven.identification.Identifications;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralId;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.people.Alias;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.Repatriations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes queued HTCDS imports, a chunk of rows per transaction: the rows, their reasons and the
 * import's progress commit together, so after a crash the import resumes at the first row not
 * written and nothing is written twice. When a front door refuses a row inside a chunk, the chunk
 * is rolled back and its rows are written one by one, so only the refused row is rejected.
 */
@Component
class ImportWorker {

  private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

  private final JdbcTemplate batches;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ExchangeSettings settings;
  private final Users users;
  private final People people;
  private final Referrals referrals;
  private final Identifications identifications;
  private final Repatriations repatriations;
  private final Clock clock;
  private final AtomicBoolean busy = new AtomicBoolean();

  ImportWorker(
      JdbcClient jdbc,
      JdbcTemplate batches,
      PlatformTransactionManager transactionManager,
      ExchangeSettings settings,
      Users users,
      People people,
      Referrals referrals,
      Identifications identifications,
      Repatriations repatriations,
      Clock clock) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.transactions = new TransactionTemplate(transactionManager);
    this.settings = settings;
    this.users = users;
    this.people = people;
    this.referrals = referrals;
    this.identifications = identifications;
    this.repatriations = repatriations;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${haven.exchange.poll:PT1S}",
      initialDelayString = "${haven.exchange.poll:PT1S}")
  void work() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      Optional<UUID> job;
      while ((job = claim()).isPresent()) {
        run(job.get());
      }
    } finally {
      busy.set(false);
    }
  }

  /** Takes the oldest queued import, or a running one whose worker fell silent. */
  Optional<UUID> claim() {
    return transactions.execute(
        tx ->
            jdbc.sql(
                    """
                    UPDATE exchange.import_job SET status = 'running', heartbeat = ?
                    WHERE id = (SELECT id FROM exchange.import_job
                                WHERE status = 'queued' OR (status = 'running' AND heartbeat < ?)
                                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING id
                    """)
                .params(
                    Timestamp.from(clock.instant()),
                    Timestamp.from(clock.instant().minus(settings.staleAfter())))
                .query(UUID.class)
                .optional());
  }

  private record Job(UUID id, UUID organisation, UUID importedBy, byte[] content, int nextRow) {}

  void run(UUID id) {
    Job job =
        jdbc.sql(
                "SELECT id, organisation, imported_by, content, next_row FROM exchange.import_job WHERE id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Job(
                        id,
                        rs.getObject("organisation", UUID.class),
                        rs.getObject("imported_by", UUID.class),
                        rs.getBytes("content"),
                        rs.getInt("next_row")))
            .single();
    Optional<Actor> actor =
        users.actingAs(new UserId(job.importedBy())).filter(HtcdsImports::mayImport);
    if (actor.isEmpty() || job.content() == null) {
      finish(id, "failed", "import.importerGone");
      return;
    }
    HtcdsFile file;
    try {
      file = HtcdsFile.read(job.content());
    } catch (InvalidInput e) {
      finish(id, "failed", e.messageKey());
      return;
    }
    Map<String, List<Integer>> duplicated = file.duplicatedIds();
    List<HtcdsFile.Row> rows = file.rows();
    int next = job.nextRow();
    while (next < rows.size()) {
      List<HtcdsFile.Row> chunk =
          rows.subList(next, Math.min(rows.size(), next + settings.chunkRows()));
      int end = next + chunk.size();
      boolean written;
      try {
        written =
            Boolean.TRUE.equals(
                transactions.execute(
                    tx -> {
                      relaxCommit();
                      int[] counts = new int[2];
                      List<HtcdsRow> good = new ArrayList<>();
                      for (HtcdsFile.Row row : chunk) {
                        HtcdsRow read = checked(job, row, file.header().size(), duplicated, counts);
                        if (read != null) {
                          good.add(read);
                        }
                      }
                      applyChunk(job, actor.get(), good);
                      counts[0] += good.size();
                      progress(id, end, counts);
                      return true;
                    }));
      } catch (RuntimeException refusedInChunk) {
        written = false;
      }
      if (!written) {
        for (int i = 0; i < chunk.size(); i++) {
          HtcdsFile.Row row = chunk.get(i);
          int after = next + i + 1;
          try {
            transactions.executeWithoutResult(
                tx -> {
                  relaxCommit();
                  int[] counts = new int[2];
                  write(job, actor.get(), row, file.header().size(), duplicated, counts, true);
                  progress(id, after, counts);
                });
          } catch (RuntimeException e) {
            transactions.executeWithoutResult(
                tx -> {
                  reject(id, row.number(), problem(e));
                  progress(id, after, new int[] {0, 1});
                });
          }
        }
      }
      next = end;
    }
    finish(id, "completed", null);
  }

  /**
   * An import's own commits need not wait for the disk: its progress commits with its rows, so a
   * commit lost in a power cut is redone on resume.
   */
  private void relaxCommit() {
    jdbc.sql("SET LOCAL synchronous_commit = off").update();
  }

  private void write(
      Job job,
      Actor actor,
      HtcdsFile.Row row,
      int headerSize,
      Map<String, List<Integer>> duplicated,
      int[] counts,
      boolean alone) {
    HtcdsRow read = checked(job, row, headerSize, duplicated, counts);
    if (read != null) {
      apply(job, actor, read);
      counts[0]++;
    }
  }

  /** The row read and checked whole, or null when it is rejected (its reasons then recorded). */
  private HtcdsRow checked(
      Job job,
      HtcdsFile.Row row,
      int headerSize,
      Map<String, List<Integer>> duplicated,
      int[] counts) {
    List<Problem> problems = new ArrayList<>();
    if (row.cellCount() != headerSize) {
      problems.add(
          new Problem(
              null,
              "import.cellCount",
              List.of(Integer.toString(row.cellCount()), Integer.toString(headerSize))));
    }
    String externalId = row.cells().get(HtcdsColumns.EXTERNAL_ID);
    if (externalId != null && duplicated.containsKey(externalId.strip())) {
      problems.add(
          new Problem(
              HtcdsColumns.EXTERNAL_ID,
              "import.duplicateId",
              List.of(
                  String.join(
                      ", ",
                      duplicated.get(externalId.strip()).stream().map(String::valueOf).toList()))));
    }
    HtcdsRow.Read read = HtcdsRow.read(row.cells(), LocalDate.now(clock));
    problems.addAll(read.problems());
    if (!problems.isEmpty()) {
      for (Problem p : problems) {
        reject(job.id(), row.number(), p);
      }
      counts[1]++;
      return null;
    }
    return read.row();
  }

  /**
   * Writes a chunk's good rows: those delivered before one by one ({@link #apply}), the new ones
   * together through the modules' batch front doors (persons, referrals, identifications with their
   * decisions, returns), which check and audit each record as the single ones do.
   */
  private void applyChunk(Job job, Actor actor, List<HtcdsRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Set<String> delivered =
        new HashSet<>(
            jdbc.sql(
                    """
                    SELECT external_id FROM exchange.external_record
                    WHERE organisation = ? AND external_id = ANY (?)
                    """)
                .params(
                    job.organisation(),
                    rows.stream().map(HtcdsRow::externalId).toArray(String[]::new))
                .query(String.class)
                .list());
    List<HtcdsRow> fresh = new ArrayList<>();
    for (HtcdsRow row : rows) {
      if (delivered.contains(row.externalId())) {
        apply(job, actor, row);
      } else {
        fresh.add(row);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    List<Person> persons =
        people.registerAll(fresh.stream().map(r -> details(r, null)).toList(), actor);
    List<Referrals.ImportedReferral> imported = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      imported.add(
          new Referrals.ImportedReferral(
              draft(fresh.get(i)), job.organisation(), persons.get(i).personId()));
    }
    List<Referrals.AcceptedReferral> accepted = referrals.recordImportedAll(imported, actor);
    List<Identifications.ImportedCase> cases = new ArrayList<>(fresh.size());
    List<Repatriations.ImportedReturn> returns = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      HtcdsRow row = fresh.get(i);
      cases.add(new Identifications.ImportedCase(accepted.get(i), decision(job, row)));
      if (row.repatriationDate() != null) {
        returns.add(
            new Repatriations.ImportedReturn(
                persons.get(i).personId(), row.repatriationCountry(), row.repatriationDate()));
      }
    }
    List<IdentificationId> identificationIds = identifications.recordImportedAll(cases, actor);
    Iterator<RepatriationId> returned =
        repatriations.recordImportedReturns(returns, actor).iterator();
    List<Object[]> records = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      HtcdsRow row = fresh.get(i);
      RepatriationId repatriation = row.repatriationDate() == null ? null : returned.next();
      records.add(
          new Object[] {
            job.organisation(),
            row.externalId(),
            persons.get(i).personId().value(),
            accepted.get(i).referral().value(),
            identificationIds.get(i).value(),
            repatriation == null ? null : repatriation.value(),
            row.hash(),
            job.id()
          });
    }
    batches.batchUpdate(
        """
        INSERT INTO exchange.external_record (organisation, external_id, person_id, referral_id,
            identification_id, repatriation_id, content_hash, last_job)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        records);
  }

  /** The decision a row delivers, or null when it gives none. */
  private static DecisionInput decision(Job job, HtcdsRow row) {
    if (row.outcome() == null || row.decisionDate() == null) {
      return null;
    }
    return new DecisionInput(
        row.outcome(),
        row.authority(),
        true,
        row.decisionDate(),
        row.forms(),
        row.mainForm(),
        row.exploitationCountry(),
        null,
        "HTCDS import " + job.id(),
        null,
        row.industries(),
        row.mainUndetermined());
  }

  private record Known(
      PersonId person,
      ReferralId referral,
      IdentificationId identification,
      RepatriationId repatriation,
      String hash) {}

  private void apply(Job job, Actor actor, HtcdsRow row) {
    Optional<Known> known =
        jdbc.sql(
                """
                SELECT person_id, referral_id, identification_id, repatriation_id, content_hash
                FROM exchange.external_record WHERE organisation = ? AND external_id = ? FOR UPDATE
                """)
            .params(job.organisation(), row.externalId())
            .query(
                (rs, n) ->
                    new Known(
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        new ReferralId(rs.getObject("referral_id", UUID.class)),
                        new IdentificationId(rs.getObject("identification_id", UUID.class)),
                        rs.getObject("repatriation_id") == null
                            ? null
                            : new RepatriationId(rs.getObject("repatriation_id", UUID.class)),
                        rs.getString("content_hash")))
            .optional();
    if (known.isPresent() && known.get().hash().equals(row.hash())) {
      return; // delivered before, unchanged
    }
    PersonId person;
    ReferralId referral;
    IdentificationId identification;
    RepatriationId repatriation = known.map(Known::repatriation).orElse(null);
    if (known.isEmpty()) {
      person = people.register(details(row, null), actor).personId();
      referral = referrals.recordImported(draft(row), job.organisation(), person, actor);
      identification = identifications.openImported(referral, actor);
    } else {
      person = known.get().person();
      referral = known.get().referral();
      identification = known.get().identification();
      update(person, row, actor);
      referrals.reviseImported(referral, draft(row), actor);
    }
    DecisionInput decision = decision(job, row);
    if (decision != null) {
      identifications.recordImportedDecision(identification, decision, actor);
    }
    if (row.repatriationDate() != null) {
      if (repatriation == null) {
        repatriation =
            repatriations.recordImportedReturn(
                person, row.repatriationCountry(), row.repatriationDate(), actor);
      } else {
        repatriations.reviseImportedReturn(
            repatriation, row.repatriationCountry(), row.repatriationDate(), actor);
      }
    }
    jdbc.sql(
            """
            INSERT INTO exchange.external_record (organisation, external_id, person_id, referral_id,
                identification_id, repatriation_id, content_hash, last_job)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (organisation, external_id) DO UPDATE SET repatriation_id = excluded.repatriation_id,
                content_hash = excluded.content_hash, last_job = excluded.last_job
            """)
        .params(
            job.organisation(),
            row.externalId(),
            person.value(),
            referral.value(),
            identification.value(),
            repatriation == null ? null : repatriation.value(),
            row.hash(),
            job.id())
        .update();
  }

  /** A newer delivery: what it says replaces what it gave before; what it leaves out is kept. */
  private void update(PersonId person, HtcdsRow row, Actor actor) {
    PersonReference reference =
        people.referenceOf(person).orElseThrow(() -> new IllegalStateException("person gone"));
    Person current =
        people.find(reference, actor).orElseThrow(() -> new IllegalStateException("person gone"));
    PersonDetails details = details(row, current);
    if (same(current, details)) {
      return;
    }
    people.change(reference, current.version(), details, actor);
  }

  private static boolean same(Person current, PersonDetails details) {
    return Objects.equals(current.givenNames(), details.givenNames())
        && Objects.equals(current.familyName(), details.familyName())
        && current.gender() == details.gender()
        && current.birth().equals(details.birth())
        && current.citizenships().equals(details.citizenships());
  }

  private static PersonDetails details(HtcdsRow row, Person current) {
    if (current == null) {
      return new PersonDetails(
          row.firstName(),
          row.secondName(),
          null,
          null,
          List.of(),
          row.gender(),
          row.birth(),
          row.citizenships(),
          List.of(),
          false,
          null,
          List.of());
    }
    boolean sameGiven = row.firstName() == null || row.firstName().equals(current.givenNames());
    boolean sameFamily = row.secondName() == null || row.secondName().equals(current.familyName());
    return new PersonDetails(
        row.firstName() == null ? current.givenNames() : row.firstName(),
        row.secondName() == null ? current.familyName() : row.secondName(),
        sameGiven ? current.givenNamesLatin() : null,
        sameFamily ? current.familyNameLatin() : null,
        current.aliases().stream().map(Alias::name).toList(),
        row.gender() == Gender.NonSpecifiedUnknown ? current.gender() : row.gender(),
        row.birth().precision() == BirthPrecision.UNKNOWN ? current.birth() : row.birth(),
        row.citizenships().isEmpty() ? current.citizenships() : row.citizenships(),
        current.languages(),
        current.interpreterNeeded(),
        current.phone(),
        current.documents());
  }

  private static ReferralDraft draft(HtcdsRow row) {
    return new ReferralDraft(
        ReferralPath.FULL,
        channel(row.referringOrganisation()),
        row.referralDate(),
        null,
        row.forms(),
        row.industries().isEmpty() ? null : row.industries().get(0).section(),
        List.of(),
        null,
        false,
        null,
        row.firstName(),
        row.secondName(),
        null,
        null,
        row.gender(),
        row.birth() == null ? Birth.unknown() : row.birth(),
        row.citizenships(),
        null,
        Consent.none(),
        null);
  }

  /** cas_ReferringOrganisation as the referral's channel, where it names one. */
  static Channel channel(String organisation) {
    if (organisation == null) {
      return Channel.OTHER;
    }
    String o = organisation.toLowerCase(Locale.ROOT);
    if (o.contains("police") || o.contains("politi") || o.contains("polis")) {
      return Channel.POLICE;
    }
    if (o.contains("immigration") || o.contains("udlændinge") || o.contains("migration")) {
      return Channel.IMMIGRATION_SERVICE;
    }
    if (o.contains("municipal") || o.contains("kommun")) {
      return Channel.MUNICIPALITY;
    }
    if (o.contains("hotline")) {
      return Channel.HOTLINE;
    }
    if (o.contains("ngo")) {
      return Channel.NGO_OUTREACH;
    }
    return Channel.OTHER;
  }

  private static Problem problem(RuntimeException e) {
    if (e instanceof InvalidInput invalid) {
      List<String> arguments = new ArrayList<>();
      for (Object argument : invalid.arguments()) {
        arguments.add(String.valueOf(argument));
      }
      return new Problem(column(invalid.field()), invalid.messageKey(), arguments);
    }
    log.warn("An import row failed unexpectedly: {}", e.getClass().getName());
    return new Problem(null, "import.rowFailed");
  }

  /** The HTCDS column behind a front door's field. */
  static String column(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "givenNames", "givenNamesLatin" -> HtcdsColumns.FIRST_NAME;
      case "familyName", "familyNameLatin" -> HtcdsColumns.SECOND_NAME;
      case "birthDate", "birthYear", "birth" -> HtcdsColumns.BIRTHDATE;
      case "gender" -> HtcdsColumns.GENDER;
      case "citizenships" -> HtcdsColumns.CITIZENSHIP;
      case "outcome" -> HtcdsColumns.STATUS;
      case "forms", "exploitation" -> HtcdsColumns.EXPLOITATION;
      case "industries", "forcedLabourIndustry" -> HtcdsColumns.INDUSTRY;
      case "encounterDate" -> HtcdsColumns.REFERRAL_DATE;
      case "exploitationCountry" -> HtcdsColumns.EXPLOITATION_COUNTRY;
      case "decidedOn" -> HtcdsColumns.DECISION_DATE;
      case "authority" -> HtcdsColumns.DECIDING_AUTHORITY;
      case "mainForm" -> HtcdsColumns.MAIN_EXPLOITATION;
      case "actualDeparture" -> HtcdsColumns.REPATRIATION_DATE;
      case "destinationCountry" -> HtcdsColumns.REPATRIATION_COUNTRY;
      default -> null;
    };
  }

  private void reject(UUID job, int row, Problem problem) {
    jdbc.sql(
            """
            INSERT INTO exchange.import_error (job_id, row_number, column_name, message_key, arguments)
            VALUES (?, ?, ?, ?, ?)
            """)
        .params(
            job, row, problem.column(), problem.key(), problem.arguments().toArray(String[]::new))
        .update();
  }

  private void progress(UUID job, int nextRow, int[] counts) {
    jdbc.sql(
            """
            UPDATE exchange.import_job SET next_row = ?, rows_imported = rows_imported + ?,
                rows_rejected = rows_rejected + ?, heartbeat = ? WHERE id = ?
            """)
        .params(nextRow, counts[0], counts[1], Timestamp.from(clock.instant()), job)
        .update();
  }

  /** Ends an import; the delivered file is not kept beyond it. */
  private void finish(UUID job, String status, String reason) {
    transactions.executeWithoutResult(
        tx -> {
          if (reason != null) {
            reject(job, 1, new Problem(null, reason));
          }
          jdbc.sql(
                  """
                  UPDATE exchange.import_job SET status = ?, content = NULL, finished_at = ?, heartbeat = NULL
                  WHERE id = ?
                  """)
              .params(status, Timestamp.from(clock.instant()), job)
              .update();
        });
  }
}
