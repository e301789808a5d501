package org.haven.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler without asking every mapping all its questions. For a path with a
 * variable in it ({@code /cases/{id}}) Spring MVC checks each of Haven's 400-odd mappings in turn —
 * its method, then its path patterns — and on a busy page that walk cost a twentieth of the
 * server's time (2026-12-06, issue 22), most of it reading the request's method through the
 * wrappers around it. A pattern can only match a path that starts with its literal beginning (the
 * part before its first variable or wildcard), so a mapping none of whose patterns' beginnings
 * start the path is passed over at once; every other mapping is asked as before.
 *
 * <p>The shortcut compares the path as it was sent; a path with an escaped character ({@code %}) or
 * a matrix parameter ({@code ;}), which Spring compares in decoded or trimmed form, is looked up
 * the ordinary way. Patterns are matched case-sensitively, Spring's default, which Haven keeps.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

  @Override
  public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
    return new LiteralBeginnings();
  }

  /** The handler mapping with the shortcut. */
  static final class LiteralBeginnings extends RequestMappingHandlerMapping {

    /** Each mapping's literal beginnings; none when some pattern could match any path. */
    private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

    private static final String[] ANY = new String[0];

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
        String path =
            ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
        if (!mayMatch(beginnings.computeIfAbsent(info, LiteralBeginnings::of), path)) {
          return null;
        }
      }
      return super.getMatchingMapping(info, request);
    }

    /** Whether a path as sent may match a mapping with these beginnings. */
    static boolean mayMatch(String[] beginnings, String path) {
      if (beginnings == ANY || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
        return true;
      }
      for (String beginning : beginnings) {
        if (path.startsWith(beginning)) {
          return true;
        }
      }
      return false;
    }

    static String[] of(RequestMappingInfo info) {
      PathPatternsRequestCondition condition = info.getPathPatternsCondition();
      if (condition == null || condition.getPatterns().isEmpty()) {
        return ANY;
      }
      return condition.getPatterns().stream()
          .map(PathPattern::getPatternString)
          .map(LiteralBeginnings::literalBeginning)
          .toArray(String[]::new);
    }

    /** A pattern's characters before its first variable or wildcard. */
    static String literalBeginning(String pattern) {
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '{' || c == '*' || c == '?' || c == '%' || c == ';') {
          return pattern.substring(0, i);
        }
      }
      return pattern;
    }
  }
}
