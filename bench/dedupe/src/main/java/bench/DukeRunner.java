package bench;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/** Runs Duke deduplication with a config file and writes links as id_a,id_b,score. */
public final class DukeRunner {

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DukeRunner config.xml links.csv");
      System.exit(2);
    }
    Configuration config = ConfigLoader.load(args[0]);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      w.write("id_a,id_b,score\n");
      Processor processor = new Processor(config);
      processor.setThreads(2);
      processor.addMatchListener(
          new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
              String a = r1.getValue("ID");
              String b = r2.getValue("ID");
              try {
                if (a.compareTo(b) < 0) {
                  w.write(a + "," + b + "," + confidence + "\n");
                } else {
                  w.write(b + "," + a + "," + confidence + "\n");
                }
              } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
              }
            }
          });
      processor.deduplicate();
      processor.close();
    }
  }
}
