package org.haven.web.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * A destructive or one-way step asks first: its form posts to a page that says what will happen
 * (the consequences come from the module's front door), with a button that sends the same fields
 * again with {@code confirmed=true}, and a way back that changes nothing.
 */
public final class Confirmations {

  /**
   * What the page says and where its button goes.
   *
   * @param fields what the first form sent, sent again unchanged
   */
  public record Confirmation(
      String title,
      List<String> consequences,
      String action,
      Map<String, String> fields,
      String button,
      String back) {}

  public static boolean confirmed(Map<String, String> form) {
    return form != null && "true".equals(form.get("confirmed"));
  }

  public static String ask(Model model, Confirmation confirmation) {
    Map<String, String> fields = new LinkedHashMap<>();
    confirmation
        .fields()
        .forEach(
            (name, value) -> {
              if (!name.equals("_csrf")
                  && !name.equals(OnceForms.FIELD)
                  && !name.equals("confirmed")) {
                fields.put(name, value);
              }
            });
    model.addAttribute(
        "confirmation",
        new Confirmation(
            confirmation.title(),
            confirmation.consequences(),
            confirmation.action(),
            fields,
            confirmation.button(),
            confirmation.back()));
    return "confirm";
  }

  private Confirmations() {}
}
