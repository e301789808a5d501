package org.haven.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.access.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Errors on a form, in the person's language: the page shows them in an error summary at the top,
 * each linking to its field, and again at the field. Model attribute {@code errors}: field name to
 * message, in order.
 */
@Component
public class FormErrors {

  public static final String ATTRIBUTE = "errors";

  private final MessageSource messages;

  FormErrors(MessageSource messages) {
    this.messages = messages;
  }

  public void add(Model model, String field, String messageKey, Object... arguments) {
    errors(model)
        .putIfAbsent(
            field, messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
  }

  public void add(Model model, InvalidInput invalid) {
    add(model, invalid.field(), invalid.messageKey(), invalid.arguments());
  }

  /**
   * Carries out a form's change: on success, "Saved." and a redirect to {@code done}; on invalid
   * input or a stale version, the page again ({@code again}) with the errors and what was typed.
   */
  public String submit(
      Model model,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
      Map<String, String> form,
      java.util.function.Supplier<?> change,
      java.util.function.Supplier<String> again,
      String done) {
    try {
      change.get();
    } catch (InvalidInput invalid) {
      add(model, invalid);
      model.addAttribute("form", form);
      return again.get();
    } catch (org.haven.access.StaleVersion stale) {
      add(model, "version", "validation.stale");
      return again.get();
    }
    redirect.addFlashAttribute("saved", "form.saved");
    return "redirect:" + done;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> errors(Model model) {
    Object existing = model.getAttribute(ATTRIBUTE);
    if (existing instanceof Map<?, ?> map) {
      return (Map<String, String>) map;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    model.addAttribute(ATTRIBUTE, errors);
    return errors;
  }
}
