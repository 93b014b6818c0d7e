package io.hubrota.publishing;

import io.hubrota.solver.checker.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response shapes of publishing. */
public final class PublishingDtos {

    private PublishingDtos() {
    }

    public record PublishRequest(@Size(max = 2000) String note, @NotNull Integer version) {
    }

    public record PublishResponse(int versionNumber, RotaDiff diff, int notifiedClinicians) {
    }

    public record VersionResponse(int number, Instant publishedAt, String publishedBy, String note, int assignments) {
    }

    public record PublishPreviewResponse(boolean publishable, List<Violation> violations, RotaDiff diff) {
    }
}
