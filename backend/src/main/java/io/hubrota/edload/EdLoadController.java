package io.hubrota.edload;

import io.hubrota.shared.web.RowError;
import io.hubrota.shared.web.UnprocessableException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The emergency hospital's load: series, imports, forecast and the out-of-hours comparison with hub capacity. */
@RestController
@RequestMapping("/api/ed-load")
class EdLoadController {

    /** A request covers at most about a year of hours, so one call cannot ask for millions of rows. */
    static final long MAX_DAYS = 366;

    private static final String SITE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

    private final EdLoadService series;

    private final EdLoadImportService importer;

    private final OohVsCapacityService comparison;

    private final OutOfHours outOfHours;

    private final EdLoadProperties properties;

    EdLoadController(EdLoadService series, EdLoadImportService importer, OohVsCapacityService comparison,
            OutOfHours outOfHours, EdLoadProperties properties) {
        this.series = series;
        this.importer = importer;
        this.comparison = comparison;
        this.outOfHours = outOfHours;
        this.properties = properties;
    }

    record SeriesHourResponse(OffsetDateTime hourStart, int arrivals, Integer gpTreatable, ArrivalSource source) {
    }

    record SeriesResponse(String site, LocalDate from, LocalDate to, List<SeriesHourResponse> hours) {
    }

    record ImportResponse(int imported, int replaced, OffsetDateTime firstHour, OffsetDateTime lastHour) {
    }

    record ForecastHourResponse(OffsetDateTime hourStart, double expectedArrivals, double expectedGpTreatable,
            boolean outOfHours) {
    }

    record ForecastResponse(String site, LocalDate from, LocalDate to, String method, LocalDate trainingFrom,
            LocalDate trainingTo, int trainingWeeksWithData, double trendPerWeek, List<ForecastHourResponse> hours) {
    }

    record OohVsCapacityResponse(String site, LocalDate from, LocalDate to,
            List<OohVsCapacityService.HourOfWeekLoad> hoursOfWeek, OohVsCapacityService.Diversion diversion) {
    }

    @GetMapping("/series")
    SeriesResponse series(@RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = SITE_PATTERN) String site) {
        String siteCode = site(site);
        checkRange(from, to);
        List<SeriesHourResponse> hours = series.series(siteCode, from, to).stream()
            .map(hour -> new SeriesHourResponse(local(hour.getHourStart()), hour.getArrivals(), hour.getGpTreatable(),
                    hour.getSource()))
            .toList();
        return new SeriesResponse(siteCode, from, to, hours);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResponse importCsv(@RequestPart("file") @NotNull MultipartFile file,
            @RequestParam(required = false) @Pattern(regexp = SITE_PATTERN) String site, Principal principal)
            throws IOException {
        String siteCode = site(site);
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            EdLoadImportService.ImportResult result = importer.importCsv(siteCode, file.getOriginalFilename(), reader,
                    principal == null ? null : principal.getName());
            return new ImportResponse(result.imported(), result.replaced(), local(result.firstHour()),
                    local(result.lastHour()));
        }
    }

    @GetMapping("/forecast")
    ForecastResponse forecast(@RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = SITE_PATTERN) String site) {
        String siteCode = site(site);
        checkRange(from, to);
        EdLoadForecaster.Forecast forecast = series.forecast(siteCode, from, to);
        List<ForecastHourResponse> hours = forecast.hours().stream()
            .map(hour -> new ForecastHourResponse(local(hour.hourStart()), round(hour.expectedArrivals()),
                    round(hour.expectedGpTreatable()), outOfHours.isOutOfHours(hour.localStart())))
            .toList();
        String method = "Average of the " + properties.forecastWeeks() + " weeks before " + forecast.trainingEnd()
                + " for each hour of the week, plus a least-squares linear trend over those weeks' totals";
        return new ForecastResponse(siteCode, from, to, method, forecast.trainingFirst(),
                forecast.trainingEnd().minusDays(1), forecast.weeksWithData(), round(forecast.trendPerWeek()), hours);
    }

    @GetMapping("/ooh-vs-capacity")
    OohVsCapacityResponse oohVsCapacity(
            @RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = SITE_PATTERN) String site) {
        String siteCode = site(site);
        checkRange(from, to);
        OohVsCapacityService.Comparison result = comparison.compare(siteCode, from, to);
        return new OohVsCapacityResponse(siteCode, from, to, result.hours(), result.diversion());
    }

    /**
     * Row-level import errors answered here as well as by the global handler, so the import contract (422 with
     * {@code errors: [{row, field, message}]}) holds whatever advice is installed.
     */
    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                exception.getMessage());
        problem.setTitle("Unprocessable content");
        List<RowError> errors = exception.getErrors();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(InvalidRangeException.class)
    ResponseEntity<ProblemDetail> invalidRange(InvalidRangeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setProperty("errors", List.of(new FieldError(exception.field, exception.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record FieldError(String field, String message) {
    }

    static final class InvalidRangeException extends RuntimeException {

        private final String field;

        InvalidRangeException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private String site(String site) {
        return site == null || site.isBlank() ? properties.defaultSite() : site;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRangeException("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRangeException("to", "the range may span at most " + MAX_DAYS + " days");
        }
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(series.zone()).toOffsetDateTime();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
