package io.hubrota.admin;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.ClinicianRepository;
import io.hubrota.practices.Practice;
import io.hubrota.practices.PracticeRepository;
import io.hubrota.shared.Role;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports clinicians from CSV, all or nothing: every row is checked (role, practice, numbers, duplicate codes, time
 * ranges, commitments within the baseline) before anything is stored. Known codes are updated, new codes created.
 */
@Service
class ClinicianImportService {

    static final List<String> COLUMNS = List.of("code", "name", "role", "skills", "practice_code",
            "baseline_weekly_hours", "max_travel_minutes", "commitments");

    /** An absent e-mail column leaves known clinicians' addresses as they are; an empty cell removes one. */
    static final String EMAIL = "email";

    private static final BigDecimal MAX_BASELINE_HOURS = BigDecimal
            .valueOf(ClinicianLimits.MAX_BASELINE_WEEKLY_MINUTES / 60);

    private static final Map<String, String> COLUMN_OF_PROPERTY = Map.of("code", "code", "name", "name", "role",
            "role", "skills", "skills", "practiceId", "practice_code", "baselineWeeklyMinutes",
            "baseline_weekly_hours", "maxTravelMinutes", "max_travel_minutes", "commitments", "commitments", "email",
            EMAIL);

    private final ClinicianRepository clinicians;
    private final PracticeRepository practices;
    private final ClinicianAdminService admin;
    private final Validator validator;

    ClinicianImportService(ClinicianRepository clinicians, PracticeRepository practices,
            ClinicianAdminService admin, Validator validator) {
        this.clinicians = clinicians;
        this.practices = practices;
        this.admin = admin;
        this.validator = validator;
    }

    @Transactional
    ImportResultResponse importCsv(MultipartFile file) {
        Map<String, Practice> practicesByCode = new HashMap<>();
        List<CsvTable.Row> rows = CsvTable.read(file, COLUMNS, List.of(EMAIL));
        boolean emailColumn = rows.stream().anyMatch(row -> row.values().containsKey(EMAIL));
        List<CreateClinicianRequest> checked = check(rows, practicesByCode);
        Map<Long, Practice> practicesById = practicesByCode.values().stream()
                .collect(Collectors.toMap(Practice::getId, Function.identity(), (a, b) -> a));
        Map<String, Clinician> existing = clinicians
                .findByCodeIn(checked.stream().map(CreateClinicianRequest::code).toList()).stream()
                .collect(Collectors.toMap(Clinician::getCode, Function.identity()));
        int created = 0;
        int updated = 0;
        for (CreateClinicianRequest row : checked) {
            Practice practice = practicesById.get(row.practiceId());
            Clinician clinician = existing.get(row.code());
            if (clinician == null) {
                admin.create(row, practice);
                created++;
            } else {
                admin.overwrite(clinician, emailColumn ? row : row.withEmail(clinician.getEmail()), practice);
                updated++;
            }
        }
        return new ImportResultResponse(created, updated);
    }

    private List<CreateClinicianRequest> check(List<CsvTable.Row> rows, Map<String, Practice> practicesByCode) {
        ImportErrors errors = new ImportErrors();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<CreateClinicianRequest> checked = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            int number = row.number();
            CellParser cells = new CellParser(row, errors);
            String code = row.get("code");
            Integer earlier = firstRowOfCode.putIfAbsent(code, number);
            if (earlier != null && !code.isEmpty()) {
                errors.add(number, "code", "code " + code + " already appears on row " + earlier);
            }
            Role role = role(row, errors);
            Practice practice = practice(row, errors, practicesByCode);
            Integer baselineMinutes = baselineMinutes(cells.bigDecimal("baseline_weekly_hours"), number, errors);
            Integer maxTravel = cells.integer("max_travel_minutes");
            CommitmentsCell.Parsed commitments = CommitmentsCell.parse(row.get("commitments"));
            commitments.problem().ifPresent(problem -> errors.add(number, "commitments", problem));
            List<String> skills = Arrays.stream(row.get("skills").split(";")).map(String::strip)
                    .filter(skill -> !skill.isEmpty()).toList();

            CreateClinicianRequest request = new CreateClinicianRequest(code, row.get("name"), role,
                    Skills.normalise(skills), practice == null ? null : practice.getId(), baselineMinutes, maxTravel,
                    commitments.sessions(), row.get(EMAIL).isEmpty() ? null : row.get(EMAIL));
            errors.addViolations(number, validator.validate(request), COLUMN_OF_PROPERTY);
            if (baselineMinutes != null && !errors.has(number, "commitments")) {
                CommitmentHours.problem(baselineMinutes, commitments.sessions())
                        .ifPresent(problem -> errors.add(number, "commitments", problem));
            }
            checked.add(request);
        }
        errors.throwIfAny("Clinicians");
        return checked;
    }

    private static Role role(CsvTable.Row row, ImportErrors errors) {
        String cell = row.get("role");
        if (cell.isEmpty()) {
            return null;
        }
        String name = cell.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Optional<Role> role = Arrays.stream(Role.values())
                .filter(candidate -> candidate.name().equals(name) || candidate.label().equalsIgnoreCase(cell))
                .findFirst();
        if (role.isEmpty()) {
            errors.add(row.number(), "role", "unknown role '" + cell + "'; one of "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
        }
        return role.orElse(null);
    }

    private Practice practice(CsvTable.Row row, ImportErrors errors, Map<String, Practice> practicesByCode) {
        String code = row.get("practice_code");
        if (code.isEmpty()) {
            return null;
        }
        Practice practice = practicesByCode.computeIfAbsent(code, known -> practices.findByCode(known).orElse(null));
        if (practice == null) {
            errors.add(row.number(), "practice_code", "unknown practice '" + code + "'");
        }
        return practice;
    }

    /** Hours as people write them (37.5), stored as whole minutes. */
    private static Integer baselineMinutes(BigDecimal hours, int row, ImportErrors errors) {
        if (hours == null) {
            return null;
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_BASELINE_HOURS) > 0) {
            errors.add(row, "baseline_weekly_hours", "must be more than 0 and at most " + MAX_BASELINE_HOURS
                    + " hours");
            return null;
        }
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
