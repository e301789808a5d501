package org.haven.web.forms;

import org.haven.people.PersonReference;
import org.haven.statistics.Disclosure;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The words of an address read as the domain's types, once, for every page: a person's reference
 * ({@code /persons/P-7K3Q-9XA2}, any case, spaces around it ignored) and the report's view ({@code
 * ?disclosure=exact}, none meaning published). A word that is neither is a page that does not exist
 * (the reference, {@code WebErrors}) or a bad request (the view), never an error inside a handler.
 */
@Configuration(proxyBeanMethods = false)
class Converters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, PersonReference.class, new ReferenceConverter());
    registry.addConverter(String.class, Disclosure.class, new DisclosureConverter());
  }

  /** A typed reference; a malformed one is refused before the handler runs. */
  static final class ReferenceConverter implements Converter<String, PersonReference> {
    @Override
    public PersonReference convert(String typed) {
      if (!PersonReference.isValid(typed)) {
        throw new IllegalArgumentException("Not a person reference");
      }
      return PersonReference.parse(typed);
    }
  }

  /** The report's view by its word ({@link Disclosure#of}); blank is published. */
  static final class DisclosureConverter implements Converter<String, Disclosure> {
    @Override
    public Disclosure convert(String word) {
      return Disclosure.of(word);
    }
  }
}
