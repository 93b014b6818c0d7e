package io.hubrota.solver.heuristics;

import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.WorkPattern;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheapest line of work for one clinician with a {@link WorkPattern} while everybody else's days stay as they
 * are: dynamic programming over the clinician's dates. A state after a date is what the work-pattern limits still
 * need to know (the kind and length of the current run, whether it began on the horizon's first date, minutes so
 * far, weekends worked, shifts of each capped type while its cap can still be reached); every line it returns keeps
 * all of those limits, the maximum run of {@link io.hubrota.solver.domain.WorkingTimeRules} included. The cost of a
 * date's choice comes from {@link LineCosts}.
 *
 * <p>Nurse-rostering column generation prices one nurse's line in the same way. As a local-search move it changes
 * up to a whole horizon at once, so it can move someone's work from one weekend to another, which single changes and
 * block moves only reach by passing through broken limits.
 */
final class BestLinePlanner {

    /** A larger state space is not searched: the planner returns no line rather than stall a solver step. */
    static final int MAX_STATES_PER_DATE = 200_000;

    private static final int NONE = -1;
    private static final int OFF = 0;

    /** A line: the post (or null for a day off) of each of the row's days, and its cost. */
    record Line(List<Post> posts, long cost) {
    }

    private final List<ClinicianDay> row;
    private final Limits limits;
    private final RunGraph runGraph;

    private BestLinePlanner(List<ClinicianDay> row, Limits limits) {
        this.row = row;
        this.limits = limits;
        this.runGraph = RunGraph.of(limits, row);
    }

    /**
     * A planner for one row, or null when the row does not span the pattern's horizon date by date (or has practice
     * commitments) or its states would not fit the keys. What does not depend on costs (the limits and the graph of
     * run states) is built here once, so that a caller re-planning the same row many times keeps it.
     *
     * @param row the clinician's days in date order; their possible posts and pins must not change afterwards
     */
    static BestLinePlanner forRow(List<ClinicianDay> row, WorkPattern pattern) {
        if (!spansHorizon(row, pattern)) {
            return null;
        }
        Limits limits = Limits.of(pattern, row);
        return limits.keysFit(row.size()) ? new BestLinePlanner(row, limits) : null;
    }

    /**
     * The cheapest line for a row that keeps every limit, or null when none does, when the row cannot be planned
     * ({@link #forRow}), or when the state space is too large.
     *
     * @param row the clinician's days in date order
     * @param optionCosts for each day of the row, the cost of each of its options: index 0 is a day off, index
     *        {@code k + 1} the {@code k}-th possible post
     */
    static Line plan(List<ClinicianDay> row, WorkPattern pattern, long[][] optionCosts) {
        BestLinePlanner planner = forRow(row, pattern);
        return planner == null ? null : planner.plan(optionCosts);
    }

    /** The cheapest line that keeps every limit at these option costs (see {@link #plan(List, WorkPattern, long[][])}). */
    Line plan(long[][] optionCosts) {
        CostToGo costToGo = runGraph.costToGo(optionCosts);
        long current = currentLineCost(row, optionCosts);
        Line line = plan(row, limits, optionCosts, costToGo, current);
        // The current line may break a limit (an empty roster's), so a bound from it may have cut every line.
        return line != null || current == Long.MAX_VALUE
                ? line
                : plan(row, limits, optionCosts, costToGo, Long.MAX_VALUE);
    }

    /**
     * As {@link #plan(long[][])}, with the cost of a line known to keep every limit as the bound instead of the
     * current line's: a caller that keeps its own lines apart from the solution's prunes as tightly.
     */
    Line plan(long[][] optionCosts, long knownLineCost) {
        CostToGo costToGo = runGraph.costToGo(optionCosts);
        Line line = plan(row, limits, optionCosts, costToGo, knownLineCost);
        return line != null ? line : plan(row, limits, optionCosts, costToGo, Long.MAX_VALUE);
    }

    /**
     * Whether the line of these options (0 a day off, {@code k + 1} the day's {@code k}-th possible post) keeps every
     * limit: the programme at costs that make any other line dearer, bounded at zero, so it follows that line alone.
     */
    boolean keepsLimits(int[] options) {
        long[][] costs = new long[row.size()][];
        for (int index = 0; index < costs.length; index++) {
            costs[index] = new long[row.get(index).getPossiblePosts().size() + 1];
            Arrays.fill(costs[index], 1);
            costs[index][options[index]] = 0;
        }
        return plan(row, limits, costs, runGraph.costToGo(costs), 0) != null;
    }

