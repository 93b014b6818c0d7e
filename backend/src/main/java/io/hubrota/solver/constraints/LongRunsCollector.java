package io.hubrota.solver.constraints;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import io.hubrota.solver.domain.ClinicianDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one clinician's working days into the runs of consecutive days longer than their limit. A bit per day
 * (indexed by epoch day) and a scan of the few weeks in between: on a 4-week rota this is several times cheaper per
 * move than Timefold's general {@code toConsecutiveSequences}, whose tree of sequences is rebuilt around every change
 * although nearly every run is within the limit.
 */
final class LongRunsCollector
        implements UniConstraintCollector<ClinicianDay, LongRunsCollector.Days, List<LongRunsCollector.Run>> {

    static final LongRunsCollector INSTANCE = new LongRunsCollector();

    /** A run of {@code days} consecutive working days from {@code firstDate} to {@code lastDate}. */
    record Run(LocalDate firstDate, LocalDate lastDate, int days) {
    }

    private LongRunsCollector() {
    }

    static final class Days {

        private final BitSet working = new BitSet();
        private int lowest = Integer.MAX_VALUE;
        private int limit;

        private Runnable add(ClinicianDay day) {
            int index = day.getDayIndex();
            limit = day.getClinician().rules().maxConsecutiveWorkingDays();
            lowest = Math.min(lowest, index);
            working.set(index);
            return () -> working.clear(index);
        }

        private List<Run> runsOverLimit() {
            List<Run> over = null;
            int start = working.nextSetBit(lowest);
            while (start >= 0) {
                int end = working.nextClearBit(start);
                if (end - start > limit) {
                    if (over == null) {
                        over = new ArrayList<>(2);
                    }
                    over.add(new Run(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end - 1L), end - start));
                }
                start = working.nextSetBit(end);
            }
            return over == null ? List.of() : over;
        }
    }

    @Override
    public Supplier<Days> supplier() {
        return Days::new;
    }

    @Override
    public BiFunction<Days, ClinicianDay, Runnable> accumulator() {
        return Days::add;
    }

    @Override
    public Function<Days, List<Run>> finisher() {
        return Days::runsOverLimit;
    }
}
