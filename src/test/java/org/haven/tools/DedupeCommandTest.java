package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.haven.people.matching.Deduper;
import org.haven.people.matching.PersonRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupeCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** Runs dedupe on the input, writing links only; answers the exit code. */
  private int dedupe(Path input, Path links) {
    return DedupeCommand.run(
        new String[] {"--input", input.toString(), "--output", links.toString()}, err);
  }

  @Test
  void linksKnownDuplicatesAndSkipsMalformedRows() throws Exception {
    // A small population so that the model has non-matches to learn from, plus known duplicates.
    StringBuilder csv = new StringBuilder("\uFEFF" + String.join(",", PersonsCsv.HEADER) + "\n");
    List<PersonGenerator.Generated> background =
        new PersonGenerator(3, PersonGenerator.Mode.FEBRL).generate(400);
    StringWriter w = new StringWriter();
    for (PersonGenerator.Generated g : background) {
      PersonsCsv.write(w, g.record());
    }
    csv.append(w);
    csv.append("a1,Андрій,Шевченко,,1990-03-04,,M,UA\n");
    csv.append("a2,Andriy,Shevchenko,,1990-04-03,1990,M,UA;PL\n");
    csv.append("a3,Shevchenko,Andrii,,,1990,,UA\n");
    csv.append("b1,Oluwaseun,Adeyemi,\"Seun Adeyemi;\"\"Shewn\"\"\",1985-12-01,,M,NG\n");
    csv.append("b2,Seun,Adeyemi,,1985-12-01,,M,NG\n");
    csv.append("c1,秀英,张,,1979-06-05,,F,CN\n");
    csv.append("c2,Zhang,Xiuying,,1979-06-05,,F,CN\n");
    csv.append("d1,Nguyễn Thị,Lan,,2001-02-03,,F,VN\n");
    csv.append("g1,გიორგი,ბერიძე,,1980-01-02,,M,GE\n");
    // Kosovo's code, which ISO leaves to its users and the EU gives Kosovo, is read.
    csv.append("k1,Arben,Krasniqi,,1991-06-07,,M,xk\n");
    // A passport's alpha-3 codes are read as their alpha-2 ones (ICAO writes RKS for Kosovo).
    csv.append("k2,Arben,Krasniqi,,1991-06-07,,M,RKS;alb\n");
    // Codes in lower case and with spaces are read, not refused; a birth year that disagrees with
    // the date is set aside, not the row.
    csv.append("e1,Erik,Lindqvist,,1977-05-06,,m, se \n");
    csv.append("e2,Erik,Lindqvist,,1977-05-06,1976,M,SE\n");
    // A day or month written unknown (00 or XX) leaves the year.
    csv.append("e3,Erik,Lindqvist,,1977-00-00,,M,SE\n");
    csv.append("e4,Erik,Lindqvist,,1977-05-xx,1977,M,SE\n");
    // Malformed rows, each on a known line.
    int firstBad = 2 + background.size() + 15;
    csv.append("x1,Bad,Date,,2001-02-30,,F,VN\n");
    csv.append("x2,Bad,Sex,,2001-02-03,,q,VN\n");
    csv.append("x3,Bad,Country,,2001-02-03,,F,XX\n");
    csv.append("x4,Too,Few,columns\n");
    csv.append(",No,Id,,2001-02-03,,F,VN\n");
    csv.append("a1,Duplicate,Id,,2001-02-03,,F,VN\n");
    csv.append("x5,Bad,Year,,,19x0,F,VN\n");
    csv.append("x6,Too,Old,,1899-12-31,,F,VN\n");
    csv.append("x7,Not,Born,,2999-01-01,,F,VN\n");
    Path input = dir.resolve("persons.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    Path links = dir.resolve("links.csv");
    Path clusters = dir.resolve("clusters.csv");

    int code =
        DedupeCommand.run(
            new String[] {
              "--input",
              input.toString(),
              "--output",
              links.toString(),
              "--clusters",
              clusters.toString()
            },
            err);

    assertThat(code).as(err()).isZero();
    assertThat(err())
        .contains("line " + firstBad + ": birth_date: not a valid date YYYY-MM-DD: 2001-02-30")
        .contains("line " + (firstBad + 1) + ": sex: expected F, M, X or empty but found q")
        .contains(
            "line "
                + (firstBad + 2)
                + ": citizenship: not an ISO 3166 country code (alpha-2 or alpha-3): XX")
        .contains("line " + (firstBad + 3) + ": row: expected 8 columns but found 4")
        .contains("line " + (firstBad + 4) + ": id: missing")
        .contains("line " + (firstBad + 5) + ": id: duplicate id a1")
        .contains("line " + (firstBad + 6) + ": birth_year: not a year: 19x0")
        .contains("line " + (firstBad + 7) + ": birth_date: before 1900: 1899-12-31")
        .contains("line " + (firstBad + 8) + ": birth_date: in the future: 2999-01-01")
        .doesNotContain("line " + (firstBad - 4) + ":")
        .contains(
            "line "
                + (firstBad - 3)
                + ": birth_year: 1976 differs from the year of birth_date 1977-05-06; the row is"
                + " kept with the year of the date")
        .contains(
            "line "
                + (firstBad - 2)
                + ": birth_date: 1977-00-00 has no day or month; the row is kept with the year 1977")
        .contains("line " + (firstBad - 1) + ": birth_date: 1977-05-xx has no day or month")
        .contains("9 bad rows skipped, 3 kept with a value set aside")
        .contains("read by ICU Any-Latin: 1 records");
    List<String> lines = Files.readAllLines(links, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("id_a,id_b,score");
    List<String> pairs =
        lines.stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    assertThat(pairs).contains("a1,a2", "a1,a3", "a2,a3", "b1,b2", "c1,c2");
    assertThat(pairs).noneMatch(p -> p.contains("d1"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      assertThat(f[0].compareTo(f[1])).isNegative();
      assertThat(Double.parseDouble(f[2])).isBetween(0.0, 1.0);
    }
    List<String> clusterLines = Files.readAllLines(clusters, StandardCharsets.UTF_8);
    assertThat(clusterLines).hasSize(1 + background.size() + 15);
    assertThat(clusterLines)
        .contains(
            "a1,a1", "a2,a1", "a3,a1", "b2,b1", "c2,c1", "d1,d1", "e1,e1", "e2,e1", "e3,e1",
            "e4,e1", "k1,k1", "k2,k1");
  }

  @Test
  void theSameInputGivesTheSameLinksClustersAndScoresOnAnyNumberOfThreads() throws Exception {
    List<PersonRecord> records =
        new PersonGenerator(11, PersonGenerator.Mode.REGISTERS)
            .generate(3000).stream().map(PersonGenerator.Generated::record).toList();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    // Parallel streams run in the pool of the task that starts them: one thread here.
    ForkJoinPool single = new ForkJoinPool(1);
    Deduper.Outcome one =
        single
            .submit(() -> Deduper.run(records, Deduper.Options.defaults().withThreads(1), quiet))
            .get();
    single.shutdown();
    Deduper.Outcome two = Deduper.run(records, Deduper.Options.defaults().withThreads(2), quiet);
    Deduper.Outcome again = Deduper.run(records, Deduper.Options.defaults().withThreads(2), quiet);
    assertThat(one.links()).isNotEmpty();
    for (Deduper.Outcome other : List.of(two, again)) {
      assertThat(other.links()).isEqualTo(one.links());
      assertThat(other.probabilities()).isEqualTo(one.probabilities());
      assertThat(other.cluster()).isEqualTo(one.cluster());
    }
  }

  @Test
  void theCeilingBoundsEveryThresholdOnTheScore() throws Exception {
    List<PersonGenerator.Generated> generated =
        new PersonGenerator(12, PersonGenerator.Mode.REGISTERS).generate(3000);
    List<PersonRecord> records = generated.stream().map(PersonGenerator.Generated::record).toList();
    StringBuilder truth = new StringBuilder("id,cluster_id\n");
    generated.forEach(
        g -> truth.append(g.record().id()).append(',').append(g.cluster()).append('\n'));
    Evaluation eval = Evaluation.readTruth(new StringReader(truth.toString()));
    Deduper.Outcome outcome =
        Deduper.run(
            records, Deduper.Options.defaults(), new PrintStream(OutputStream.nullOutputStream()));
    String ceiling = DedupeCommand.ceiling(outcome, eval);
    double bound = Double.parseDouble(ceiling.replaceAll(".*f1=([0-9.]+).*", "$1"));
    long[] pairs = outcome.candidatePairs();
    // Half-bit thresholds: the groups hold scores rounded to a bit, so each is a union of groups.
    for (double bits = -7.5; bits <= 8; bits += 2) {
      long found = 0;
      long correct = 0;
      for (int k = 0; k < outcome.blocking().count(); k++) {
        PersonRecord a = records.get((int) (pairs[k] >>> 32));
        PersonRecord b = records.get((int) pairs[k]);
        if (outcome
                .estimate()
                .model()
                .score(
                    outcome.records().get((int) (pairs[k] >>> 32)),
                    outcome.records().get((int) pairs[k]))
            >= bits) {
          found++;
          correct += eval.same(a.id(), b.id()) ? 1 : 0;
        }
      }
      assertThat(bound)
          .as("threshold %s bits", bits)
          .isGreaterThanOrEqualTo(2.0 * correct / (found + eval.truePairs()) - 5e-5);
    }
    assertThat(bound).isLessThanOrEqualTo(1.0);
    assertThat(DedupeCommand.ceiling(outcome, eval)).isEqualTo(ceiling);
  }

  @Test
  void theCeilingWithoutTheTruthIsAUsageError() throws Exception {
    Path input = dir.resolve("c.csv");
    Files.writeString(
        input, "id,given_name,family_name,other_names,birth_date,birth_year,sex,citizenship\n");
    assertThat(
            DedupeCommand.run(
                new String[] {
                  "--input",
                  input.toString(),
                  "--output",
                  dir.resolve("l.csv").toString(),
                  "--ceiling"
                },
                err))
        .isEqualTo(2);
    assertThat(err()).contains("--ceiling and --diagnostics need --truth");
  }

  @Test
  void aHeaderWrittenInCapitalsIsRead() throws Exception {
    Path input = dir.resolve("capitals.csv");
    Files.writeString(
        input,
        "ID,Given_Name,Family_Name,Other_Names,Birth_Date,Birth_Year,Sex,Citizenship\n"
            + "k1,Olena,Kovalenko,,1988-02-03,,F,UA\n"
            + "k2,Olena,Kovalenko,,1988-02-03,1988,F,UA\n"
            + "k3,Iryna,Bondarenko,,1979-11-30,,F,UA\n",
        StandardCharsets.UTF_8);
    Path links = dir.resolve("capitals-links.csv");
    assertThat(dedupe(input, links)).as(err()).isZero();
    assertThat(err()).contains("read 3 records (0 bad rows skipped");
    // three records are too few to learn weights from: the built-in ones still link the two
    List<String> lines = Files.readAllLines(links, StandardCharsets.UTF_8);
    assertThat(err()).contains("too few records to learn the weights from (3 pairs");
    assertThat(lines.get(0)).isEqualTo("id_a,id_b,score");
    assertThat(lines.subList(1, lines.size())).hasSize(1).allMatch(l -> l.startsWith("k1,k2,"));
  }

  @Test
  void runningOutOfMemorySaysHowToGiveItMoreAndLeavesTheEarlierOutput() throws Exception {
    // As a user would run it: a JVM of its own, with a heap far too small for 20,000 records.
    Path input = dir.resolve("persons.csv");
    assertThat(
            GenerateCommand.run(
                new String[] {
                  "--count",
                  "20000",
                  "--seed",
                  "5",
                  "--mode",
                  "registers",
                  "--output",
                  input.toString()
                },
                err))
        .isZero();
    Path links = dir.resolve("links.csv");
    Files.writeString(links, "from an earlier run\n");
    Process dedupe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.haven.HavenApplication",
                "dedupe",
                "--input",
                input.toString(),
                "--output",
                links.toString(),
                "--clusters",
                dir.resolve("clusters.csv").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertThat(dedupe.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(dir.resolve("stderr.txt"));
    assertThat(dedupe.exitValue()).as(stderr).isEqualTo(1);
    assertThat(stderr)
        .contains("dedupe: not enough memory for this input (Java may use at most")
        .contains("java -Xmx4g -jar haven.jar dedupe")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(Files.readString(links)).isEqualTo("from an earlier run\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("persons.csv", "links.csv", "stderr.txt");
    }
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    assertThat(DedupeCommand.run(new String[] {"--input"}, err)).isEqualTo(2);
    assertThat(DedupeCommand.run(new String[] {"--output", "x.csv"}, err)).isEqualTo(2);
    assertThat(err()).contains("usage: dedupe");
    Path input = dir.resolve("p.csv");
    Files.writeString(input, "id,name\n1,x\n");
    assertThat(
            DedupeCommand.run(
                new String[] {
                  "--input", input.toString(), "--output", dir.resolve("l.csv").toString()
                },
                err))
        .isEqualTo(2);
    assertThat(err()).contains("expected the header");
    assertThat(
            DedupeCommand.run(
                new String[] {"--input", input.toString(), "--output", "l.csv", "--threshold", "7"},
                err))
        .isEqualTo(2);
  }

  @Test
  void readsColumnsByTheirNamesInAnyOrder() throws Exception {
    // A spreadsheet's export: id last, names with spaces, a column of its own, no other_names or
    // birth_year.
    Path input = dir.resolve("export.csv");
    Files.writeString(
        input,
        """
        Family Name,GIVEN_NAME,Birth-Date,sex,Case worker,citizenship,ID
        Berg,Anna,1990-01-02,F,Mette,SE,a1
        Berg,Anna,1990-01-02,F,Mette,SE,a2
        Smith,John,1980-05-05,M,Jens,GB,a3
        Smith,John,1980-05-05,Q,Jens,GB,a4
        """);
    Path links = dir.resolve("links.csv");
    assertThat(dedupe(input, links)).isZero();
    assertThat(Files.readAllLines(links)).hasSize(2).last().asString().startsWith("a1,a2,");
    assertThat(err())
        .contains("line 1: columns not read: Case worker")
        .contains("line 1: columns missing, read as empty: other_names, birth_year")
        .contains("line 5: sex: expected F, M, X or empty but found Q")
        .contains("read 3 records (1 bad rows skipped");

    // A column written twice cannot be read either way.
    Files.writeString(input, "id,given_name,Given Name\n1,Anna,Anne\n");
    assertThat(dedupe(input, links)).isEqualTo(2);
    assertThat(err()).contains("line 1: the column given_name is there twice");
  }

  @Test
  void readsASpreadsheetsSemicolonsAndTabs() throws Exception {
    Path links = dir.resolve("links.csv");
    for (String separator : List.of(";", "\t")) {
      Path input = dir.resolve("sheet.csv");
      Files.writeString(
          input,
          String.join(separator, PersonsCsv.HEADER)
              + "\n"
              + String.join(separator, "u1", "Andriy", "Shevchenko", "", "1990-03-04", "", "M")
              + separator
              + "\"UA;PL\"\n"
              + String.join(
                  separator, "u2", "Andriy", "Shevchenko", "", "1990-03-04", "", "M", "UA")
              + "\n");
      assertThat(dedupe(input, links)).isZero();
      assertThat(Files.readAllLines(links)).hasSize(2).last().asString().startsWith("u1,u2,");
    }
    assertThat(err())
        .contains("line 1: columns separated by semicolons, not commas: read so")
        .contains("line 1: columns separated by tabs, not commas: read so")
        .contains("read 2 records (0 bad rows skipped");
  }

  @Test
  void readsDatesWrittenDayFirstOrWithATimeOfDay() throws Exception {
    assertThat(PersonsCsv.isoDate("04.03.1990")).isEqualTo("1990-03-04");
    assertThat(PersonsCsv.isoDate("4-3-1990")).isEqualTo("1990-03-04");
    assertThat(PersonsCsv.isoDate("1990/3/4")).isEqualTo("1990-03-04");
    assertThat(PersonsCsv.isoDate("1990.03.04")).isEqualTo("1990-03-04");
    assertThat(PersonsCsv.isoDate("1990-03-04T00:00:00Z")).isEqualTo("1990-03-04");
    assertThat(PersonsCsv.isoDate("1990-03-04 23:00:00.000+01:00")).isEqualTo("1990-03-04");
    // Month first is never guessed; ISO itself and anything else are left to the strict reader.
    assertThat(PersonsCsv.isoDate("03/04/1990")).isNull();
    assertThat(PersonsCsv.isoDate("1990-03-04")).isNull();
    assertThat(PersonsCsv.isoDate("4 March 1990")).isNull();

    Path input = dir.resolve("dates.csv");
    Files.writeString(
        input,
        String.join(",", PersonsCsv.HEADER)
            + "\nj1,Jens,Holm,,04.03.1990,,M,DK"
            + "\nj2,Jens,Holm,,1990-03-04T00:00:00Z,1990,M,DK"
            + "\nj3,Jens,Holm,,31.02.1990,,M,DK"
            + "\nj4,Jens,Holm,,03/04/1990,,M,DK"
            + "\nj5,Jens,Holm,,04.03.1990,1991,M,DK\n");
    Path links = dir.resolve("links.csv");
    assertThat(dedupe(input, links)).isZero();
    assertThat(Files.readAllLines(links))
        .hasSize(4)
        .anyMatch(l -> l.startsWith("j1,j2,"))
        .anyMatch(l -> l.startsWith("j1,j5,"));
    assertThat(err())
        .contains("line 4: birth_date: not a valid date YYYY-MM-DD: 31.02.1990")
        .contains("line 5: birth_date: not a valid date YYYY-MM-DD: 03/04/1990")
        .contains("line 6: birth_year: 1991 differs from the year of birth_date 04.03.1990")
        .contains("birth_date: 3 dates written day first");
  }

  @Test
  void readsASpreadsheetsWindows1252File() throws Exception {
    Path input = dir.resolve("excel.csv");
    Files.writeString(
        input,
        String.join(",", PersonsCsv.HEADER)
            + "\r\nd1,Jørgen,Sørensen,,1980-01-01,,M,DK\r\nd2,Jørgen,Sørensen,,1980-01-01,,M,DK\r\n",
        TextEncoding.LEGACY);
    Path links = dir.resolve("links.csv");
    Path clusters = dir.resolve("clusters.csv");
    assertThat(
            DedupeCommand.run(
                new String[] {
                  "--input",
                  input.toString(),
                  "--output",
                  links.toString(),
                  "--clusters",
                  clusters.toString()
                },
                err))
        .isZero();
    assertThat(err()).contains("not UTF-8: read as Windows-1252").contains("read 2 records");
    assertThat(Files.readAllLines(links)).hasSize(2).last().asString().startsWith("d1,d2,");
  }

  @Test
  void csvHandlesQuotesCommasAndLineBreaks() throws Exception {
    Csv csv = new Csv(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\n"));
    Csv.Row first = csv.next();
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.fields()).containsExactly("a", "b,c", "say \"hi\"");
    Csv.Row second = csv.next();
    assertThat(second.line()).isEqualTo(2);
    assertThat(second.fields()).containsExactly("multi\nline", "x", "");
    assertThat(csv.next()).isNull();
  }
}
