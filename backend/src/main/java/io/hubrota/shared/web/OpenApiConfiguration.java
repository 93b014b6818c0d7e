package io.hubrota.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published description of the API (/v3/api-docs), from which the frontend's typed client is generated. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hubRotaOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Hub Rota API")
                .version("1")
                .description("Seven-day primary care hub rota and capacity scheduler. JSON over HTTPS under /api; "
                        + "errors are RFC 9457 problem details. Sign in with POST /api/auth/login (session cookie); "
                        + "state-changing calls need the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header."))
            // Relative, so the document is the same on every host and port (and the committed copy stays stable).
            .servers(List.of(new Server().url("/")));
    }
}
