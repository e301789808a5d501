package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
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
            method.getBean(),
            method.getMethod(),
            new Object[method.getMethod().getParameterCount()]);
    AuthorizationResult result =
        rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
    if (result != null && !result.isGranted()) {
      throw new AccessDeniedException("Access denied");
    }
    return true;
  }
}
