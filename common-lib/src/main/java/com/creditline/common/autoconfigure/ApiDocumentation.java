package com.creditline.common.autoconfigure;

import com.creditline.common.apidoc.ProblemDocumentation;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI document names the service, uses a relative server URL, so that "try it
 * out" in the gateway's Swagger UI goes through the gateway, and names the gateway's two
 * credentials (a bearer JWT, a partner's API key). The authenticated {@code Caller} a controller
 * may take is not a request parameter. {@link ProblemDocumentation} adds the errors and headers
 * of every operation.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"io.swagger.v3.oas.models.OpenAPI", "org.springdoc.core.customizers.OperationCustomizer"})
public class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    ProblemDocumentation problemDocumentation(ApplicationContext context) {
        // by name: the gateway (reactive) has no servlet classes to name the filter's type with
        return new ProblemDocumentation(context.containsBean(IdempotencyAutoConfiguration.FILTER_BEAN));
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info()
                        .title(service)
                        .version("v1")
                        .description("Amounts are decimal strings with their currency; errors are RFC 9457 problems."))
                .addServersItem(new Server().url("/").description("through the gateway"))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The shop or a staff member (POST /oauth2/token locally)"))
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Api-Key")
                                        .description("A partner platform's API key")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
