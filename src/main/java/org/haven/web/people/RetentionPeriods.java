package org.haven.web.people;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A retention period in words, in the reader's language ("5 years", "1 year and 6 months"). */
@Component("retentionPeriods")
class RetentionPeriods {

  private final MessageSource messages;

  RetentionPeriods(MessageSource messages) {
    this.messages = messages;
  }

  public String text(Period period) {
    Period p = period.normalized();
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(message("retention.period.years", p.getYears()));
    }
    if (p.getMonths() != 0) {
      parts.add(message("retention.period.months", p.getMonths()));
    }
    if (p.getDays() != 0 || parts.isEmpty()) {
      parts.add(message("retention.period.days", p.getDays()));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String last = parts.remove(parts.size() - 1);
    return message("retention.period.and", String.join(", ", parts), last);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
