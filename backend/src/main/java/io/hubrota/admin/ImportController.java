package io.hubrota.admin;

import io.hubrota.audit.AuditLog;
import io.hubrota.shared.web.UnprocessableException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports, all or nothing: a file with any bad row answers 422 with every problem as
 * {@code errors: [{row, field, message}]} and stores nothing.
 */
@RestController
@RequestMapping("/api/admin/imports")
class ImportController {

    private final ClinicianImportService clinicians;
    private final PracticeImportService practices;
    private final AuditLog audit;

    ImportController(ClinicianImportService clinicians, PracticeImportService practices, AuditLog audit) {
        this.clinicians = clinicians;
        this.practices = practices;
        this.audit = audit;
    }

    /** Columns: code,name,role,skills,practice_code,baseline_weekly_hours,max_travel_minutes,commitments. */
    @PostMapping(path = "/clinicians", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResultResponse importClinicians(@RequestParam("file") MultipartFile file) {
        return audited("CLINICIANS", file, () -> clinicians.importCsv(file));
    }

    /** Columns: code,name,locality,list_size,latitude,longitude. */
    @PostMapping(path = "/practices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResultResponse importPractices(@RequestParam("file") MultipartFile file) {
        return audited("PRACTICES", file, () -> practices.importCsv(file));
    }

    /** Records {@code <WHAT>_IMPORTED} with the row counts, or {@code <WHAT>_IMPORT_REJECTED} with the error count. */
    private ImportResultResponse audited(String what, MultipartFile file, Supplier<ImportResultResponse> run) {
        String subject = "import/" + what.toLowerCase(Locale.ROOT);
        String name = file.getOriginalFilename();
        try {
            ImportResultResponse result = run.get();
            audit.recordAsCurrentUser(what + "_IMPORTED", subject, name + ": " + (result.created() + result.updated())
                    + " row(s), " + result.created() + " created, " + result.updated() + " updated");
            return result;
        } catch (UnprocessableException rejected) {
            audit.recordAsCurrentUser(what + "_IMPORT_REJECTED", subject, name + ": "
                    + Math.max(1, rejected.getErrors().size()) + " error(s); nothing imported");
            throw rejected;
        } catch (RuntimeException failed) {
            audit.recordAsCurrentUser(what + "_IMPORT_REJECTED", subject, name + ": 1 error(s) ("
                    + failed.getClass().getSimpleName() + "); nothing imported");
            throw failed;
        }
    }
}
