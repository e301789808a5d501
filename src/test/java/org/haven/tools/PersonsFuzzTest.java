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
 * reported, a name either romanised or found to have no letters, and nothing throws. In CI the test
 * runs its seed inputs only; {@code bench/fuzz.sh} fuzzes it (JAZZER_FUZZ=1) for a million
 * executions and more.
 */
class PersonsFuzzTest {

  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor();
  private static final MatchModel MODEL = MatchModel.defaults();
  private static final PersonFeatures KNOWN =
      EXTRACTOR.extract(
          new PersonRecord("k", "Андрій", "Шевченко", List.of("Andriy"), null, 1990, "M", null));

  @FuzzTest(maxDuration = "8m")
  void csvReaderReportsOrReadsEveryRow(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      List<PersonRecord> records =
          PersonsCsv.read(
              new StringReader(String.join(",", PersonsCsv.HEADER) + "\n" + text), problem -> {});
      for (PersonRecord r : records) {
        MODEL.score(EXTRACTOR.extract(r), KNOWN);
      }
    } catch (PersonsCsv.FormatException expected) {
      // A file that is not a persons CSV at all is refused as a whole.
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @FuzzTest(maxDuration = "8m")
  void nameNormaliserTakesAnyText(FuzzedDataProvider data) {
    String name = data.consumeRemainingAsString();
    for (String romanised : NameForms.romanisations(name)) {
      NameForms.skeleton(romanised.replace(" ", ""));
      Sinitic.readings(romanised);
    }
  }
}
