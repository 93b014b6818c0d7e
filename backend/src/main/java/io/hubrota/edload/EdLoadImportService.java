package io.hubrota.edload;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an ED arrivals extract all or nothing: the whole file is parsed and checked first, then written in one
 * transaction. Hours already stored for the site are replaced in place (an upsert on site and hour), so importing a
 * corrected extract twice never duplicates an hour.
 */
@Service
public class EdLoadImportService {

    private final EdArrivalRepository arrivals;

    private final EdImportBatchRepository batches;

    private final EdLoadCsvParser parser;

    private final Clock clock;

    @Autowired
    EdLoadImportService(EdArrivalRepository arrivals, EdImportBatchRepository batches, EdLoadProperties properties,
            @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this(arrivals, batches, new EdLoadCsvParser(ZoneId.of(timezone), properties.dailyProfile()),
                Clock.systemUTC());
    }

    EdLoadImportService(EdArrivalRepository arrivals, EdImportBatchRepository batches, EdLoadCsvParser parser,
            Clock clock) {
        this.arrivals = arrivals;
        this.batches = batches;
        this.parser = parser;
        this.clock = clock;
    }

    public record ImportResult(int imported, int replaced, Instant firstHour, Instant lastHour) {
    }

    /** Throws {@link io.hubrota.shared.web.UnprocessableException} listing every bad row; nothing is stored then. */
    @Transactional
    public ImportResult importCsv(String siteCode, String fileName, Reader csv, String importedBy) {
        EdLoadCsvParser.ParsedFile file = parser.parse(csv);
        List<HourlyArrivals> hours = file.hours();
        Instant first = hours.get(0).hourStart();
        Instant last = hours.get(hours.size() - 1).hourStart();
        EdImportBatch batch = batches.save(new EdImportBatch(siteCode, fileName, file.format(), importedBy,
                clock.instant(), first, last));
        int replaced = store(siteCode, hours, ArrivalSource.IMPORT, batch);
        batch.recordCounts(hours.size(), replaced);
        return new ImportResult(hours.size(), replaced, first, last);
    }

    /** Writes the hours for the site, replacing any already stored; returns how many were replaced. */
    public int store(String siteCode, List<HourlyArrivals> hours, ArrivalSource source, EdImportBatch batch) {
        // One range query rather than an IN list: a year of hours would pass the driver's parameter limit.
        Instant first = hours.get(0).hourStart();
        Instant afterLast = hours.get(hours.size() - 1).hourStart().plusSeconds(3600);
        Map<Instant, EdArrival> existing = arrivals
            .findBySiteCodeAndHourStartGreaterThanEqualAndHourStartLessThanOrderByHourStartAsc(siteCode, first,
                    afterLast)
            .stream()
            .collect(Collectors.toMap(EdArrival::getHourStart, Function.identity()));
        List<EdArrival> fresh = new ArrayList<>();
        int replaced = 0;
        for (HourlyArrivals hour : hours) {
            EdArrival stored = existing.get(hour.hourStart());
            if (stored != null) {
                stored.replaceWith(hour, source, batch);
                replaced++;
            } else {
                fresh.add(new EdArrival(siteCode, hour, source, batch));
            }
        }
        arrivals.saveAll(fresh);
        arrivals.flush();
        return replaced;
    }
}
