package org.haven.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.people.matching.PersonRecord;

/**
 * The dedupe input format: a header {@code id,given_name,family_name,other_names,birth_date,
 * birth_year,sex,citizenship} (its columns found by name, in any order) and one person a row. Rows
 * that break the format are reported as {@code line N: column: reason} and skipped.
 */
public final class PersonsCsv {

  private PersonsCsv() {}

  public static final List<String> HEADER =
      List.of(
          "id",
          "given_name",
          "family_name",
          "other_names",
          "birth_date",
          "birth_year",
          "sex",
          "citizenship");

  /** A date whose day, or day and month, are written unknown: 1985-00-00, 1985-03-XX. */
  private static final Pattern PARTIAL_DATE =
      Pattern.compile(
          "(\\d{4})-(?:(?:0[1-9]|1[0-2])-(?:00|XX)|(?:00|XX)-(?:00|XX))", Pattern.CASE_INSENSITIVE);

  /**
   * A date written day first, as Danish, Swedish and most European registers and spreadsheets write
   * it: 04.03.1990, 4-3-1990. Never read month first (the American 03/04/1990 is not read).
   */
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})");

  /** A date written year first with dots or slashes: 1990.03.04, 1990/3/4. */
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[./](\\d{1,2})[./](\\d{1,2})");

  /** A database's timestamp: the date and a time of day, which says nothing of a birth. */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * ISO 3166 alpha-2, and XK: the code the European Union, Eurostat and the IMF give Kosovo, an
   * origin registers in this field hold, which ISO leaves to its users to assign.
   */
  private static final Set<String> COUNTRIES =
      Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * ISO 3166 alpha-3 codes, as passports and travel documents write nationality (ICAO Doc 9303), to
   * their alpha-2 codes; with RKS, the code ICAO gives Kosovo, for XK.
   */
  private static final Map<String, String> ALPHA_3 = alpha3();

  private static Map<String, String> alpha3() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      codes.put(new Locale.Builder().setRegion(alpha2).build().getISO3Country(), alpha2);
    }
    codes.put("RKS", "XK");
    return Map.copyOf(codes);
  }

  /** Thrown when the header is wrong: nothing can be read. */
  public static final class FormatException extends IOException {
    FormatException(String message) {
      super(message);
    }
  }

  public static List<PersonRecord> read(Reader reader, Consumer<String> problems)
      throws IOException {
    return read(reader, problems, problems, problems);
  }

  /**
   * Reads the persons of a CSV file. The columns are found by their names in the header, in any
   * order and any case (a spreadsheet may write {@code Given Name} or move {@code id} last); a
   * column the format does not know is left unread, and one it knows but the file lacks is read as
   * empty. Only an {@code id} column and one name column are needed.
   *
   * @param problems told of each row that is skipped, as {@code line N: column: reason}
   * @param notes told of each row that is kept with a value set aside, in the same form
   * @param header told once of what is read otherwise than the format says: another separator,
   *     columns not read or missing, dates written another common way
   * @throws FormatException when the file is empty or its header cannot be read: nothing is read
   */
  public static List<PersonRecord> read(
      Reader reader, Consumer<String> problems, Consumer<String> notes, Consumer<String> header)
      throws IOException {
    Csv csv = new Csv(reader);
    Csv.Row first = csv.next();
    if (first == null) {
      throw new FormatException(
          "line 1: the file is empty; expected the header " + String.join(",", HEADER));
    }
    List<String> names = first.fields();
    if (names.size() == 1) {
      // A spreadsheet where the comma is the decimal mark (Danish, Swedish) saves CSV with
      // semicolons; one saved as text uses tabs.
      for (char separator : new char[] {';', '\t'}) {
        if (names.get(0).indexOf(separator) >= 0) {
          names =
              Arrays.stream(names.get(0).split(String.valueOf(separator), -1))
                  .map(n -> n.strip().replace("\"", ""))
                  .toList();
          csv.separator(separator);
          header.accept(
              "line 1: columns separated by "
                  + (separator == ';' ? "semicolons" : "tabs")
                  + ", not commas: read so");
          break;
        }
      }
    }
    Columns columns = Columns.of(names);
    columns.describe(header);
    List<PersonRecord> records = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int[] otherForms = new int[1];
    Csv.Row row;
    while ((row = csv.next()) != null) {
      List<String> f = row.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      String problem = null;
      PersonRecord record = null;
      List<String> setAside = new ArrayList<>(0);
      int formsBefore = otherForms[0];
      try {
        record = parse(columns, f, ids, setAside, otherForms);
      } catch (RowException e) {
        problem = e.getMessage();
        otherForms[0] = formsBefore;
      }
      if (problem != null) {
        problems.accept("line " + row.line() + ": " + problem);
      } else {
        // One note per row kept, whatever was set aside in it.
        if (!setAside.isEmpty()) {
          notes.accept("line " + row.line() + ": " + String.join("; ", setAside));
        }
        records.add(record);
      }
    }
    if (otherForms[0] > 0) {
      header.accept(
          "birth_date: "
              + otherForms[0]
              + " dates written day first (04.03.1990), year first with dots or slashes, or with a"
              + " time of day: read as those dates");
    }
    return records;
  }

  /** Where each of the format's columns is in the file, found by the header's names. */
  private record Columns(int[] position, int width, List<String> unread) {

    static Columns of(List<String> header) throws FormatException {
      int[] position = new int[HEADER.size()];
      Arrays.fill(position, -1);
      List<String> unread = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String written = header.get(i).strip();
        // Column names in any case, with a space or hyphen for the underscore: a spreadsheet may
        // write ID or Given Name.
        String name = written.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        int k = HEADER.indexOf(name);
        if (k < 0) {
          if (!written.isEmpty()) {
            unread.add(written);
          }
        } else if (position[k] >= 0) {
          throw new FormatException("line 1: the column " + name + " is there twice");
        } else {
          position[k] = i;
        }
      }
      if (position[0] < 0 || (position[1] < 0 && position[2] < 0 && position[3] < 0)) {
        throw new FormatException(
            "line 1: expected the header "
                + String.join(",", HEADER)
                + " (at least id and a name column, in any order) but found "
                + String.join(",", header));
      }
      return new Columns(position, header.size(), unread);
    }

    void describe(Consumer<String> header) {
      if (!unread.isEmpty()) {
        header.accept("line 1: columns not read: " + String.join(", ", unread));
      }
      List<String> missing = new ArrayList<>();
      for (int k = 0; k < position.length; k++) {
        if (position[k] < 0) {
          missing.add(HEADER.get(k));
        }
      }
      if (!missing.isEmpty()) {
        header.accept("line 1: columns missing, read as empty: " + String.join(", ", missing));
      }
    }

    /** The row's values in the format's column order, empty for a column the file lacks. */
    List<String> inFormatOrder(List<String> row) {
      List<String> values = new ArrayList<>(position.length);
      for (int p : position) {
        values.add(p < 0 ? "" : row.get(p));
      }
      return values;
    }
  }

  private static final class RowException extends Exception {
    RowException(String column, String reason) {
      super(column + ": " + reason, null, false, false);
    }
  }

  /** No one alive and registered was born before this year: an earlier date is a keying error. */
  static final int FIRST_YEAR = 1900;

  private static PersonRecord parse(
      Columns columns, List<String> row, Set<String> ids, List<String> notes, int[] otherForms)
      throws RowException {
    if (row.size() != columns.width()) {
      throw new RowException(
          "row", "expected " + columns.width() + " columns but found " + row.size());
    }
    List<String> f = columns.inFormatOrder(row);
    String id = f.get(0).strip();
    if (id.isEmpty()) {
      throw new RowException("id", "missing");
    }
    String given = blankToNull(f.get(1));
    String family = blankToNull(f.get(2));
    List<String> others =
        Arrays.stream(f.get(3).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (given == null && family == null && others.isEmpty()) {
      throw new RowException(
          "given_name", "no name at all (given, family and other names are empty)");
    }
    LocalDate date = null;
    Integer yearOfPartialDate = null;
    // Messages name the date as written; d is its ISO form if it was written another common way.
    String written = f.get(4).strip();
    String d = written;
    String iso = isoDate(written);
    if (iso != null) {
      otherForms[0]++;
      d = iso;
    }
    Matcher partial = PARTIAL_DATE.matcher(d);
    if (partial.matches()) {
      // The year is known, the day or month not: ICAO's passports write XX, many registers 00.
      yearOfPartialDate = Integer.parseInt(partial.group(1));
      notes.add(
          "birth_date: "
              + written
              + " has no day or month; the row is kept with the year "
              + yearOfPartialDate);
    } else if (!d.isEmpty()) {
      try {
        date = LocalDate.parse(d, DATE);
      } catch (DateTimeParseException e) {
        throw new RowException("birth_date", "not a valid date YYYY-MM-DD: " + written);
      }
      if (date.getYear() < FIRST_YEAR) {
        throw new RowException("birth_date", "before " + FIRST_YEAR + ": " + written);
      }
      if (date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
        throw new RowException("birth_date", "in the future: " + written);
      }
    }
    Integer year = yearOfPartialDate;
    if (year != null) {
      checkYear("birth_date", year, written);
    }
    String y = f.get(5).strip();
    if (!y.isEmpty()) {
      try {
        year = Integer.parseInt(y);
      } catch (NumberFormatException e) {
        throw new RowException("birth_year", "not a year: " + y);
      }
      checkYear("birth_year", year, y);
      int ofDate =
          date != null ? date.getYear() : yearOfPartialDate != null ? yearOfPartialDate : year;
      if (ofDate != year) {
        // One of the two was keyed wrong; the date says more, and the row is not lost.
        notes.add(
            "birth_year: "
                + y
                + " differs from the year of birth_date "
                + written
                + "; the row is kept with the year of the date");
        year = ofDate;
      }
    }
    // Codes are read in either case: a register that writes f or vn means F and VN.
    String sex = f.get(6).strip().toUpperCase(Locale.ROOT);
    if (!sex.isEmpty() && !sex.equals("F") && !sex.equals("M") && !sex.equals("X")) {
      throw new RowException("sex", "expected F, M, X or empty but found " + f.get(6).strip());
    }
    List<String> cits = new ArrayList<>();
    for (String c : f.get(7).split(";")) {
      String code = c.strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (code.length() == 3 && ALPHA_3.containsKey(code)) {
        code = ALPHA_3.get(code);
      }
      if (!COUNTRIES.contains(code)) {
        throw new RowException(
            "citizenship", "not an ISO 3166 country code (alpha-2 or alpha-3): " + c.strip());
      }
      cits.add(code);
    }
    if (!ids.add(id)) {
      throw new RowException("id", "duplicate id " + id);
    }
    return new PersonRecord(
        id, given, family, others, date, year, sex.isEmpty() ? null : sex, cits);
  }

  /**
   * The date written another common way (day first, year first with dots or slashes, with a time of
   * day) in ISO 8601, or null when it is not written one of those ways.
   */
  static String isoDate(String written) {
    Matcher m = DAY_FIRST.matcher(written);
    if (m.matches()) {
      return m.group(3) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(1));
    }
    m = YEAR_FIRST.matcher(written);
    if (m.matches()) {
      return m.group(1) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(3));
    }
    m = TIMESTAMP.matcher(written);
    return m.matches() ? m.group(1) : null;
  }

  private static String twoDigits(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /** A year from 1900 to this one, else the row is refused, naming the column and the value. */
  private static void checkYear(String column, int year, String written) throws RowException {
    if (year < FIRST_YEAR || year > LocalDate.now(ZoneOffset.UTC).getYear()) {
      throw new RowException(
          column, (year < FIRST_YEAR ? "before " + FIRST_YEAR : "in the future") + ": " + written);
    }
  }

  private static String blankToNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  public static void writeHeader(Writer out) throws IOException {
    Csv.write(out, HEADER.toArray(new String[0]));
  }

  public static void write(Writer out, PersonRecord r) throws IOException {
    Csv.write(
        out,
        new String[] {
          r.id(),
          nullToEmpty(r.givenName()),
          nullToEmpty(r.familyName()),
          String.join(";", r.otherNames()),
          r.birthDate() == null ? "" : r.birthDate().toString(),
          r.birthYear() == null ? "" : r.birthYear().toString(),
          nullToEmpty(r.sex()),
          String.join(";", r.citizenships())
        });
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
