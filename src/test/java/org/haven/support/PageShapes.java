package org.haven.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of page an address leads to: its path with the segments that are ids (numbers, UUIDs,
 * pseudonymous references, case numbers) as {@code {id}}, and its query's parameter names sorted.
 * Two records' pages are one kind of page.
 */
public final class PageShapes {

  private static final Pattern ID_SEGMENT =
      Pattern.compile(
          "^(?:\\d+|[0-9a-fA-F-]{36}|[A-Z]-[A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z]{1,3}-\\d{4}-\\d+)$");

  private PageShapes() {}

  public static String of(String path) {
    String[] pathAndQuery = path.split("\\?", 2);
    StringBuilder shape = new StringBuilder();
    for (String segment : pathAndQuery[0].split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      shape.append('/').append(ID_SEGMENT.matcher(segment).matches() ? "{id}" : segment);
    }
    if (pathAndQuery.length > 1) {
      List<String> keys = new ArrayList<>();
      for (String pair : pathAndQuery[1].split("&")) {
        keys.add(pair.split("=", 2)[0]);
      }
      keys.sort(null);
      shape.append('?').append(String.join("&", keys));
    }
    return shape.isEmpty() ? "/" : shape.toString();
  }
}
