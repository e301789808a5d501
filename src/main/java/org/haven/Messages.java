package org.haven;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's words, from {@code messages*.properties} (UTF-8, no fallback to the server's
 * locale). Spring's message source keeps one {@link MessageFormat} per message and language and
 * formats under a lock on it; under load every page that says "25 referrals" queued on that one
 * lock, and a thread preempted while holding it stalled all the others. Here each formatted message
 * gets its own {@code MessageFormat}: the texts are still cached, the formats are cheap to parse.
 */
@Configuration
class Messages {

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new UnsharedFormats();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** Formats every message with arguments through a fresh, unshared {@code MessageFormat}. */
  static final class UnsharedFormats extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
      String message = resolveCodeWithoutArguments(code, locale);
      return message == null ? null : createMessageFormat(message, locale);
    }
  }
}
