package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.haven.people.matching.BloomEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NGO's side: persons in, encodings out, names never in the output. */
class EncodeCommandTest {

  @TempDir Path dir;

  @Test
  void encodesEveryPersonAndWritesNoName() throws Exception {
    Path key = dir.resolve("encoding.key");
    Files.writeString(key, Base64.getEncoder().encodeToString(new byte[32]));
    Path input = dir.resolve("persons.csv");
    Files.writeString(
        input,
        "id,given_name,family_name,other_names,birth_date,birth_year,sex,citizenship\n"
            + "c1,Oluwaseun,Adeyemi,,1991-04-12,,F,NG\n"
            + "c2,Андрій,Шевченко,,,1987,M,UA\n",
        StandardCharsets.UTF_8);
    Path output = dir.resolve("encodings.csv");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        EncodeCommand.run(
            new String[] {
              "--key-file",
              key.toString(),
              "--input",
              input.toString(),
              "--output",
              output.toString()
            },
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(3).first().isEqualTo("id,encoding");
    for (String line : lines.subList(1, 3)) {
      byte[] encoding = Base64.getDecoder().decode(line.split(",")[1]);
      assertThat(encoding).hasSize(BloomEncoder.ENCODED_BITS / 8);
    }
    assertThat(Files.readString(output)).doesNotContain("Adeyemi").doesNotContain("Шевченко");
    assertThat(EncodeCommand.run(new String[] {"--input", input.toString()}, new PrintStream(err)))
        .isEqualTo(2);
  }
}
