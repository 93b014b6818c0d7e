package io.hubrota.edload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the demo on ({@code hubrota.demo.load=true}) and no ED arrivals stored for the default site, generates the 26
 * weeks up to the demo start (next Monday, where the demo rota begins), so the forecast and the out-of-hours screens
 * have history to work from. The series does not depend on the demo economy, so it needs nothing else loaded first.
 */
@Component
@Order(100)
class EdLoadDemoLoader implements ApplicationRunner {

    static final int WEEKS = 26;

    private static final Logger log = LoggerFactory.getLogger(EdLoadDemoLoader.class);

    private final EdArrivalRepository arrivals;

    private final EdLoadImportService importer;

    private final EdLoadProperties properties;

    private final TransactionTemplate transaction;

    private final boolean enabled;

    private final long seed;

    private final ZoneId zone;

    EdLoadDemoLoader(EdArrivalRepository arrivals, EdLoadImportService importer, EdLoadProperties properties,
            PlatformTransactionManager transactionManager, @Value("${hubrota.demo.load:false}") boolean enabled,
            @Value("${hubrota.demo.seed:17}") long seed, @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.arrivals = arrivals;
        this.importer = importer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
        this.seed = seed;
        this.zone = ZoneId.of(timezone);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String site = properties.defaultSite();
        if (arrivals.countBySiteCode(site) > 0) {
            log.info("Demo ED arrivals not generated: {} already has arrivals", site);
            return;
        }
        LocalDate demoStart = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int stored = load(site, demoStart);
        log.info("Generated {} hours of demo ED arrivals for {} ({} weeks before {})", stored, site, WEEKS, demoStart);
    }

    int load(String site, LocalDate demoStart) {
        List<HourlyArrivals> hours = EdLoadDemoGenerator.generate(seed, demoStart.minusWeeks(WEEKS), demoStart, zone,
                properties.gpTreatableShare());
        transaction.executeWithoutResult(status -> importer.store(site, hours, ArrivalSource.GENERATED, null));
        return hours.size();
    }
}
