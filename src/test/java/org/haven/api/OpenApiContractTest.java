package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document tells the truth about the bodies: no two types of the API share a schema
 * name (one would be documented in the other's place), and every operation's request body is
 * documented as the schema of exactly the type the endpoint binds, with that type's fields.
 */
@HavenTest
class OpenApiContractTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noTwoTypesOfTheApiShareASchemaName() {
    Map<String, Set<String>> typesByName = new TreeMap<>();
    Set<Class<?>> seen = new HashSet<>();
    for (HandlerMethod handler : apiHandlers().values()) {
      for (MethodParameter parameter : handler.getMethodParameters()) {
        collect(parameter.getGenericParameterType(), seen, typesByName);
      }
      collect(handler.getMethod().getGenericReturnType(), seen, typesByName);
    }
    Map<String, Set<String>> shared = new TreeMap<>();
    typesByName.forEach(
        (name, types) -> {
          if (types.size() > 1) {
            shared.put(name, types);
          }
        });
    assertThat(shared).as("schema names used by more than one type").isEmpty();
  }

  @Test
  void everyRequestBodyIsDocumentedAsTheTypeTheEndpointBinds() {
    String token = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    JsonNode document = new Http(port).get("/api/v1/openapi.json", token).json();
    List<String> wrong = new ArrayList<>();
    apiHandlers()
        .forEach(
            (info, handler) -> {
              for (MethodParameter parameter : handler.getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(RequestBody.class)) {
                  continue;
                }
                Class<?> bound = parameter.getParameterType();
                for (String pattern : info.getPatternValues()) {
                  String documentedPath = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                  for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation =
                        document
                            .path("paths")
                            .path(documentedPath)
                            .path(method.name().toLowerCase());
                    String documented = schemaOf(operation);
                    String where = method + " " + pattern;
                    if (bound == JsonNode.class) {
                      // a merge patch of a named resource schema (RFC 7396)
                      if (documented == null
                          || !operation
                              .path("requestBody")
                              .path("content")
                              .has("application/merge-patch+json")) {
                        wrong.add(where + ": a patch documented without its resource schema");
                      }
                      continue;
                    }
                    if (!bound.isRecord()) {
                      continue;
                    }
                    if (!bound.getSimpleName().equals(documented)) {
                      wrong.add(
                          where + ": binds " + bound.getSimpleName() + ", documents " + documented);
                      continue;
                    }
                    Set<String> fields = new TreeSet<>();
                    for (RecordComponent component : bound.getRecordComponents()) {
                      fields.add(component.getName());
                    }
                    Set<String> properties = new TreeSet<>();
                    document
                        .path("components")
                        .path("schemas")
                        .path(documented)
                        .path("properties")
                        .propertyNames()
                        .forEach(properties::add);
                    if (!fields.equals(properties)) {
                      wrong.add(where + ": fields " + fields + ", documented " + properties);
                    }
                  }
                }
              }
            });
    assertThat(wrong).isEmpty();
  }

  private static String schemaOf(JsonNode operation) {
    for (JsonNode content : operation.path("requestBody").path("content")) {
      String ref = content.path("schema").path("$ref").asString(null);
      if (ref != null) {
        return ref.substring(ref.lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  private Map<RequestMappingInfo, HandlerMethod> apiHandlers() {
    Map<RequestMappingInfo, HandlerMethod> api = new LinkedHashMap<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (handler.getBeanType().getPackageName().equals("org.haven.api")) {
                api.put(info, handler);
              }
            });
    return api;
  }

  /** Every record reachable from a type, by its schema name (the simple name). */
  private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> byName) {
    if (type instanceof ParameterizedType parameterized) {
      collect(parameterized.getRawType(), seen, byName);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, seen, byName);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !seen.add(c)) {
      return;
    }
    if (c.isArray()) {
      collect(c.getComponentType(), seen, byName);
      return;
    }
    if (!c.getName().startsWith("org.haven")) {
      return;
    }
    if (c.isRecord() || c.isEnum()) {
      byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(c.getName());
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        collect(component.getGenericType(), seen, byName);
      }
    }
  }
}
