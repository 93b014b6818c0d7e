package io.hubrota.publishing;

import io.hubrota.solver.checker.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response shapes of publishing. */
final class PublishingDtos {

    private PublishingDtos() {
    }

    record PublishRequest(@Size(max = 2000) String note, @NotNull Integer version) {
    }

    record PublishResponse(int versionNumber, RotaDiff diff, int notifiedClinicians) {
    }

    record VersionResponse(int number, Instant publishedAt, String publishedBy, String note, int assignments) {
    }

    record PublishPreviewResponse(boolean publishable, List<Violation> violations, RotaDiff diff) {
    }
}
