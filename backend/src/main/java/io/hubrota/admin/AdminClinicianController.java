package io.hubrota.admin;

import io.hubrota.audit.AuditLog;
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
    private final AuditLog audit;

    AdminClinicianController(ClinicianAdminService admin, ClinicianReadService clinicians, AuditLog audit) {
        this.admin = admin;
        this.clinicians = clinicians;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<ClinicianResponse> create(@Valid @RequestBody CreateClinicianRequest request) {
        long id = admin.create(request);
        ClinicianResponse created = clinicians.get(id);
        audit.recordAsCurrentUser("CLINICIAN_CREATED", "clinician/" + id, describe(created));
        return ResponseEntity.created(URI.create("/api/clinicians/" + id)).body(created);
    }

    @PutMapping("/{clinicianId}")
    ClinicianResponse update(@PathVariable long clinicianId, @Valid @RequestBody UpdateClinicianRequest request) {
        admin.update(clinicianId, request);
        ClinicianResponse updated = clinicians.get(clinicianId);
        audit.recordAsCurrentUser("CLINICIAN_UPDATED", "clinician/" + clinicianId, describe(updated));
        return updated;
    }

    @DeleteMapping("/{clinicianId}")
    ResponseEntity<Void> delete(@PathVariable long clinicianId, @RequestParam(required = false) Integer version) {
        admin.delete(clinicianId, version);
        audit.recordAsCurrentUser("CLINICIAN_DELETED", "clinician/" + clinicianId, null);
        return ResponseEntity.noContent().build();
    }

    private static String describe(ClinicianResponse clinician) {
        return clinician.code() + " " + clinician.name() + " (" + clinician.role() + "), baseline "
                + clinician.baselineWeeklyMinutes() + " min/week" + (clinician.active() ? "" : ", inactive");
    }
}
