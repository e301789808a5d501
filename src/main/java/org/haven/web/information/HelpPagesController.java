package org.haven.web.information;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.haven.access.InvalidInput;
import org.haven.information.ContactForm;
import org.haven.information.ContactGuard;
import org.haven.information.ContactMessage;
import org.haven.information.ContactMessages;
import org.haven.information.HelpContent;
import org.haven.information.HelpLanguage;
import org.haven.information.HelpPageText;
import org.haven.information.HelpTexts;
import org.haven.information.PageViews;
import org.haven.web.security.PublicEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public help pages for possible victims, {@code /help/<language>/<page>}: no sign-in, no
 * cookie, no script needed, the same bytes for every reader (rendered once per change of the
 * content and kept, with an ETag, for caching proxies), a quick exit on every page. The contact
 * form is the one page made per request: it carries a one-time token.
 */
@Controller
@PublicEndpoint("The help pages are for anyone who may be exploited, without signing in")
class HelpPagesController {

  static final String CONTACT = "contact";
  private static final CacheControl CACHEABLE =
      CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final HelpContent content;
  private final ContactMessages messages;
  private final ContactGuard guard;
  private final PageViews views;
  private final ITemplateEngine templates;
  private final ResourceUrlProvider assets;
  private final HelpStyles styles;
  private final String exitUrl;
  private final String hotline;
  private volatile Rendered rendered = new Rendered(-1, new ConcurrentHashMap<>());

  HelpPagesController(
      HelpContent content,
      ContactMessages messages,
      ContactGuard guard,
      PageViews views,
      ITemplateEngine templates,
      ResourceUrlProvider assets,
      HelpStyles styles,
      @Value("${haven.information.exit-url:https://www.google.com/}") String exitUrl,
      @Value("${haven.information.hotline-number:}") String hotline) {
    this.content = content;
    this.messages = messages;
    this.guard = guard;
    this.views = views;
    this.templates = templates;
    this.assets = assets;
    this.styles = styles;
    this.exitUrl = exitUrl;
    this.hotline = StringUtils.hasText(hotline) ? hotline.strip() : null;
  }

  /** The pages in the reader's language where the browser says it, else in English. */
  @GetMapping("/help")
  ResponseEntity<Void> choose(HttpServletRequest request) {
    HelpLanguage language = HelpLanguage.EN;
    for (Locale wanted : Collections.list(request.getLocales())) {
      Optional<HelpLanguage> offered = HelpLanguage.of(wanted.getLanguage());
      if (offered.isPresent()) {
        language = offered.get();
        break;
      }
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, "/help/" + language.code())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .cacheControl(CacheControl.noStore())
        .build();
  }

  @GetMapping("/help/{language}")
  ResponseEntity<byte[]> start(@PathVariable String language, HttpServletRequest request) {
    return page(language, "start", request);
  }

