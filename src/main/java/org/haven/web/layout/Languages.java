package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.haven.access.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface language: the one chosen in this session (from the person's saved preference at
 * sign-in, or the switch in the header), otherwise the browser's preferred language among English,
 * Danish and Swedish.
 */
@Component("localeResolver")
public class Languages implements LocaleResolver {

  public static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".language";
  private static final List<Locale> SUPPORTED =
      List.of(Language.EN.locale(), Language.DA.locale(), Language.SV.locale());

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Language language) {
      return language.locale();
    }
    Locale preferred = request.getHeader("Accept-Language") == null ? null : bestMatch(request);
    return preferred == null ? Language.EN.locale() : preferred;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Language.of(locale == null ? null : locale.getLanguage())
        .ifPresent(language -> remember(request, language));
  }

  public void remember(HttpServletRequest request, Language language) {
    request.getSession(true).setAttribute(SESSION_ATTRIBUTE, language);
  }

  public Language current(HttpServletRequest request) {
    return Language.of(resolveLocale(request).getLanguage()).orElse(Language.EN);
  }

  private static Locale bestMatch(HttpServletRequest request) {
    for (Locale requested : Collections.list(request.getLocales())) {
      String code = requested.getLanguage();
      if ("nb".equals(code) || "no".equals(code) || "nn".equals(code)) {
        code = "da"; // Norwegian readers read Danish more easily than English
      }
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(code)) {
          return supported;
        }
      }
    }
    return null;
  }
}
