package io.hubrota.admin;

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

    ImportController(ClinicianImportService clinicians, PracticeImportService practices) {
        this.clinicians = clinicians;
        this.practices = practices;
    }

    /** Columns: code,name,role,skills,practice_code,baseline_weekly_hours,max_travel_minutes,commitments. */
    @PostMapping(path = "/clinicians", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResultResponse importClinicians(@RequestParam("file") MultipartFile file) {
        return clinicians.importCsv(file);
    }

    /** Columns: code,name,locality,list_size,latitude,longitude. */
    @PostMapping(path = "/practices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResultResponse importPractices(@RequestParam("file") MultipartFile file) {
        return practices.importCsv(file);
    }
}
