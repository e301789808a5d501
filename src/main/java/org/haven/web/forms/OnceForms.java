package org.haven.web.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every form a page posts carries a one-time token ({@value #FIELD}) beside the CSRF token, added
 * where Spring Security adds its own: the form's change runs once per token ({@link
 * FormErrors#submit}), so a double click or a resend after Back makes one record.
 */
@Configuration
class OnceForms {

  static final String FIELD = "_once";
  private static final String POSTING = OnceForms.class.getName() + ".posting";

  @Bean
  static BeanPostProcessor oneTimeFormTokens() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithToken)) {
          return new WithToken(processor);
        }
        return bean;
      }
    };
  }

  /** Spring Security's processor, plus the one-time token in every form that is not a GET. */
  static final class WithToken implements RequestDataValueProcessor {

    private final RequestDataValueProcessor inner;

    WithToken(RequestDataValueProcessor inner) {
      this.inner = inner;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String method) {
      request.setAttribute(POSTING, !"get".equalsIgnoreCase(method));
      return inner.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(
        HttpServletRequest request, String name, String value, String type) {
      return inner.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
      Map<String, String> fields = inner.getExtraHiddenFields(request);
      if (!Boolean.TRUE.equals(request.getAttribute(POSTING))) {
        return fields;
      }
      Map<String, String> all = new LinkedHashMap<>(fields == null ? Map.of() : fields);
      all.put(FIELD, UUID.randomUUID().toString());
      return all;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
      return inner.processUrl(request, url);
    }
  }
}
