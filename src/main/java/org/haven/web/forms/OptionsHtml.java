package org.haven.web.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long select, written once in Java with every value and label
 * escaped, for hot pages where processing each option in the template costs more than the page's
 * data (see bench/RESULTS.md).
 */
public final class OptionsHtml {

  private OptionsHtml() {}

  /** One option: the value posted, the label shown, whether it is chosen. */
  public record Option(String value, String label, boolean selected) {}

  public static String of(List<Option> options) {
    StringBuilder html = new StringBuilder(options.size() * 64);
    for (Option option : options) {
      html.append("<option value=\"")
          .append(HtmlUtils.htmlEscape(option.value(), "UTF-8"))
          .append('"');
      if (option.selected()) {
        html.append(" selected");
      }
      html.append('>').append(HtmlUtils.htmlEscape(option.label(), "UTF-8")).append("</option>");
    }
    return html.toString();
  }

  /**
   * The options of an enumeration's values, each labelled from the bundles by {@code prefix} and
   * the value's name, in the enumeration's order; {@code selected} (a value's name as posted, or
   * {@code null}) is marked selected.
   */
  public static <E extends Enum<E>> String of(
      E[] values, String prefix, String selected, MessageSource messages, Locale locale) {
    List<Option> options = new ArrayList<>(values.length);
    for (E value : values) {
      options.add(
          new Option(
              value.name(),
              messages.getMessage(prefix + value.name(), null, locale),
              value.name().equals(selected)));
    }
    return of(options);
  }
}
