package io.hubrota.solver.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Reads and writes {@code problem.json}. Local date-times are written the short ISO way: 2026-03-29T08:00. */
public final class ProblemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(LocalDateTime.class, new ShortLocalDateTimeSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // The exchange format may grow; readers of older versions ignore what they do not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemJson() {
    }

    public static ProblemDocument read(InputStream in) throws IOException {
        return MAPPER.readValue(in, ProblemDocument.class);
    }

    public static ProblemDocument read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    public static void write(ProblemDocument document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document);
    }

    public static void write(ProblemDocument document, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(document, out);
        }
    }

    public static String toJson(ProblemDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProblemDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, ProblemDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code LocalDateTime.toString()}: seconds only when not zero. */
    private static final class ShortLocalDateTimeSerializer extends JsonSerializer<LocalDateTime> {
        @Override
        public void serialize(LocalDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toString());
        }
    }
}
