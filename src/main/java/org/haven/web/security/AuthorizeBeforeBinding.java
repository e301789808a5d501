package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} rule before its arguments are bound and validated, so
 * that a caller without permission gets 403 (and an audited refusal), never a validation answer
 * that tells them about the endpoint. The method-security proxy checks the same rule again at the
 * call.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    SimpleMethodInvocation invocation =
        new SimpleMethodInvocation(
            method.getBean(), method.getMethod(), pathVariables(method, request));
    AuthorizationResult result =
        rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
    if (result != null && !result.isGranted()) {
      throw new AccessDeniedException("Access denied");
    }
    return true;
  }

  /**
   * The handler's arguments as far as the path gives them (a rule may compare an id in the path
   * with the actor's), every other argument null: the body is not read before the rule allows it.
   */
  private static Object[] pathVariables(HandlerMethod method, HttpServletRequest request) {
    MethodParameter[] parameters = method.getMethodParameters();
    Object[] arguments = new Object[parameters.length];
    if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables)) {
      return arguments;
    }
    for (int i = 0; i < parameters.length; i++) {
      PathVariable path = parameters[i].getParameterAnnotation(PathVariable.class);
      if (path == null) {
        continue;
      }
      String name = !path.value().isEmpty() ? path.value() : parameters[i].getParameterName();
      if (variables.get(name) instanceof String value) {
        arguments[i] = convert(value, parameters[i].getParameterType());
      }
    }
    return arguments;
  }

  private static Object convert(String value, Class<?> type) {
    if (type == String.class) {
      return value;
    }
    if (type == UUID.class) {
      try {
        return UUID.fromString(value);
      } catch (IllegalArgumentException notAnId) {
        return null;
      }
    }
    return null;
  }
}
