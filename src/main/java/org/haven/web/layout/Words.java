package org.haven.web.layout;

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

  public String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
