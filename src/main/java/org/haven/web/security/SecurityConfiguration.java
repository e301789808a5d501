package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.access.ApiTokens;
import org.haven.access.SignIn;
import org.haven.web.forms.OversizedForms;
import org.haven.web.information.HelpStyles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
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

  static final RequestMatcher HELP =
      request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/help") || path.startsWith("/help/");
      };

  /**
   * The public help pages: anyone, no sign-in, and nothing that could follow a reader home. No
   * session is read or made (a Haven session cookie sent along is ignored), no cookie is set, no
   * CSRF cookie or token (the contact form carries its own signed one-time token), nothing saved
   * for after a sign-in; the referrer is never sent on. Caching is the pages' own choice.
   */
  @Bean
  @Order(0)
  SecurityFilterChain helpChain(HttpSecurity http, HelpStyles styles) throws Exception {
    http.securityMatcher(HELP)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf -> csrf.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> anonymous.disable())
        .headers(
            headers ->
                headers(headers)
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(
                        (request, response) ->
                            response.setHeader(
                                "Content-Security-Policy",
                                CONTENT_SECURITY_POLICY.replace(
                                    "style-src 'self'",
                                    "style-src 'self' " + styles.inline().source()))))
        .addFilterBefore(new StatelessRequests(), SecurityContextHolderFilter.class)
        .addFilterAfter(new RequestIdFilter(), StatelessRequests.class)
        .addFilterAfter(new UnexpectedErrors(), RequestIdFilter.class)
        .addFilterAfter(new OversizedForms(HELP_FORM_LIMIT), UnexpectedErrors.class);
    return http.build();
  }

  static final RequestMatcher EXCHANGE =
      request ->
          request
              .getRequestURI()
              .substring(request.getContextPath().length())
              .startsWith("/exchange/v1/");

  /**
   * Other installations' door (the cross-border inbox and the installation document): no sign-in,
   * no session, no cookie, no CSRF token; an envelope is authenticated by its signature, which the
   * inbox checks before it stores anything.
   */
  @Bean
  @Order(0)
  SecurityFilterChain exchangeChain(HttpSecurity http) throws Exception {
    http.securityMatcher(EXCHANGE)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf -> csrf.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(new StatelessRequests(), SecurityContextHolderFilter.class)
        .addFilterAfter(new RequestIdFilter(), StatelessRequests.class)
        .addFilterAfter(new UnexpectedErrors(), RequestIdFilter.class);
    return http.build();
  }

  /**
   * The contact form is a few lines; a post of up to 2 MB (100,000 characters of any script) is
   * read and answered beside the field, a larger one refused before it is read.
   */
  static final long HELP_FORM_LIMIT = 2L * 1024 * 1024;

  /**
   * Machine clients on the API: a bearer token, checked on every request, and nothing else. This
   * chain is stateless: it never creates or reads an HTTP session (the request it passes on has
   * none), keeps no saved request and needs no CSRF token, so a token can never become a session
   * and a session cookie sent with a token is ignored.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokens tokens, AccessDenials denials)
      throws Exception {
    http.securityMatcher(request -> API.matches(request) && BEARER.matches(request))
        .authorizeHttpRequests(
            requests -> requests.anyRequest().hasAuthority(Authorities.SIGNED_IN))
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf -> csrf.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(denials::unauthenticatedApi)
                    .accessDeniedHandler(denials))
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(new StatelessRequests(), SecurityContextHolderFilter.class)
        .addFilterAfter(new RequestIdFilter(), StatelessRequests.class)
        .addFilterAfter(new UnexpectedErrors(), RequestIdFilter.class)
        .addFilterAfter(new BearerTokenFilter(tokens, denials), SecurityContextHolderFilter.class);
    return http.build();
  }

  /** People in a browser (and the API explorer they use): the two-factor sign-in's session. */
  @Bean
  @Order(2)
  SecurityFilterChain sessionChain(
      HttpSecurity http,
      SecurityContextRepository contexts,
      ApiTokens tokens,
      SignIn signIn,
      AccessDenials denials,
      SignOutAudit signOutAudit)
      throws Exception {
    // Built here rather than declared as beans, so that the servlet container does not register
    // them a second time. A bearer token reaching this chain is on a page, not the API: refused.
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
        // An API call without a signed-in session carries no ambient credential to forge, so it
        // gets the documented 401 rather than a CSRF refusal.
        .csrf(
            csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiWithoutSignedInSession))
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
        .headers(SecurityConfiguration::headers)
        .addFilterBefore(requestIds, LogoutFilter.class)
        .addFilterBefore(new OversizedForms(), CsrfFilter.class)
        .addFilterAfter(new UnexpectedErrors(), RequestIdFilter.class)
        .addFilterAfter(bearerTokens, LogoutFilter.class)
        .addFilterAfter(sessionValidity, BearerTokenFilter.class);
    return http.build();
  }

  private static HeadersConfigurer<HttpSecurity> headers(HeadersConfigurer<HttpSecurity> headers) {
    return headers
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
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
        .permissionsPolicyHeader(
            permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
  }

  private static boolean apiWithoutSignedInSession(HttpServletRequest request) {
    if (!API.matches(request)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session == null
        || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
            && context.getAuthentication() != null
            && context.getAuthentication().getAuthorities().stream()
                .anyMatch(a -> Authorities.SIGNED_IN.equals(a.getAuthority())));
  }

  static boolean isApi(HttpServletRequest request) {
    return API.matches(request);
  }

  private static boolean isExplorer(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/explorer") || path.startsWith("/swagger-ui");
  }
}
