package org.haven.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/v1/openapi.json}; the explorer at {@code /api/explorer}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI havenOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Haven API")
                .version("v1")
                .description(
                    "Haven's REST API. Authenticate with an API token as `Authorization: Bearer <token>`. Errors"
                        + " are problem details (RFC 9457). Lists take `page` and `size`."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
