package io.hubrota.admin;

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

    AdminPracticeController(PracticeAdminService practices) {
        this.practices = practices;
    }

    @PostMapping
    ResponseEntity<PracticeResponse> create(@Valid @RequestBody CreatePracticeRequest request) {
        PracticeResponse created = practices.create(request);
        return ResponseEntity.created(URI.create("/api/practices/" + created.id())).body(created);
    }

    @PutMapping("/{practiceId}")
    PracticeResponse update(@PathVariable long practiceId, @Valid @RequestBody UpdatePracticeRequest request) {
        return practices.update(practiceId, request);
    }

    /** The version is optional here; when given, a stale one is refused like on an update. */
    @DeleteMapping("/{practiceId}")
    ResponseEntity<Void> delete(@PathVariable long practiceId, @RequestParam(required = false) Integer version) {
        practices.delete(practiceId, version);
        return ResponseEntity.noContent().build();
    }
}
