package org.haven.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;

/**
 * {@code encode-persons --key-file K --input persons.csv --output encodings.csv}: the NGO's side of
 * "is this person already known?" (ADR 0009). Reads persons in the dedupe format and writes {@code
 * id,encoding} (base64), on the NGO's own machine: names never leave it. The key file holds the
 * installation's encoding key in base64.
 */
public final class EncodeCommand {

  private EncodeCommand() {}

  public static int run(String[] args) {
    return run(args, System.err);
  }

  static int run(String[] args, PrintStream err) {
    Path keyFile;
    Path input;
    Path output;
    try {
      Args a = new Args(args, Set.of("key-file", "input", "output"), Set.of());
      keyFile = Path.of(a.required("key-file"));
      input = Path.of(a.required("input"));
      output = Path.of(a.required("output"));
    } catch (Args.UsageException e) {
      err.println("encode-persons: " + e.getMessage());
      err.println(
          "usage: encode-persons --key-file encoding.key --input persons.csv --output encodings.csv");
      return 2;
    }
    Charset encoding;
    try {
      encoding = TextEncoding.of(input);
    } catch (IOException e) {
      err.println("encode-persons: cannot read --input " + input);
      return 1;
    }
    if (!encoding.equals(StandardCharsets.UTF_8)) {
      err.println("encode-persons: the file is not UTF-8: read as Windows-1252");
    }
    try (BufferedReader in = Files.newBufferedReader(input, encoding)) {
      BloomEncoder encoder =
          new BloomEncoder(Base64.getDecoder().decode(Files.readString(keyFile).strip()));
      List<PersonRecord> persons = PersonsCsv.read(in, err::println);
      OutputFile.write(
          output,
          out -> {
            out.write("id,encoding\n");
            for (PersonRecord person : persons) {
              out.write(person.id());
              out.write(',');
              out.write(Base64.getEncoder().encodeToString(encoder.encode(person)));
              out.write('\n');
            }
          });
      err.println("encode-persons: " + persons.size() + " persons encoded");
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("encode-persons: " + e.getMessage());
      return 1;
    }
  }
}
