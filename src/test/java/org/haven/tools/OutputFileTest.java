package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir Path dir;

  private Stream<Path> files() throws IOException {
    return Files.list(dir);
  }

  @Test
  void writesTheWholeFileInPlaceOfTheEarlierOne() throws Exception {
    Path links = dir.resolve("links.csv");
    Files.writeString(links, "from an earlier run\n");
    OutputFile.write(links, w -> w.write("id_a,id_b,score\na,b,0.9900\n"));
    assertThat(Files.readString(links, StandardCharsets.UTF_8))
        .isEqualTo("id_a,id_b,score\na,b,0.9900\n");
    assertThat(files()).containsExactly(links);
  }

  @Test
  void aFailureMidwayLeavesTheEarlierFileAsItWasAndNothingBeside() throws Exception {
    Path links = dir.resolve("links.csv");
    Files.writeString(links, "from an earlier run\n");
    assertThatThrownBy(
            () ->
                OutputFile.write(
                    links,
                    w -> {
                      w.write("id_a,id_b,score\n".repeat(10_000));
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write " + links + ": No space left on device");
    assertThat(Files.readString(links)).isEqualTo("from an earlier run\n");
    assertThat(files()).containsExactly(links);
  }

  @Test
  void runningOutOfMemoryMidwayLeavesNoShortenedFile() throws Exception {
    Path clusters = dir.resolve("clusters.csv");
    assertThatThrownBy(
            () ->
                OutputFile.write(
                    clusters,
                    w -> {
                      w.write("id,cluster_id\n".repeat(10_000));
                      throw new OutOfMemoryError("Java heap space");
                    }))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void aFolderThatDoesNotExistIsSaidInWords() {
    Path links = dir.resolve("no-such-folder").resolve("links.csv");
    assertThatThrownBy(() -> OutputFile.write(links, w -> w.write("x\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write " + links + ": its folder does not exist");
  }

  @Test
  void aFolderInPlaceOfTheFileIsRefused() throws Exception {
    Path links = Files.createDirectory(dir.resolve("links.csv"));
    assertThatThrownBy(() -> OutputFile.write(links, w -> w.write("x\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write " + links + ": it is a directory");
    assertThat(files()).containsExactly(links);
  }
}
