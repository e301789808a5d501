package org.haven.tools;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.haven.people.matching.FeatureExtractor;
import org.haven.people.matching.MatchModel;
import org.haven.people.matching.NameForms;
import org.haven.people.matching.PersonFeatures;
import org.haven.people.matching.PersonRecord;
import org.haven.people.matching.Sinitic;

/**
 * Random bytes into the persons CSV reader and the name normaliser: a row is either read or
 * reported, a name either romanised or found to have no letters, and nothing throws. In CI each
 * test runs its seed inputs only; {@code bench/fuzz.sh} fuzzes each (JAZZER_FUZZ=1, one test per
 * run, as Jazzer fuzzes one at a time) for a million executions.
 */
class PersonsFuzzTest {

  private static final MatchModel MODEL = MatchModel.defaults();
  private static final PersonRecord KNOWN =
      new PersonRecord("k", "Андрій", "Шевченко", List.of("Andriy"), null, 1990, "M", null);

  /** Past this many names the extractor starts afresh: it keeps every name it has read. */
  private static final int NAMES_KEPT = 10_000;

  private static FeatureExtractor extractor = new FeatureExtractor();
  private static PersonFeatures known = extractor.extract(KNOWN);

  @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
  void csvReaderReportsOrReadsEveryRow(FuzzedDataProvider data) {
    if (extractor.names() > NAMES_KEPT) {
      extractor = new FeatureExtractor();
      known = extractor.extract(KNOWN);
    }
    String text = data.consumeRemainingAsString();
    try {
      List<PersonRecord> records =
          PersonsCsv.read(
              new StringReader(String.join(",", PersonsCsv.HEADER) + "\n" + text), problem -> {});
      for (PersonRecord r : records) {
        MODEL.score(extractor.extract(r), known);
      }
    } catch (PersonsCsv.FormatException expected) {
      // A file that is not a persons CSV at all is refused as a whole.
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
  void nameNormaliserTakesAnyText(FuzzedDataProvider data) {
    String name = data.consumeRemainingAsString();
    for (String romanised : NameForms.romanisations(name)) {
      NameForms.skeleton(romanised.replace(" ", ""));
      Sinitic.readings(romanised);
    }
  }
}
