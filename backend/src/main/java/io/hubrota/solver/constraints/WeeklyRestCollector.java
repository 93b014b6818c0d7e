package io.hubrota.solver.constraints;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.RestWindow;
import io.hubrota.solver.domain.TimeSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one clinician's days into the weekly-rest windows they fall short in. One group per clinician rather than
 * per clinician and window: a move then updates one group, which re-checks only the windows the moved day touches
 * (about eight) instead of sending each of them through the stream. The commitments inside a window, which never
 * change, are looked up once.
 */
final class WeeklyRestCollector
        implements UniConstraintCollector<ClinicianDay, WeeklyRestCollector.Windows, List<WeeklyRestWindows.Shortfall>> {

    static final WeeklyRestCollector INSTANCE = new WeeklyRestCollector();

    private WeeklyRestCollector() {
    }

    /** One window's state: the hub shifts overlapping it and its shortfall as last computed (null: recompute). */
    private static final class Window {

        private final RestWindow window;
        private final List<TimeSpan> commitments;
        private final List<TimeSpan> shifts = new ArrayList<>(4);
        /** Days of the clinician that can work in this window; the window goes when the last one does. */
        private int days;
        private WeeklyRestWindows.Shortfall shortfall;
        /** Whether this window is counted in {@link Windows#violated}. */
        private boolean violated;

        private Window(Clinician clinician, RestWindow window) {
            this.window = window;
            this.commitments = WeeklyRestWindows.commitmentsIn(clinician, window);
        }
    }

    /** The group's state: every window the clinician's days fall in. */
    static final class Windows {

        private final Map<RestWindow, Window> byWindow = new HashMap<>();
        /** Windows changed since the last result; short, so a list beats a set. */
        private final List<Window> changed = new ArrayList<>();
        /** Windows short of rest as last computed: when none (nearly always), no window needs to be looked at. */
        private int violated;
        private Clinician clinician;

        private Runnable add(ClinicianDay day) {
            clinician = day.getClinician();
            TimeSpan span = day.getShift() == null ? null : day.getShift().span();
            List<RestWindow> restWindows = day.getRestWindows();
            Window[] touched = new Window[restWindows.size()];
            for (int index = 0; index < touched.length; index++) {
                RestWindow restWindow = restWindows.get(index);
                Window window = byWindow.computeIfAbsent(restWindow, key -> new Window(day.getClinician(), key));
                window.days++;
                touched[index] = window;
                if (span != null && span.overlaps(restWindow.span())) {
                    window.shifts.add(span);
                    markChanged(window);
                } else if (window.days == 1) {
                    markChanged(window);
                }
            }
            return () -> remove(touched, span);
        }

        private void remove(Window[] touched, TimeSpan span) {
            for (Window window : touched) {
                window.days--;
                if (span != null && window.shifts.remove(span)) {
                    markChanged(window);
                }
                if (window.days == 0) {
                    byWindow.remove(window.window);
                    changed.remove(window);
                    if (window.violated) {
                        violated--;
                    }
                }
            }
        }

        private void markChanged(Window window) {
            if (window.shortfall != null) {
                window.shortfall = null;
                changed.add(window);
            } else if (!changed.contains(window)) {
                changed.add(window);
            }
        }

        private List<WeeklyRestWindows.Shortfall> shortfalls() {
            for (Window window : changed) {
                window.shortfall = WeeklyRestWindows.shortfall(clinician, window.window, window.commitments,
                        window.shifts);
                boolean isShort = window.shortfall.minutesShort() > 0;
                if (isShort != window.violated) {
                    window.violated = isShort;
                    violated += isShort ? 1 : -1;
                }
            }
            changed.clear();
            if (violated == 0) {
                return List.of();
            }
            List<WeeklyRestWindows.Shortfall> shortfalls = new ArrayList<>(violated);
            for (Window window : byWindow.values()) {
                if (window.violated) {
                    shortfalls.add(window.shortfall);
                }
            }
            return shortfalls;
        }
    }

    @Override
    public Supplier<Windows> supplier() {
        return Windows::new;
    }

    @Override
    public BiFunction<Windows, ClinicianDay, Runnable> accumulator() {
        return Windows::add;
    }

    @Override
    public Function<Windows, List<WeeklyRestWindows.Shortfall>> finisher() {
        return Windows::shortfalls;
    }
}
