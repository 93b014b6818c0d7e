package io.hubrota.admin;

import io.hubrota.audit.AuditLog;
import io.hubrota.practices.PracticeResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/practices")
class AdminPracticeController {

    private final PracticeAdminService practices;
    private final AuditLog audit;

    AdminPracticeController(PracticeAdminService practices, AuditLog audit) {
        this.practices = practices;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<PracticeResponse> create(@Valid @RequestBody CreatePracticeRequest request) {
        PracticeResponse created = practices.create(request);
        audit.recordAsCurrentUser("PRACTICE_CREATED", "practice/" + created.id(), describe(created));
        return ResponseEntity.created(URI.create("/api/practices/" + created.id())).body(created);
    }

    @PutMapping("/{practiceId}")
    PracticeResponse update(@PathVariable long practiceId, @Valid @RequestBody UpdatePracticeRequest request) {
        PracticeResponse updated = practices.update(practiceId, request);
        audit.recordAsCurrentUser("PRACTICE_UPDATED", "practice/" + practiceId, describe(updated));
        return updated;
    }

    /** The version is optional here; when given, a stale one is refused like on an update. */
    @DeleteMapping("/{practiceId}")
    ResponseEntity<Void> delete(@PathVariable long practiceId, @RequestParam(required = false) Integer version) {
        practices.delete(practiceId, version);
        audit.recordAsCurrentUser("PRACTICE_DELETED", "practice/" + practiceId, null);
        return ResponseEntity.noContent().build();
    }

    private static String describe(PracticeResponse practice) {
        return practice.code() + " " + practice.name() + ", list size " + practice.listSize();
    }
}
