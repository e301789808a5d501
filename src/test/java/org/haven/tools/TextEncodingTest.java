package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {

  @TempDir Path dir;

  @Test
  void utf8IsUtf8AndASpreadsheetsWesternFileIsWindows1252() throws Exception {
    Path utf8 = dir.resolve("utf8.csv");
    Files.writeString(utf8, "id,given_name\n1,Jørgen Åström 张伟\n", StandardCharsets.UTF_8);
    assertThat(TextEncoding.of(utf8)).isEqualTo(StandardCharsets.UTF_8);

    Path legacy = dir.resolve("legacy.csv");
    Files.writeString(legacy, "id,given_name\n1,Jørgen Åström\n", TextEncoding.LEGACY);
    assertThat(TextEncoding.of(legacy)).isEqualTo(TextEncoding.LEGACY);

    Path empty = dir.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    assertThat(TextEncoding.of(empty)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aCharacterCutByTheReadBufferIsStillUtf8AndOneCutByTheFilesEndIsNot() throws Exception {
    // ø (two bytes) and 张 (three) across the 64 KiB boundary of the scan's buffer, at every offset
    for (int shift = 0; shift < 3; shift++) {
      byte[] ascii = new byte[(1 << 16) - shift];
      Arrays.fill(ascii, (byte) 'a');
      Path file = dir.resolve("long" + shift + ".csv");
      Files.write(file, ascii);
      Files.writeString(file, "ø张ø\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      assertThat(TextEncoding.of(file)).as("shift %d", shift).isEqualTo(StandardCharsets.UTF_8);
    }
    byte[] zhang = "张".getBytes(StandardCharsets.UTF_8);
    Path cut = dir.resolve("cut.csv");
    Files.write(cut, new byte[] {'a', zhang[0], zhang[1]});
    assertThat(TextEncoding.of(cut)).isEqualTo(TextEncoding.LEGACY);
  }
}
