package org.haven.web.security;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The session cookie travels only over TLS ({@code Secure}) unless Haven runs for local
 * development: served at a plain-http loopback address ({@code HAVEN_BASE_URL} unset, or {@code
 * http://localhost…}). An explicit {@code server.servlet.session.cookie.secure} wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

  @Bean
  ServletContextInitializer secureSessionCookie(Environment environment) {
    boolean secure = secure(environment);
    return context -> context.getSessionCookieConfig().setSecure(secure);
  }

  /** The same rule for the cookie of the sessions kept in PostgreSQL (Spring Session). */
  @Bean
  DefaultCookieSerializerCustomizer secureSharedSessionCookie(Environment environment) {
    boolean secure = secure(environment);
    return serializer -> serializer.setUseSecureCookie(secure);
  }

  private static boolean secure(Environment environment) {
    String explicit = environment.getProperty("server.servlet.session.cookie.secure");
    return explicit != null
        ? Boolean.parseBoolean(explicit)
        : secure(environment.getProperty("haven.base-url"));
  }

  /** Whether a session cookie for this base URL must be {@code Secure}. */
  static boolean secure(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return false; // the default base URL is http://localhost:<port>
    }
    URI uri;
    try {
      uri = URI.create(baseUrl.strip());
    } catch (IllegalArgumentException e) {
      return true;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      return true;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback =
        host.equals("localhost")
            || host.endsWith(".localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1");
    return !loopback;
  }
}
