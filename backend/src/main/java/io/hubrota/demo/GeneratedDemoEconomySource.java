package io.hubrota.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The demo economy the app loads into an empty database: generated for the weeks starting next Monday. */
@Component
class GeneratedDemoEconomySource implements DemoEconomySource {

    private final String size;
    private final long seed;
    private final ZoneId zone;

    GeneratedDemoEconomySource(@Value("${hubrota.demo.size:M}") String size,
            @Value("${hubrota.demo.seed:17}") long seed, @Value("${hubrota.timezone:Europe/London}") String timezone) {
        this.size = size;
        this.seed = seed;
        this.zone = ZoneId.of(timezone);
    }

    @Override
    public DemoEconomy economy() {
        LocalDate nextMonday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return DemoEconomyGenerator.generate(size, seed, nextMonday);
    }
}
