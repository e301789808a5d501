package org.haven.web.layout;

import org.haven.access.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The interface's words in the language chosen now, for text a controller puts together. */
@Component
public class Words {

  private final MessageSource messages;

  Words(MessageSource messages) {
    this.messages = messages;
  }

  /** The message source behind the words, for helpers that take one. */
  public MessageSource source() {
    return messages;
  }

  /** The language chosen now, as the catalogues know it (English when they do not know it). */
  public static Language language() {
    return Language.of(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
  }

  public String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
