package io.hubrota.admin;

import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports practices from CSV ({@code code,name,locality,list_size,latitude,longitude}), all or nothing: every row is
 * checked first, and one bad row stores nothing. Known codes are updated, new codes created.
 */
@Service
class PracticeImportService {

    static final List<String> COLUMNS = List.of("code", "name", "locality", "list_size", "latitude", "longitude");

    private static final Map<String, String> COLUMN_OF_PROPERTY = Map.of("code", "code", "name", "name",
            "locality", "locality", "listSize", "list_size", "latitude", "latitude", "longitude", "longitude");

    private final PracticeRepository practices;
    private final Validator validator;

    PracticeImportService(PracticeRepository practices, Validator validator) {
        this.practices = practices;
        this.validator = validator;
    }

    @Transactional
    ImportResultResponse importCsv(MultipartFile file) {
        List<CreatePracticeRequest> checked = check(CsvTable.read(file, COLUMNS));
        int created = 0;
        int updated = 0;
        for (CreatePracticeRequest row : checked) {
            Practice practice = practices.findByCode(row.code()).orElse(null);
            if (practice == null) {
                practices.save(new Practice(row.code(), row.name(), row.locality(), row.listSize(), row.latitude(),
                        row.longitude()));
                created++;
            } else {
                practice.setName(row.name());
                practice.setLocality(row.locality());
                practice.setListSize(row.listSize());
                practice.setLatitude(row.latitude());
                practice.setLongitude(row.longitude());
                updated++;
            }
        }
        return new ImportResultResponse(created, updated);
    }

    private List<CreatePracticeRequest> check(List<CsvTable.Row> rows) {
        ImportErrors errors = new ImportErrors();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<CreatePracticeRequest> checked = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            CellParser cells = new CellParser(row, errors);
            CreatePracticeRequest request = new CreatePracticeRequest(row.get("code"), row.get("name"),
                    row.get("locality"), cells.integer("list_size"), cells.decimal("latitude"),
                    cells.decimal("longitude"));
            Integer earlier = firstRowOfCode.putIfAbsent(request.code(), row.number());
            if (earlier != null && !request.code().isEmpty()) {
                errors.add(row.number(), "code", "code " + request.code() + " already appears on row " + earlier);
            }
            errors.addViolations(row.number(), validator.validate(request), COLUMN_OF_PROPERTY);
            checked.add(request);
        }
        errors.throwIfAny("Practices");
        return checked;
    }
}
