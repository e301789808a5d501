package org.haven.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The interface's words in the language chosen now, for text a controller puts together. */
@Component
class Words {

  private final MessageSource messages;

  Words(MessageSource messages) {
    this.messages = messages;
  }

  /** The message source behind the words, for helpers that take one. */
  MessageSource source() {
    return messages;
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