  @GetMapping("/help/{language}/{slug}")
  ResponseEntity<byte[]> page(
      @PathVariable String language, @PathVariable String slug, HttpServletRequest request) {
    Optional<HelpLanguage> lang = HelpLanguage.of(language);
    if (lang.isEmpty() || !lang.get().code().equals(language)) {
      return lang.isPresent()
          ? redirect("/help/" + lang.get().code() + ("start".equals(slug) ? "" : "/" + slug))
          : notFound(HelpLanguage.EN);
    }
    Optional<HelpPageText> page = content.page(lang.get(), slug);
    if (page.isEmpty()) {
      return notFound(lang.get());
    }
    views.viewed(slug, lang.get());
    if (CONTACT.equals(slug)) {
      return contactPage(lang.get(), page.get(), Map.of(), Map.of(), null, HttpStatus.OK);
    }
    Cached cached = cached(lang.get(), slug, () -> render(lang.get(), page.get(), Map.of()));
    if (new ServletWebRequest(request).checkNotModified(cached.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(cached.etag())
          .cacheControl(CACHEABLE)
          .build();
    }
    return ResponseEntity.ok()
        .contentType(HTML)
        .eTag(cached.etag())
        .cacheControl(CACHEABLE)
        .body(cached.bytes());
  }

  /** The thank-you page after a message (with the emergency number first when in danger). */
  @GetMapping("/help/{language}/sent")
  ResponseEntity<byte[]> sent(
      @PathVariable String language,
      @RequestParam(name = "now", required = false) String now,
      HttpServletRequest request) {
    Optional<HelpLanguage> lang = HelpLanguage.of(language);
    Optional<HelpPageText> page = lang.flatMap(l -> content.page(l, CONTACT));
    if (page.isEmpty()) {
      return notFound(lang.orElse(HelpLanguage.EN));
    }
    boolean danger = "danger".equals(now);
    Cached cached =
        cached(
            lang.get(),
            danger ? "sent-danger" : "sent",
            () -> render(lang.get(), page.get(), Map.of("sent", true, "danger", danger)));
    if (new ServletWebRequest(request).checkNotModified(cached.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(cached.etag())
          .cacheControl(CACHEABLE)
          .build();
    }
    return ResponseEntity.ok()
        .contentType(HTML)
        .eTag(cached.etag())
        .cacheControl(CACHEABLE)
        .body(cached.bytes());
  }

  @PostMapping("/help/{language}/contact")
  ResponseEntity<byte[]> send(
      @PathVariable String language,
      @RequestParam Map<String, String> form,
      HttpServletRequest request) {
    Optional<HelpLanguage> lang = HelpLanguage.of(language);
    Optional<HelpPageText> page = lang.flatMap(l -> content.page(l, CONTACT));
    if (page.isEmpty()) {
      return notFound(lang.orElse(HelpLanguage.EN));
    }
    HelpTexts texts = HelpTexts.of(lang.get());
    Map<String, String> typed = new HashMap<>();
    for (String field : List.of("language", "reachBack", "phone", "message", "inDanger")) {
      typed.put(field, form.getOrDefault(field, ""));
    }
    String message = typed.get("message");
    ContactGuard.Verdict verdict =
        guard.admit(
            form.get("token"),
            form.get("proof"),
            form.get("website"),
            request.getRemoteAddr(),
            message);
    switch (verdict) {
      case QUIET -> {
        return redirect("/help/" + lang.get().code() + "/sent");
      }
      case REFUSED, EXPIRED -> {
        return contactPage(
            lang.get(),
            page.get(),
            typed,
            Map.of(),
            texts.get("form.error.expired"),
            HttpStatus.BAD_REQUEST);
      }
      case TOO_MANY -> {
        return contactPage(
            lang.get(),
            page.get(),
            typed,
            Map.of(),
            texts.get("form.error.tooMany"),
            HttpStatus.TOO_MANY_REQUESTS);
      }
      case ACCEPT -> {
        // fall through to the checks below
      }
    }
    try {
      ContactMessage kept =
          messages.receive(
              new ContactForm(
                  typed.get("language"),
                  typed.get("reachBack"),
                  typed.get("phone"),
                  message,
                  typed.get("inDanger")));
      guard.kept(message);
      return redirect(
          "/help/" + lang.get().code() + "/sent" + (kept.inDanger() ? "?now=danger" : ""));
    } catch (InvalidInput invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (InvalidInput error : invalid.all()) {
        errors.putIfAbsent(error.field(), texts.get(error.messageKey(), error.arguments()));
      }
      return contactPage(lang.get(), page.get(), typed, errors, null, HttpStatus.BAD_REQUEST);
    }
  }

  private ResponseEntity<byte[]> contactPage(
      HelpLanguage language,
      HelpPageText page,
      Map<String, String> typed,
      Map<String, String> errors,
      String problem,
      HttpStatus status) {
    Map<String, Object> form = new HashMap<>();
    form.put("form", true);
    form.put("token", guard.issue());
    form.put("difficulty", ContactGuard.DIFFICULTY);
    form.put("limit", ContactMessages.MESSAGE_LIMIT);
    form.put("typed", typed);
    form.put("errors", errors);
    form.put("problem", problem);
    form.put(
        "chosenLanguage",
        typed.getOrDefault("language", language.code()).isEmpty()
            ? language.code()
            : typed.getOrDefault("language", language.code()));
    byte[] body = render(language, page, form);
    return ResponseEntity.status(status)
        .contentType(HTML)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private ResponseEntity<byte[]> notFound(HelpLanguage language) {
    Optional<HelpPageText> start = content.page(language, "start");
    byte[] body =
        start.isEmpty()
            ? HelpTexts.of(language).get("site.name").getBytes(StandardCharsets.UTF_8)
            : render(language, start.get(), Map.of("missing", true));
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(HTML)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private static ResponseEntity<byte[]> redirect(String to) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, to)
        .cacheControl(CacheControl.noStore())
        .build();
  }

  private Cached cached(HelpLanguage language, String key, Supplier<byte[]> make) {
    long version = content.version();
    Rendered current = rendered;
    if (current.version() != version) {
      current = new Rendered(version, new ConcurrentHashMap<>());
      rendered = current;
    }
    return current
        .pages()
        .computeIfAbsent(
            language.code() + "/" + key,
            k -> {
              byte[] bytes = make.get();
              return new Cached(
                  bytes,
                  "\"" + version + "-" + DigestUtils.md5DigestAsHex(bytes).substring(0, 16) + "\"");
            });
  }

  private byte[] render(HelpLanguage language, HelpPageText page, Map<String, Object> extra) {
    HelpTexts texts = HelpTexts.of(language);
    Map<String, Object> model = new HashMap<>(extra);
    List<HelpPageText> pages = content.pages(language);
    model.put("lang", language);
    model.put("t", texts);
    model.put("page", page);
    model.put("pages", pages);
    model.put("current", page.slug());
    model.put("base", "/help/" + language.code());
    model.put("css", styles.inline().css());
    model.put("js", asset("/assets/js/help.js"));
    model.put("exitUrl", exitUrl);
    model.put("hotline", hotline);
    model.put("emergency", content.emergencyNumber());
    List<LanguageLink> languages = new ArrayList<>();
    String tail = "start".equals(page.slug()) ? "" : "/" + page.slug();
    for (HelpLanguage other : HelpLanguage.values()) {
      languages.add(
          new LanguageLink(
              other.code(),
              other.tag(),
              other.ownName(),
              "/help/" + other.code() + tail,
              other == language,
              other.rightToLeft()));
    }
    model.put("languages", languages);
    model.put("shownTag", page.shownIn().tag());
    model.put("shownDir", page.shownIn().rightToLeft() ? "rtl" : "ltr");
    model.put("sourceHref", "/help/" + page.sourceLanguage().code() + tail);
    model.put("sourceName", page.sourceLanguage().ownName());
    if (Boolean.TRUE.equals(extra.get("form"))) {
      List<LanguageLink> choices = new ArrayList<>(languages);
      model.put("languageChoices", choices);
    }
    return templates
        .process("help/page", new Context(language.locale(), model))
        .getBytes(StandardCharsets.UTF_8);
  }

  private String asset(String path) {
    String url = assets.getForLookupPath(path);
    return url == null ? path : url;
  }

  /** A language in the switch: its own name, the same page in it. */
  record LanguageLink(
      String code, String tag, String ownName, String href, boolean current, boolean rightToLeft) {}

  private record Cached(byte[] bytes, String etag) {}

  private record Rendered(long version, Map<String, Cached> pages) {}
}
