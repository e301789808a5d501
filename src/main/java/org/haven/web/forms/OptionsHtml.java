package org.haven.web.forms;

import java.util.List;
import org.haven.web.intake.ReferralsController;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long select, written once in Java with every value and label
 * escaped, for hot pages where processing each option in the template costs more than the page's
 * data (see bench/RESULTS.md).
 */
public final class OptionsHtml {

  private OptionsHtml() {}

  public static String of(List<ReferralsController.Option> options) {
    StringBuilder html = new StringBuilder(options.size() * 64);
    for (ReferralsController.Option option : options) {
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
}
