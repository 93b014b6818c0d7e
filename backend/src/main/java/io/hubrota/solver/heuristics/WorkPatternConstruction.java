package io.hubrota.solver.heuristics;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.hubrota.solver.constraints.WorkPatternConstraints;
import io.hubrota.solver.domain.Clinician;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.ShiftRequest;
import io.hubrota.solver.domain.WorkPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A greedy construction for rotas with {@link WorkPattern}s (the Curtois–Qu benchmark): date by date, each post's
 * minimum is filled from the clinicians who can still take it without breaking a pattern limit that the roster so far
 * already decides (shifts of the type, maximum total, forbidden succession, maximum run, minimum days off, weekends,
 * a new run long enough to reach the minimum before a day off). Among them, whoever is in a run still below the
 * minimum goes first, then whoever needs the most minutes per remaining available date to reach MinTotalMinutes, then
 * shift requests. A clinician in a run below the minimum whom no post needed keeps working (over cover).
 *
 * <p>The score-guided construction heuristic cannot plan for MinTotalMinutes: every shift lowers the shortfall, so it
 * loads the first dates and leaves the last ones short. Clinicians without a pattern are left unassigned.
 */
public class WorkPatternConstruction implements PhaseCommand<RotaSolution> {

    private static final long MUST_CONTINUE = 1_000_000_000L;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaSolution solution = scoreDirector.getWorkingSolution();
        Map<Clinician, List<ClinicianDay>> rows = new LinkedHashMap<>();
        for (ClinicianDay day : solution.getClinicianDays()) {
            rows.computeIfAbsent(day.getClinician(), clinician -> new ArrayList<>()).add(day);
        }
        rows.values().forEach(row -> row.sort(Comparator.comparing(ClinicianDay::getDate)));
        Map<String, Integer> requestWeights = new HashMap<>();
        for (ShiftRequest request : solution.getShiftRequests()) {
            requestWeights.merge(request.clinician().id() + "@" + request.shift().id(),
                    request.wanted() ? request.weight() : -request.weight(), Integer::sum);
        }
        List<State> states = new ArrayList<>();
        for (WorkPattern pattern : solution.getWorkPatterns()) {
            List<ClinicianDay> row = rows.get(pattern.clinician());
            if (row != null) {
                states.add(new State(pattern, row));
            }
        }
        int days = states.stream().mapToInt(state -> state.row.size()).max().orElse(0);
        for (int index = 0; index < days && !isPhaseTerminated.getAsBoolean(); index++) {
            Set<Post> posts = new LinkedHashSet<>();
            for (State state : states) {
                if (index < state.row.size()) {
                    state.row.get(index).getPossiblePosts().stream().filter(post -> post.min() > 0).forEach(posts::add);
                }
            }
            Map<State, Post> chosen = new HashMap<>();
            for (Post post : posts) {
                for (int filled = 0; filled < post.min(); filled++) {
                    State best = null;
                    long bestPriority = Long.MIN_VALUE;
                    for (State state : states) {
                        if (chosen.containsKey(state) || !state.canWork(index, post)) {
                            continue;
                        }
                        long priority = state.priority(index, post, requestWeights);
                        if (priority > bestPriority) {
                            best = state;
                            bestPriority = priority;
                        }
                    }
                    if (best == null) {
                        break;
                    }
                    chosen.put(best, post);
                }
            }
            for (State state : states) {
                if (!chosen.containsKey(state) && index < state.row.size()
                        && (state.mustContinue() || state.behindMinimum(index))) {
                    int day = index;
                    state.row.get(day).getPossiblePosts().stream()
                            .filter(post -> state.canWork(day, post))
                            .max(Comparator.comparingInt((Post post) -> state.sameTypeAsYesterday(post) ? 1 : 0))
                            .ifPresent(post -> chosen.put(state, post));
                }
            }
            for (State state : states) {
                if (index >= state.row.size()) {
                    continue;
                }
                ClinicianDay day = state.row.get(index);
                Post post = chosen.get(state);
                scoreDirector.beforeVariableChanged(day, "post");
                day.setPost(post);
                scoreDirector.afterVariableChanged(day, "post");
                state.record(index, post);
            }
            scoreDirector.triggerVariableListeners();
        }
    }

    /** One clinician's roster so far. */
    private static final class State {

        final WorkPattern pattern;
        final List<ClinicianDay> row;
        final Map<String, Integer> shiftsByType = new HashMap<>();
        final Set<Integer> weekends = new HashSet<>();
        final int maxRun;
        long minutes;
        int run;
        int daysOff;
        boolean offSinceStart = true;
        Post yesterday;

        State(WorkPattern pattern, List<ClinicianDay> row) {
            this.pattern = pattern;
            this.row = row;
            this.maxRun = pattern.clinician().rules() == null ? 0
                    : pattern.clinician().rules().maxConsecutiveWorkingDays();
        }

        boolean mustContinue() {
            Integer min = pattern.minConsecutiveWorkingDays();
            return run > 0 && min != null && run < min;
        }

        boolean sameTypeAsYesterday(Post post) {
            return yesterday != null
                    && pattern.shiftTypeOf(yesterday.shift()).equals(pattern.shiftTypeOf(post.shift()));
        }

        boolean canWork(int index, Post post) {
            ClinicianDay day = row.get(index);
            if (day.getPossiblePosts().indexOf(post) < 0) {
                return false;
            }
            String type = pattern.shiftTypeOf(post.shift());
            Integer maxOfType = pattern.maxShiftsOf(type);
            if (maxOfType != null && shiftsByType.getOrDefault(type, 0) >= maxOfType) {
                return false;
            }
            if (pattern.maxTotalMinutes() != null
                    && minutes + post.shift().minutes() > pattern.maxTotalMinutes()) {
                return false;
            }
            if (yesterday != null && pattern.forbidsSuccession(yesterday.shift(), post.shift())) {
                return false;
            }
            if (maxRun > 0 && run >= maxRun) {
                return false;
            }
            if (run == 0 && !offSinceStart && pattern.minConsecutiveDaysOff() != null
                    && daysOff < pattern.minConsecutiveDaysOff()) {
                return false;
            }
            if (weekendFull(day)) {
                return false;
            }
            // A new run must be able to reach the minimum length before a fixed day off (or the horizon's end).
            if (run == 0 && pattern.minConsecutiveWorkingDays() != null) {
                for (int next = index + 1; next < Math.min(row.size(), index + pattern.minConsecutiveWorkingDays());
                        next++) {
                    if (row.get(next).getPossiblePosts().isEmpty() || weekendFull(row.get(next))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Whether working this date takes a new weekend beyond the maximum. */
        private boolean weekendFull(ClinicianDay day) {
            int weekend = WorkPatternConstraints.weekendOf(day);
            return weekend >= 0 && pattern.maxWeekends() != null && !weekends.contains(weekend)
                    && weekends.size() >= pattern.maxWeekends();
        }

        private long shortfall() {
            return pattern.minTotalMinutes() == null ? 0 : pattern.minTotalMinutes() - minutes;
        }

        private long availableDays(int index) {
            long availableDays = 0;
            for (int next = index; next < row.size(); next++) {
                if (!row.get(next).getPossiblePosts().isEmpty()) {
                    availableDays++;
                }
            }
            return availableDays;
        }

        /**
         * Whether the minutes still missing come close to what the remaining available dates can give at the longest
         * shift, working at most a maximum run between minimum breaks.
         */
        boolean behindMinimum(int index) {
            long shortfall = shortfall();
            if (shortfall <= 0) {
                return false;
            }
            long longest = row.get(index).getPossiblePosts().stream()
                    .mapToLong(post -> post.shift().minutes()).max().orElse(0);
            int breakDays = pattern.minConsecutiveDaysOff() == null ? 1 : pattern.minConsecutiveDaysOff();
            double workShare = maxRun > 0 ? (double) maxRun / (maxRun + breakDays) : 1.0;
            return shortfall >= 0.75 * availableDays(index) * longest * workShare;
        }

        long priority(int index, Post post, Map<String, Integer> requestWeights) {
            long priority = mustContinue() || behindMinimum(index) ? MUST_CONTINUE : 0;
            long shortfall = shortfall();
            long availableDays = availableDays(index);
            // Minutes still needed per available date, in hundredths of a minute.
            priority += shortfall * 100 / Math.max(1, availableDays) * 100;
            priority += 100L * requestWeights.getOrDefault(pattern.clinician().id() + "@" + post.shift().id(), 0);
            return priority;
        }

        void record(int index, Post post) {
            if (post == null) {
                if (run > 0) {
                    offSinceStart = false;
                    daysOff = 0;
                }
                run = 0;
                daysOff++;
            } else {
                run++;
                minutes += post.shift().minutes();
                shiftsByType.merge(pattern.shiftTypeOf(post.shift()), 1, Integer::sum);
                int weekend = WorkPatternConstraints.weekendOf(row.get(index));
                if (weekend >= 0) {
                    weekends.add(weekend);
                }
            }
            yesterday = post;
        }
    }
}
