package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The access matrix: for every /api endpoint and every kind of caller, the status the security rules must give.
 * The table is {@code src/test/resources/security/access-matrix.csv}; every endpoint needs a row there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityAccessMatrixIT {

    private static final String MATRIX = "/security/access-matrix.csv";

    /** The callers, in the column order of the CSV. */
    enum Caller {
        ANONYMOUS, ADMIN, HUB_MANAGER, CLINICIAN, OPS_LEAD
    }

    record Row(HttpMethod method, String path, Map<Caller, Integer> expected) {
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestUsers testUsers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    private final Map<Caller, UserAccount> accounts = new EnumMap<>(Caller.class);

    @BeforeAll
    void createOneUserPerRole() {
        for (Caller caller : Caller.values()) {
            if (caller != Caller.ANONYMOUS) {
                accounts.put(caller, testUsers.create(UserRole.valueOf(caller.name())));
            }
        }
    }

    Stream<Arguments> cells() throws IOException {
        return rows().stream()
            .flatMap(row -> row.expected()
                .entrySet()
                .stream()
                .map(cell -> Arguments.of(row.method(), row.path(), cell.getKey(), cell.getValue())));
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("cells")
    void callerGetsTheExpectedStatus(HttpMethod method, String path, Caller caller, int expected) throws Exception {
        MockHttpServletRequestBuilder call = request(method, path).with(csrf());
        if (caller != Caller.ANONYMOUS) {
            call.with(user(TestUsers.principal(accounts.get(caller))));
        }

        int actual = mvc.perform(call).andReturn().getResponse().getStatus();

        assertThat(actual).as("%s %s as %s", method, path, caller).isEqualTo(expected);
    }

    @Test
    void everyApiEndpointHasARowInTheMatrix() throws IOException {
        List<Row> rows = rows();
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo mapping : handlerMapping.getHandlerMethods().keySet()) {
            if (mapping.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                if (!pattern.getPatternString().startsWith("/api/")) {
                    continue;
                }
                List<String> methods = mapping.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                        : mapping.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
                for (String method : methods) {
                    boolean covered = rows.stream()
                        .anyMatch(row -> row.method().name().equals(method)
                                && pattern.matches(PathContainer.parsePath(row.path())));
                    if (!covered) {
                        missing.add(method + " " + pattern.getPatternString());
                    }
                }
            }
        }
        assertThat(missing)
            .as("/api endpoints without a row in src/test/resources%s (add one with the expected status per role)",
                    MATRIX)
            .isEmpty();
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = SecurityAccessMatrixIT.class.getResourceAsStream(MATRIX)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
            String[] header = lines.get(0).split(",");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells.length != header.length) {
                    throw new IllegalStateException("Access matrix row has " + cells.length + " cells, expected "
                            + header.length + ": " + line);
                }
                Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
                for (int i = 2; i < header.length; i++) {
                    expected.put(Caller.valueOf(header[i].strip()), Integer.parseInt(cells[i].strip()));
                }
                rows.add(new Row(HttpMethod.valueOf(cells[0].strip()), cells[1].strip(), expected));
            }
            return rows;
        }
    }
}
