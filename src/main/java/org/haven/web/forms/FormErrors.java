package org.haven.web.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.OnceOnly;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.StaleVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Errors on a form, in the person's language: the page shows them in an error summary at the top,
 * each linking to its field, and again at the field. Model attribute {@code errors}: field name to
 * message, in order.
 */
@Component
public class FormErrors {

  public static final String ATTRIBUTE = "errors";

  private final MessageSource messages;
  private final OnceOnly onceOnly;
  private final CurrentActor currentActor;
  private final TransactionTemplate transaction;

  FormErrors(
      MessageSource messages,
      OnceOnly onceOnly,
      CurrentActor currentActor,
      PlatformTransactionManager transactions) {
    this.messages = messages;
    this.onceOnly = onceOnly;
    this.currentActor = currentActor;
    this.transaction = new TransactionTemplate(transactions);
  }

  public void add(Model model, String field, String messageKey, Object... arguments) {
    errors(model)
        .putIfAbsent(
            field, messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
  }

  /** Every rule the input breaks, each at its field. */
  public void add(Model model, InvalidInput invalid) {
    for (InvalidInput error : invalid.all()) {
      add(model, error.field(), error.messageKey(), error.arguments());
    }
  }

  /**
   * Carries out a form's change: on success, "Saved." and a redirect to {@code done}; on invalid
   * input or a stale version, the page again ({@code again}) with the errors and what was typed. A
   * form with a one-time token ({@link OnceForms}) changes once: sent again (a double click, a
   * resend after Back), it leads to where the first sending led, saying so.
   */
  public String submit(
      Model model,
      RedirectAttributes redirect,
      Map<String, String> form,
      Supplier<?> change,
      Supplier<String> again,
      String done) {
    try {
      once(
          form,
          redirect,
          () -> {
            change.get();
            return done;
          });
    } catch (InvalidInput invalid) {
      add(model, invalid);
      model.addAttribute("form", form);
      return again.get();
    } catch (StaleVersion stale) {
      add(model, "version", "validation.stale");
      return again.get();
    }
    if (!redirect.getFlashAttributes().containsKey("saved")) {
      redirect.addFlashAttribute("saved", "form.saved");
    }
    return "redirect:" + done;
  }

  /**
   * Like {@link #submit}, for a form whose typed values are read on the page: {@code change} reads
   * them into {@code checks} (a value that cannot be read is an error there and {@code null}) and
   * asks the domain with what it could read, so the page shows what could not be read and what the
   * domain refuses together. Both run in one transaction that is rolled back unless there is no
   * error at all: a value the domain did not need is never silently dropped.
   */
  public String submitAll(
      Model model,
      RedirectAttributes redirect,
      Map<String, String> form,
      Function<InvalidInput.Gathered, ?> change,
      Supplier<String> again,
      String done) {
    return submit(
        model,
        redirect,
        form,
        () ->
            transaction.execute(
                status -> {
                  InvalidInput.Gathered checks = new InvalidInput.Gathered();
                  Object changed = checks.check(() -> change.apply(checks));
                  checks.done();
                  return changed;
                }),
        again,
        done);
  }

  /**
   * Like {@link #submitAll} for a form bound as a record of its fields as typed (ADR 0021): on an
   * error, the record is the page's {@code form} again; the one-time token and what was sent are
   * read from the request.
   */
  public String submitAll(
      Model model,
      RedirectAttributes redirect,
      Record form,
      Function<InvalidInput.Gathered, ?> change,
      Supplier<String> again,
      String done) {
    return submitAll(model, redirect, "form", form, change, again, done);
  }

  /**
   * Like {@link #submitAll(Model, RedirectAttributes, Record, Function, Supplier, String)} for one
   * of several forms on a page: on an error or a stale version, the record is the page's attribute
   * {@code name}, so each form shows what was typed into it and only that.
   */
  public String submitAll(
      Model model,
      RedirectAttributes redirect,
      String name,
      Record form,
      Function<InvalidInput.Gathered, ?> change,
      Supplier<String> again,
      String done) {
    String next = submitAll(model, redirect, posted(), change, again, done);
    if (!next.startsWith("redirect:")) {
      // the page's other forms, if they still read the shared map, show nothing of this one
      model.addAttribute("form", name.equals("form") ? form : Map.of());
      model.addAttribute(name, form);
    }
    return next;
  }

  /**
   * Runs a change whose errors the domain names by its own fields: each error at a field in {@code
   * pageFields} is shown at the page's field it maps to (the domain's {@code months} at the page's
   * {@code extensionMonths}), the others where they are.
   */
  public static <T> T atPageFields(Map<String, String> pageFields, Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidInput invalid) {
      InvalidInput.Gathered moved = new InvalidInput.Gathered();
      for (InvalidInput error : invalid.all()) {
        moved.add(
            pageFields.getOrDefault(error.field(), error.field()),
            error.messageKey(),
            error.arguments());
      }
      moved.done();
      throw invalid;
    }
  }

  /** The fields of the request being answered, for a confirmation page to send again. */
  public static Map<String, String> postedFields() {
    return posted();
  }

  /** The fields of the request being answered, each name with its values joined. */
  private static Map<String, String> posted() {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    Map<String, String> fields = new TreeMap<>();
    request
        .getParameterMap()
        .forEach((name, values) -> fields.put(name, String.join("\n", values)));
    return fields;
  }

  /**
   * Carries out a change posted from a section of another page (the person page's hold, erasure and
   * subject access forms): {@code change} answers where to go on success. On invalid input, back to
   * {@code page} (with its anchor), the errors and what was typed carried over the redirect, each
   * error at the page's own field: {@code pageFields} names it where the domain's field is called
   * otherwise. Sent twice with its one-time token, it leads where the first sending led.
   */
  public String submitFrom(
      Map<String, String> form,
      RedirectAttributes redirect,
      String page,
      Map<String, String> pageFields,
      Supplier<String> change) {
    try {
      return once(form, redirect, change);
    } catch (InvalidInput invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (InvalidInput error : invalid.all()) {
        errors.putIfAbsent(
            pageFields.getOrDefault(error.field(), error.field()),
            messages.getMessage(
                error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()));
      }
      redirect.addFlashAttribute(ATTRIBUTE, errors);
      redirect.addFlashAttribute("form", form);
      return "redirect:" + page;
    }
  }

  /**
   * Runs a form's change once per one-time token ({@link OnceForms}); {@code change} answers where
   * to go next. Sent again, the form leads where the first sending led, with a notice saying so
   * (and, if it differed, that the later changes were not saved). Without a token, just runs it.
   */
  public String once(
      Map<String, String> form, RedirectAttributes redirect, Supplier<String> change) {
    String token = form == null ? null : form.get(OnceForms.FIELD);
    if (token == null || token.isBlank() || token.length() > 64) {
      return change.get();
    }
    String hash = hash(form);
    return onceOnly.run(
        currentActor.require().user().toString(),
        "form:" + token.strip(),
        hash,
        change,
        next -> new OnceOnly.Kept(hash, 303, next, null),
        kept -> {
          redirect.addFlashAttribute(
              "saved", kept.hash().equals(hash) ? "form.sentTwice" : "form.sentBefore");
          return kept.location();
        });
  }

  /** What a form said, apart from its tokens, in a stable order. */
  private static String hash(Map<String, String> form) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(form)
        .forEach(
            (name, value) -> {
              if (!name.equals(OnceForms.FIELD) && !name.equals("_csrf")) {
                text.append(name).append('=').append(value).append('\u0000');
              }
            });
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
