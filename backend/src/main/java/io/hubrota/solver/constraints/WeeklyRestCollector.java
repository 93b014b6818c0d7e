package io.hubrota.solver.constraints;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RestWindow;
import io.hubrota.solver.domain.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one clinician's hub shifts in one weekly-rest window straight into the window's shortfall. Cheaper than
 * {@code toList} followed by a map: no list copy per move, only shifts are kept (days off add nothing), and the
 * commitments inside the window, which never change, are looked up once per group.
 */
final class WeeklyRestCollector
        implements BiConstraintCollector<ClinicianDay, RestWindow, WeeklyRestCollector.Window, WeeklyRestWindows.Shortfall> {

    static final WeeklyRestCollector INSTANCE = new WeeklyRestCollector();

    private WeeklyRestCollector() {
    }

    /** The group's state: who and which window (same for every member), and the shifts that overlap it. */
    static final class Window {

        private Clinician clinician;
        private RestWindow window;
        private List<TimeSpan> commitments;
        private final List<TimeSpan> shifts = new ArrayList<>(4);

        private Runnable add(ClinicianDay day, RestWindow restWindow) {
            if (clinician == null) {
                clinician = day.getClinician();
                window = restWindow;
                commitments = WeeklyRestWindows.commitmentsIn(clinician, restWindow);
            }
            if (day.getShift() == null || !day.getShift().span().overlaps(restWindow.span())) {
                return () -> {
                };
            }
            TimeSpan span = day.getShift().span();
            shifts.add(span);
            return () -> shifts.remove(span);
        }

        private WeeklyRestWindows.Shortfall shortfall() {
            return WeeklyRestWindows.shortfall(clinician, window, commitments, shifts);
        }
    }

    @Override
    public Supplier<Window> supplier() {
        return Window::new;
    }

    @Override
    public TriFunction<Window, ClinicianDay, RestWindow, Runnable> accumulator() {
        return Window::add;
    }

    @Override
    public Function<Window, WeeklyRestWindows.Shortfall> finisher() {
        return Window::shortfall;
    }
}
