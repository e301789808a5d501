package org.haven.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields with embedded commas, quotes and line breaks; a UTF-8 BOM is skipped.
 * The separator is a comma unless {@link #separator} says otherwise.
 */
final class Csv {

  /** One record and the line it starts on (1-based). */
  record Row(int line, List<String> fields) {}

  private final Reader in;
  private int line = 1;
  private boolean first = true;
  private int pushback = -2;
  private char separator = ',';

  Csv(Reader in) {
    this.in = in;
  }

  /** Reads the following records with this separator (a semicolon, a tab) instead of a comma. */
  void separator(char separator) {
    this.separator = separator;
  }

  private int read() throws IOException {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    int c = in.read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = in.read();
      }
    }
    return c;
  }

  // The next record, or null at the end. A malformed quote ends the field at the line end.
  Row next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (c == -1) {
        fields.add(field.toString());
        return new Row(startLine, fields);
      }
      if (inQuotes) {
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '\r') {
        int d = read();
        if (d != '\n') {
          pushback = d;
        }
        line++;
        fields.add(field.toString());
        return new Row(startLine, fields);
      } else if (c == '\n') {
        line++;
        fields.add(field.toString());
        return new Row(startLine, fields);
      } else if (c == '"' && field.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  static void write(Writer out, String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields[i]));
    }
    out.write('\n');
  }

  static String quote(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
