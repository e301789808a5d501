package org.haven.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, proven over every endpoint: each handler has an authorization rule, and for
 * every role the endpoint answers exactly as its rule says, with every refusal recorded as
 * ACCESS_DENIED.
 */
@HavenTest
class AuthorizationMatrixTest {

  @Autowired WebApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /**
   * One endpoint: method, path pattern and the roles its rule allows (all roles when the rule names
   * none).
   */
  record Endpoint(String method, String pattern, Set<Role> allowed, boolean publicEndpoint) {
    String path() {
      return pattern
          .replaceAll("\\{[a-z]+:\\\\d\\+}", "2024")
          .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
  }

  @Test
  void everyEndpointHasAnAuthorizationRule() {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("org.haven")) {
        continue;
      }
      if (rule(handler) == null && !isPublic(handler)) {
        missing.add(entry.getKey() + " -> " + handler);
      }
    }
    assertThat(missing).as("endpoints without @PreAuthorize or @PublicEndpoint").isEmpty();
  }

  @Test
  void everyRoleGetsExactlyWhatTheRulesAllowAndEveryRefusalIsAudited() throws Exception {
    List<String> unexpected = new ArrayList<>();
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints)
        .as("the matrix covers the administration endpoints")
        .hasSizeGreaterThan(20);
    for (Role role : Role.values()) {
      TestUser user = fixtures.user(role);
      Actor actor = user.actor();
      for (Endpoint endpoint : endpoints) {
        if (endpoint.publicEndpoint()) {
          continue;
        }
        String path = endpoint.path();
        int status =
            mvc.perform(
                    request(HttpMethod.valueOf(endpoint.method()), path)
                        .with(
                            authentication(
                                UsernamePasswordAuthenticationToken.authenticated(
                                    actor, null, Authorities.of(actor))))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{}"))
                .andReturn()
                .getResponse()
                .getStatus();
        boolean allowed = endpoint.allowed().contains(role);
        if (allowed && status == 403) {
          unexpected.add(
              "unexpected deny: " + role + " " + endpoint.method() + " " + endpoint.pattern());
        }
        if (allowed && status >= 500) {
          unexpected.add(
              "server error ("
                  + status
                  + "): "
                  + role
                  + " "
                  + endpoint.method()
                  + " "
                  + endpoint.pattern());
        }
        if (!allowed && status != 403) {
          unexpected.add(
              "unexpected allow ("
                  + status
                  + "): "
                  + role
                  + " "
                  + endpoint.method()
                  + " "
                  + endpoint.pattern());
        }
        if (!allowed) {
          long audited =
              jdbc.sql(
                      "SELECT count(*) FROM audit.audit_event WHERE action = 'ACCESS_DENIED' AND actor = ? AND resource_id = ?")
                  .params(user.id().toString(), endpoint.method() + " " + path)
                  .query(Long.class)
                  .single();
          if (audited != 1) {
            unexpected.add(
                "not audited once ("
                    + audited
                    + "): "
                    + role
                    + " "
                    + endpoint.method()
                    + " "
                    + endpoint.pattern());
          }
        }
      }
    }
    assertThat(unexpected).isEmpty();
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("org.haven")) {
        continue;
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(
              new Endpoint(method.name(), pattern, allowedRoles(rule(handler)), isPublic(handler)));
        }
      }
    }
    return endpoints;
  }

  private static String rule(HandlerMethod handler) {
    PreAuthorize onMethod =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    PreAuthorize onType =
        AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    return onType == null ? null : onType.value();
  }

  private static boolean isPublic(HandlerMethod handler) {
    return handler.hasMethodAnnotation(PublicEndpoint.class)
        || handler.getBeanType().isAnnotationPresent(PublicEndpoint.class);
  }

  /**
   * The roles a rule names; a rule that names only authorities such as SIGNED_IN allows every role.
   */
  private static Set<Role> allowedRoles(String rule) {
    if (rule == null) {
      return EnumSet.allOf(Role.class);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Matcher names = Pattern.compile("'([A-Z_]+)'").matcher(rule);
    while (names.find()) {
      for (Role role : Role.values()) {
        if (role.name().equals(names.group(1))) {
          roles.add(role);
        }
      }
    }
    return roles.isEmpty() ? EnumSet.allOf(Role.class) : roles;
  }
}
