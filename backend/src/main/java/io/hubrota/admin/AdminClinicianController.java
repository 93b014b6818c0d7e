package io.hubrota.admin;

import io.hubrota.clinicians.ClinicianReadService;
import io.hubrota.clinicians.ClinicianResponse;
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

/** Clinicians with their weekly practice commitments; answers with the clinician as /api/clinicians/{id} shows it. */
@RestController
@RequestMapping("/api/admin/clinicians")
class AdminClinicianController {

    private final ClinicianAdminService admin;
    private final ClinicianReadService clinicians;

    AdminClinicianController(ClinicianAdminService admin, ClinicianReadService clinicians) {
        this.admin = admin;
        this.clinicians = clinicians;
    }

    @PostMapping
    ResponseEntity<ClinicianResponse> create(@Valid @RequestBody CreateClinicianRequest request) {
        long id = admin.create(request);
        return ResponseEntity.created(URI.create("/api/clinicians/" + id)).body(clinicians.get(id));
    }

    @PutMapping("/{clinicianId}")
    ClinicianResponse update(@PathVariable long clinicianId, @Valid @RequestBody UpdateClinicianRequest request) {
        admin.update(clinicianId, request);
        return clinicians.get(clinicianId);
    }

    @DeleteMapping("/{clinicianId}")
    ResponseEntity<Void> delete(@PathVariable long clinicianId, @RequestParam(required = false) Integer version) {
        admin.delete(clinicianId, version);
        return ResponseEntity.noContent().build();
    }
}
