package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import org.haven.access.ApiTokens;
import org.haven.access.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: only the sign-in pages, static assets and the minimal health check are public;
 * the sign-in steps need the password factor; everything else needs both factors or an API token,
 * and each handler adds its own {@code @PreAuthorize} rule on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Swagger UI sets style attributes from its scripts; the explorer's pages alone allow inline
   * styles.
   */
  static final String EXPLORER_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final RequestMatcher API =
      request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");

  static final RequestMatcher BEARER =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
      };

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SecurityContextRepository contexts,
      ApiTokens tokens,
      SignIn signIn,
      AccessDenials denials,
      SignOutAudit signOutAudit)
      throws Exception {
    // Built here rather than declared as beans, so that the servlet container does not register
    // them a second time.
    BearerTokenFilter bearerTokens = new BearerTokenFilter(tokens, denials);
    SessionValidityFilter sessionValidity = new SessionValidityFilter(signIn);
    RequestIdFilter requestIds = new RequestIdFilter();
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    requestCache.setRequestMatcher(
        request -> !API.matches(request) && "GET".equals(request.getMethod()));
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/language",
                        "/assets/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/error")
                    .permitAll()
                    .requestMatchers("/login/**", "/account/first-password", "/account/enrol")
                    .hasAnyAuthority(Authorities.PASSWORD_ONLY, Authorities.SIGNED_IN)
                    .anyRequest()
                    .hasAuthority(Authorities.SIGNED_IN))
        .securityContext(context -> context.securityContextRepository(contexts))
        .requestCache(cache -> cache.requestCache(requestCache))
        .sessionManagement(
            sessions ->
                sessions
                    .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                    .sessionFixation(fixation -> fixation.changeSessionId()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(BEARER))
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(signOutAudit)
                    .logoutSuccessUrl("/login?signedOut")
                    .invalidateHttpSession(true)
                    .deleteCookies("HAVEN_SESSION"))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(denials::unauthenticatedApi, API)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(denials))
        .headers(
            headers ->
                headers
                    .addHeaderWriter(
                        (request, response) ->
                            response.setHeader(
                                "Content-Security-Policy",
                                isExplorer(request)
                                    ? EXPLORER_CONTENT_SECURITY_POLICY
                                    : CONTENT_SECURITY_POLICY))
                    .httpStrictTransportSecurity(
                        hsts ->
                            hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)
                                .requestMatcher(AnyRequestMatcher.INSTANCE))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicyHeader(
                        permissions ->
                            permissions.policy("camera=(), microphone=(), geolocation=()")))
        .addFilterBefore(requestIds, LogoutFilter.class)
        .addFilterAfter(bearerTokens, LogoutFilter.class)
        .addFilterAfter(sessionValidity, BearerTokenFilter.class);
    return http.build();
  }

  static boolean isApi(HttpServletRequest request) {
    return API.matches(request);
  }

  private static boolean isExplorer(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/explorer") || path.startsWith("/swagger-ui");
  }
}
