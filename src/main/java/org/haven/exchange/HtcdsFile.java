package org.haven.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.access.InvalidInput;

/**
 * An HTCDS file as delivered: strict UTF-8 (a byte-order mark is allowed), a header row naming the
 * columns, one record per row. Cells are read by column name; unknown columns are reported once.
 */
final class HtcdsFile {

  /** One data row: its number in the file (the header is row 1) and its cells by column. */
  record Row(int number, Map<String, String> cells, int cellCount) {}

  private final List<String> header;
  private final List<Row> rows;

  private HtcdsFile(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a delivery; throws {@link InvalidInput} on {@code file} when it cannot be read at all.
   */
  static HtcdsFile read(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInput("file", "import.encoding");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InvalidInput("file", "import.empty");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .setAllowDuplicateHeaderNames(false)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
      if (!header.contains(HtcdsColumns.EXTERNAL_ID)) {
        throw new InvalidInput("file", "import.header", HtcdsColumns.EXTERNAL_ID);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> cells = new HashMap<>();
        List<String> values = record.toList();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
          cells.put(header.get(i), values.get(i));
        }
        rows.add(new Row(rows.size() + 2, cells, values.size()));
      }
      return new HtcdsFile(header, rows);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // a duplicated column name, or a quote left open
      throw new InvalidInput("file", "import.malformed");
    } catch (UncheckedIOException | IOException e) {
      throw new InvalidInput("file", "import.malformed");
    }
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /** Columns the import does not read: ignored, with a warning. */
  List<String> ignoredColumns() {
    return header.stream().filter(c -> !c.isEmpty() && !HtcdsColumns.ALL.contains(c)).toList();
  }

  /** The rows of every external id delivered more than once. */
  Map<String, List<Integer>> duplicatedIds() {
    Map<String, List<Integer>> seen = new LinkedHashMap<>();
    for (Row row : rows) {
      String id = row.cells().get(HtcdsColumns.EXTERNAL_ID);
      if (id != null && !id.isBlank()) {
        seen.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(row.number());
      }
    }
    seen.values().removeIf(rows -> rows.size() < 2);
    return seen;
  }
}