    /**
     * The forward programme. A state is dropped when even the relaxed {@link CostToGo} of its rest would make its line
     * dearer than {@code bound} (the current line's cost), so the states a better line cannot pass through are never
     * expanded; equal cost stays, so the current line itself is always found when it keeps the limits.
     */
    private static Line plan(List<ClinicianDay> row, Limits limits, long[][] optionCosts, CostToGo costToGo,
            long bound) {
        LabelTable labels = new LabelTable(1);
        Label start = new Label(NONE, 0, false, false, 0, 0, new int[limits.cappedTypes.size()], 0, null, 0);
        labels.keepCheaper(limits.key(start), start);
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            LabelTable next = new LabelTable(labels.size() * 4);
            int after = index + 1;
            SuccessorConsumer keep = (option, successor) -> {
                long rest = costToGo.of(after, successor);
                if (rest < CostToGo.UNREACHABLE && successor.cost + rest <= bound) {
                    next.keepCheaper(limits.key(successor), successor);
                }
            };
            for (int at = 0; at < labels.size(); at++) {
                forEachSuccessor(limits, labels.get(at), day, index, optionCosts[index], keep);
            }
            if (next.size() > MAX_STATES_PER_DATE) {
                return null;
            }
            labels = next;
        }
        Label best = null;
        for (int at = 0; at < labels.size(); at++) {
            Label label = labels.get(at);
            if (limits.endsWithinLimits(label) && (best == null || label.cost < best.cost)) {
                best = label;
            }
        }
        return best == null ? null : best.toLine(row);
    }

    /** What the row's current posts cost, or Long.MAX_VALUE when a post is not among its day's options. */
    private static long currentLineCost(List<ClinicianDay> row, long[][] optionCosts) {
        long cost = 0;
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            int option = day.getPost() == null ? 0 : day.getPossiblePosts().indexOf(day.getPost()) + 1;
            if (day.getPost() != null && option == 0) {
                return Long.MAX_VALUE;
            }
            cost += optionCosts[index][option];
        }
        return cost;
    }

    private static boolean spansHorizon(List<ClinicianDay> row, WorkPattern pattern) {
        if (row.isEmpty() || row.get(0).getDayIndex() != pattern.firstDayIndex()
                || row.get(row.size() - 1).getDayIndex() != pattern.lastDayIndex()) {
            return false;
        }
        for (int index = 0; index < row.size(); index++) {
            ClinicianDay day = row.get(index);
            // Practice commitments make a day working whatever its post: not modelled here.
            if (day.getDayIndex() != pattern.firstDayIndex() + index || day.getCommitments() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The state after a date, with the cost so far and the way back. {@code last} is {@link #NONE} before the first
     * date, {@link #OFF} after a day off, otherwise the worked shift type's index plus one.
     */
    record Label(int last, int run, boolean runFromFirstDate, boolean weekendWorked, int weekends,
            int minutes, int[] typeCounts, long cost, Label previous, int option) {

        Line toLine(List<ClinicianDay> row) {
            Post[] posts = new Post[row.size()];
            Label label = this;
            for (int index = row.size() - 1; index >= 0; index--) {
                posts[index] = label.option == 0 ? null : row.get(index).getPossiblePosts().get(label.option - 1);
                label = label.previous;
            }
            return new Line(Collections.unmodifiableList(Arrays.asList(posts)), cost);
        }
    }

    /**
     * The labels of one date by state key, the cheaper kept when two share a key (the first on a tie), in the order
     * their keys first came. Open addressing on primitive keys: a {@code HashMap<Long, Label>} spent about a fifth of
     * the planner's time boxing, hashing and resizing (Curtois Instance8, 60 s, profiled 2026-12-05).
     */
    static final class LabelTable {

        private long[] keys;
        /** Per slot: the label's position in {@link #labels} plus one, or 0 for an empty slot. */
        private int[] positions;
        private Label[] labels;
        private int size;
        private int shift;

        LabelTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            allocate(capacity);
            labels = new Label[Math.max(8, expected)];
        }

        int size() {
            return size;
        }

        Label get(int at) {
            return labels[at];
        }

        void keepCheaper(long key, Label label) {
            int mask = keys.length - 1;
            for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
                int position = positions[slot];
                if (position == 0) {
                    if (size == labels.length) {
                        labels = Arrays.copyOf(labels, size * 2);
                    }
                    labels[size++] = label;
                    keys[slot] = key;
                    positions[slot] = size;
                    if (size * 2 > keys.length) {
                        rehash(keys.length * 2);
                    }
                    return;
                }
                if (keys[slot] == key) {
                    if (label.cost < labels[position - 1].cost) {
                        labels[position - 1] = label;
                    }
                    return;
                }
            }
        }

        /** The key's top bits: {@link Limits#key} has already multiplied it by an odd constant, which mixes upwards. */
        private int slotOf(long key) {
            return (int) (key >>> shift);
        }

        private void allocate(int capacity) {
            keys = new long[capacity];
            positions = new int[capacity];
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldPositions = positions;
            allocate(capacity);
            int mask = capacity - 1;
            for (int old = 0; old < oldKeys.length; old++) {
                if (oldPositions[old] != 0) {
                    int slot = slotOf(oldKeys[old]);
                    while (positions[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[old];
                    positions[slot] = oldPositions[old];
                }
            }
        }
    }

    /**
     * The run states (the kind and length of the current run, and whether it began on the first date) reachable before
     * each date under the run, rest and succession limits alone, with the options that lead from one to the next.
     * Minutes, weekends and type caps are left out; they only bound how many more dates may be worked. It does not
     * depend on costs, so a row builds it once.
     */
    private static final class RunGraph {

        private final Limits limits;
        private final int dates;
        private final boolean everyTypeCapped;
        /** The most working dates any line can still add; caps the allowances the cost-to-go tables keep. */
        private final int mostWorkingDates;
        /** Per date: the run keys reachable before it, and each transition as from-key, option and to-key. */
        private final int[][] statesBefore;
        private final int[][] transitions;

        private RunGraph(Limits limits, int dates, int[][] statesBefore, int[][] transitions) {
            this.limits = limits;
            this.dates = dates;
            this.everyTypeCapped = !limits.typeNames.isEmpty()
                    && Arrays.stream(limits.cappedIndex).allMatch(capped -> capped >= 0);
            this.statesBefore = statesBefore;
            this.transitions = transitions;
            Label start = new Label(NONE, 0, false, false, 0, 0, new int[limits.caps.length], 0, null, 0);
            this.mostWorkingDates = moreWorkingDates(0, start);
        }

        static RunGraph of(Limits limits, List<ClinicianDay> row) {
            Limits relaxed = limits.relaxed();
            int dates = row.size();
            int[][] statesBefore = new int[dates + 1][];
            int[][] transitions = new int[dates][];
            Label start = new Label(NONE, 0, false, false, 0, 0, new int[0], 0, null, 0);
            Map<Integer, Label> reachable = Map.of(runKey(start), start);
            for (int index = 0; index < dates; index++) {
                statesBefore[index] = reachable.keySet().stream().mapToInt(Integer::intValue).toArray();
                ClinicianDay day = row.get(index);
                Map<Integer, Label> next = new HashMap<>();
                List<Integer> edges = new ArrayList<>();
                for (Map.Entry<Integer, Label> state : reachable.entrySet()) {
                    forEachSuccessor(relaxed, state.getValue(), day, index, null, (option, successor) -> {
                        next.putIfAbsent(runKey(successor), successor);
                        edges.add(state.getKey());
                        edges.add(option);
                        edges.add(runKey(successor));
                    });
                }
                transitions[index] = edges.stream().mapToInt(Integer::intValue).toArray();
                reachable = next;
            }
            statesBefore[dates] = reachable.keySet().stream().mapToInt(Integer::intValue).toArray();
            return new RunGraph(limits, dates, statesBefore, transitions);
        }

        /** Backward over the graph: the cheapest rest from each state for each number of working dates allowed. */
        CostToGo costToGo(long[][] optionCosts) {
            int runKeys = (limits.typeNames.size() + 2) * 64 * 2;
            long[][][] table = new long[dates + 1][runKeys][];
            for (int key : statesBefore[dates]) {
                table[dates][key] = new long[] {0};
            }
            for (int index = dates - 1; index >= 0; index--) {
                long[][] here = table[index];
                long[][] after = table[index + 1];
                int allowances = Math.min(dates - index, mostWorkingDates) + 1;
                for (int key : statesBefore[index]) {
                    here[key] = new long[allowances];
                    Arrays.fill(here[key], CostToGo.UNREACHABLE);
                }
                long[] costs = optionCosts[index];
                int[] edges = transitions[index];
                for (int edge = 0; edge < edges.length; edge += 3) {
                    long[] rest = here[edges[edge]];
                    int option = edges[edge + 1];
                    long[] then = after[edges[edge + 2]];
                    int worked = option == 0 ? 0 : 1;
                    long cost = costs[option];
                    for (int allowed = worked; allowed < allowances; allowed++) {
                        long value = then[Math.min(allowed - worked, then.length - 1)];
                        if (value < CostToGo.UNREACHABLE && cost + value < rest[allowed]) {
                            rest[allowed] = cost + value;
                        }
                    }
                }
            }
            return new CostToGo(this, table);
        }

        /** How many more dates a line in this state may still work, by its minutes and (when all are capped) caps. */
        int moreWorkingDates(int index, Label label) {
            int more = limits.moreShiftsAtMost(dates - index, label.minutes);
            if (everyTypeCapped) {
                int left = 0;
                for (int capped = 0; capped < limits.caps.length; capped++) {
                    left += limits.caps[capped] - label.typeCounts[capped];
                }
                more = Math.min(more, left);
            }
            return more;
        }
    }

    /**
     * A lower bound on what the dates from an index on still cost, by run state and the working dates still allowed:
     * exact for the run, rest and succession limits, relaxed for the rest ({@link RunGraph}). Over a few hundred run
     * states it costs far less than the forward programme it prunes.
     */
    private record CostToGo(RunGraph graph, long[][][] table) {

        static final long UNREACHABLE = Long.MAX_VALUE / 4;

        /** The bound for the dates from {@code index} on after {@code label}; UNREACHABLE when no rest keeps them. */
        long of(int index, Label label) {
            long[] rest = table[index][runKey(label)];
            if (rest == null) {
                return UNREACHABLE;
            }
            return rest[Math.min(graph.moreWorkingDates(index, label), rest.length - 1)];
        }
    }

    private static int runKey(Label label) {
        return ((label.last + 1) * 64 + label.run) * 2 + (label.runFromFirstDate ? 1 : 0);
    }

    private interface SuccessorConsumer {
        void accept(int option, Label successor);
    }

    /** Every state one of the day's options leads to from {@code label} (a pinned day: only its post). */
    private static void forEachSuccessor(Limits limits, Label label, ClinicianDay day, int index, long[] costs,
            SuccessorConsumer consumer) {
        List<Post> posts = day.getPossiblePosts();
        for (int option = 0; option <= posts.size(); option++) {
            Post post = option == 0 ? null : posts.get(option - 1);
            if (day.isPinned() && post != day.getPost()) {
                continue;
            }
            Label successor = limits.successor(label, index, option, costs == null ? 0 : costs[option]);
            if (successor != null) {
                consumer.accept(option, successor);
            }
        }
    }

    /** The pattern's limits in the form the transitions use. */
    private record Limits(WorkPattern pattern, Map<String, Integer> typeIndex, List<String> typeNames,
            boolean[][] forbidden, int[] cappedIndex, List<String> cappedTypes,
            int[] caps, int maxRun, int minRun, int minOff, int maxWeekends, int minMinutes, int maxMinutes,
            int[] bestMinutesFrom, int fewestMinutesPerShift, int minutesRadix, int[][] optionTypes,
            int[][] optionMinutes, DayOfWeek[] daysOfWeek) {

        static Limits of(WorkPattern pattern, List<ClinicianDay> row) {
            Map<String, Integer> typeIndex = new HashMap<>();
            List<String> typeNames = new ArrayList<>();
            List<String> capped = new ArrayList<>();
            for (ClinicianDay day : row) {
                for (Post post : day.getPossiblePosts()) {
                    String type = pattern.shiftTypeOf(post.shift());
                    if (type != null && !typeIndex.containsKey(type)) {
                        typeIndex.put(type, typeIndex.size());
                        typeNames.add(type);
                        Integer max = pattern.maxShiftsOf(type);
                        if (max != null && max < row.size()) {
                            capped.add(type);
                        }
                    }
                }
            }
            int[] caps = capped.stream().mapToInt(pattern::maxShiftsOf).toArray();
            int maxRun = pattern.clinician().rules().maxConsecutiveWorkingDays();
            // The most minutes the dates from each index on could still add, to drop states that cannot reach the
            // minimum total.
            int[] bestMinutesFrom = new int[row.size() + 1];
            for (int index = row.size() - 1; index >= 0; index--) {
                int best = 0;
                for (Post post : row.get(index).getPossiblePosts()) {
                    best = Math.max(best, (int) post.shift().minutes());
                }
                bestMinutesFrom[index] = bestMinutesFrom[index + 1] + best;
            }
            // Each date's options by index (0: a day off), so that a transition looks nothing up.
            int[][] optionTypes = new int[row.size()][];
            int[][] optionMinutes = new int[row.size()][];
            DayOfWeek[] daysOfWeek = new DayOfWeek[row.size()];
            int fewestMinutes = Integer.MAX_VALUE;
            for (int index = 0; index < row.size(); index++) {
                List<Post> posts = row.get(index).getPossiblePosts();
                optionTypes[index] = new int[posts.size() + 1];
                optionMinutes[index] = new int[posts.size() + 1];
                optionTypes[index][0] = -1;
                for (int option = 1; option <= posts.size(); option++) {
                    Post post = posts.get(option - 1);
                    optionTypes[index][option] = typeIndex.get(pattern.shiftTypeOf(post.shift()));
                    optionMinutes[index][option] = (int) post.shift().minutes();
                    fewestMinutes = Math.min(fewestMinutes, optionMinutes[index][option]);
                }
                daysOfWeek[index] = row.get(index).getDate().getDayOfWeek();
            }
            boolean[][] forbidden = new boolean[typeNames.size()][typeNames.size()];
            int[] cappedIndex = new int[typeNames.size()];
            for (int first = 0; first < typeNames.size(); first++) {
                cappedIndex[first] = capped.indexOf(typeNames.get(first));
                for (int next = 0; next < typeNames.size(); next++) {
                    forbidden[first][next] = pattern.forbidsTypeSuccession(typeNames.get(first), typeNames.get(next));
                }
            }
            return new Limits(pattern, typeIndex, typeNames, forbidden, cappedIndex, capped, caps, maxRun > 0 ? maxRun : Integer.MAX_VALUE,
                    orZero(pattern.minConsecutiveWorkingDays()), orZero(pattern.minConsecutiveDaysOff()),
                    pattern.maxWeekends() == null ? Integer.MAX_VALUE : pattern.maxWeekends(),
                    orZero(pattern.minTotalMinutes()),
                    pattern.maxTotalMinutes() == null ? Integer.MAX_VALUE : pattern.maxTotalMinutes(),
                    bestMinutesFrom, fewestMinutes == Integer.MAX_VALUE ? 0 : fewestMinutes, bestMinutesFrom[0] + 1,
                    optionTypes, optionMinutes, daysOfWeek);
        }

        /** The same limits without minutes, weekends and type caps: only runs, rest and successions. */
        Limits relaxed() {
            int[] uncapped = new int[cappedIndex.length];
            Arrays.fill(uncapped, -1);
            return new Limits(pattern, typeIndex, typeNames, forbidden, uncapped, List.of(), new int[0], maxRun,
                    minRun, minOff, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, bestMinutesFrom, fewestMinutesPerShift,
                    minutesRadix, optionTypes, optionMinutes, daysOfWeek);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }

        /**
         * The state after the {@code option}-th choice on the row's {@code index}-th day (0: a day off, else its
         * {@code option}-th possible post), or null when it breaks a limit.
         */
        Label successor(Label label, int index, int option, long optionCost) {
            int type = optionTypes[index][option];
            boolean working = type >= 0;
            int last;
            int run;
            boolean fromFirst;
            int minutes = label.minutes;
            int[] counts = label.typeCounts;
            if (working) {
                last = type + 1;
                if (label.last > OFF) {
                    if (forbidden[label.last - 1][type]) {
                        return null;
                    }
                    run = label.run + 1;
                    fromFirst = label.runFromFirstDate;
                } else {
                    if (label.last == OFF && !label.runFromFirstDate && label.run < minOff) {
                        return null;
                    }
                    run = 1;
                    fromFirst = label.last == NONE;
                }
                if (run > maxRun) {
                    return null;
                }
                minutes += optionMinutes[index][option];
                if (minutes > maxMinutes) {
                    return null;
                }
                int capped = cappedIndex[type];
                if (capped >= 0) {
                    if (counts[capped] + 1 > caps[capped]) {
                        return null;
                    }
                    counts = counts.clone();
                    counts[capped]++;
                }
            } else {
                last = OFF;
                if (label.last > OFF) {
                    if (!label.runFromFirstDate && label.run < minRun) {
                        return null;
                    }
                    run = 1;
                    fromFirst = false;
                } else {
                    run = label.last == OFF ? label.run + 1 : 1;
                    fromFirst = label.last == NONE || label.runFromFirstDate;
                }
            }
            if (minutes + bestMinutesFrom[index + 1] < minMinutes) {
                return null;
            }
            DayOfWeek dayOfWeek = daysOfWeek[index];
            boolean weekendWorked = false;
            int weekends = label.weekends;
            if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
                boolean sameWeekend = dayOfWeek == DayOfWeek.SUNDAY && label.weekendWorked;
                if (working && !sameWeekend) {
                    weekends++;
                }
                weekendWorked = working || sameWeekend;
                if (weekends > maxWeekends) {
                    return null;
                }
            }
            // Run lengths beyond what any limit asks about are all alike; so is the first-date flag once the
            // minimum is reached. Folding them keeps the state space small (a working run is already at most maxRun).
            int enough = Math.max(1, working ? minRun : minOff);
            if (run >= enough) {
                fromFirst = false;
                if (!working || maxRun == Integer.MAX_VALUE) {
                    run = enough;
                }
            }
            return new Label(last, run, fromFirst, weekendWorked, weekends, minutes,
                    settleCaps(counts, index, minutes), label.cost + optionCost, label, option);
        }

        /**
         * The counts with 0 for every capped type the line can no longer go over, because its cap leaves room for
         * more shifts than the rest of the horizon (by dates and by the maximum minutes) can add. Past that point
         * the count no longer changes what the line may do, so lines that differ only there share one state (Curtois
         * Instance8: types capped at 14 of 28 dates on lines of 17 or 18 shifts; 40 price rounds 37.7 s to 10.4 s).
         */
        private int[] settleCaps(int[] counts, int index, int minutes) {
            if (caps.length == 0) {
                return counts;
            }
            int more = moreShiftsAtMost(optionTypes.length - index - 1, minutes);
            int[] settled = counts;
            for (int capped = 0; capped < caps.length; capped++) {
                if (counts[capped] != 0 && counts[capped] + more <= caps[capped]) {
                    if (settled == counts) {
                        settled = counts.clone();
                    }
                    settled[capped] = 0;
                }
            }
            return settled;
        }

        /** The most shifts a line with these minutes can still add over this many dates, by dates and by minutes. */
        int moreShiftsAtMost(int datesLeft, int minutes) {
            if (maxMinutes == Integer.MAX_VALUE || fewestMinutesPerShift == 0) {
                return datesLeft;
            }
            return Math.min(datesLeft, (maxMinutes - minutes) / fewestMinutesPerShift);
        }

        boolean endsWithinLimits(Label label) {
            return label.minutes >= minMinutes;
        }

        /** Whether {@link #key} is one-to-one: every field fits its radix and the product of all fits in a long. */
        boolean keysFit(int dates) {
            int longestRun = Math.max(minRun, minOff);
            if (longestRun >= 64 || maxRun != Integer.MAX_VALUE && maxRun >= 64 || dates / 7 + 1 >= 64) {
                return false;
            }
            try {
                long size = Math.multiplyExact((long) typeNames.size() + 2, 64L * 2 * 2 * 64);
                size = Math.multiplyExact(size, (long) minutesRadix);
                for (int cap : caps) {
                    size = Math.multiplyExact(size, (long) cap + 1);
                }
                return size > 0;
            } catch (ArithmeticException overflow) {
                return false;
            }
        }

        long key(Label label) {
            long key = label.last + 1;
            key = key * 64 + label.run;
            key = key * 2 + (label.runFromFirstDate ? 1 : 0);
            key = key * 2 + (label.weekendWorked ? 1 : 0);
            key = key * 64 + label.weekends;
            key = key * minutesRadix + label.minutes;
            for (int index = 0; index < caps.length; index++) {
                key = key * (caps[index] + 1) + label.typeCounts[index];
            }
            // Times an odd constant (one-to-one modulo 2^64): the mixed-radix keys differ mostly in their low bits, and
            // the product carries those differences up into the top bits that LabelTable slots by.
            return key * 0x9E3779B97F4A7C15L;
        }
    }
}
