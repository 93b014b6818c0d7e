package io.hubrota.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Keeps the committed OpenAPI document, from which the frontend generates its typed client, in step with the API.
 * Run with {@code -Dhubrota.openapi.update=true} to rewrite it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIT {

    /** Relative to the backend module, the working directory of Maven's test runs. */
    private static final Path COMMITTED = Path.of("../frontend/openapi/openapi.json");

    @Autowired
    private TestRestTemplate http;

    @Test
    void theCommittedOpenApiDocumentIsCurrent() throws IOException {
        ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String current = canonical(response.getBody());

        if (Boolean.getBoolean("hubrota.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, current, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
            .as("frontend/openapi/openapi.json is stale: run ./mvnw -pl backend verify -Dit.test=OpenApiDocumentIT "
                    + "-Dhubrota.openapi.update=true")
            .isEqualTo(current);
    }

    /** Sorted keys, two-space indent, LF line ends and a final newline: stable diffs whatever the map order. */
    private static String canonical(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Object tree = mapper.readValue(json, Object.class);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return mapper.writer(printer).writeValueAsString(tree) + "\n";
    }
}
