package io.hubrota.solver.heuristics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.solver.benchmark.curtois.CurtoisEvaluator;
import io.hubrota.solver.benchmark.curtois.CurtoisImporter;
import io.hubrota.solver.benchmark.curtois.CurtoisInstance;
import io.hubrota.solver.benchmark.curtois.CurtoisParser;
import io.hubrota.solver.benchmark.curtois.CurtoisRoster;
import io.hubrota.solver.domain.ClinicianDay;
import io.hubrota.solver.domain.Post;
import io.hubrota.solver.domain.RotaSolution;
import io.hubrota.solver.domain.WorkPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BestLinePlanner} against brute force over every line of one staff member's week, with the independent
 * {@link CurtoisEvaluator} deciding which lines keep the limits; and its table of each date's states against a map.
 */
class BestLinePlannerTests {

    /** Early E (8 h) and late L (10 h); E may not follow L. */
    private static CurtoisInstance week(String staffLine, String daysOff) {
        return CurtoisParser.parse("week", """
                SECTION_HORIZON
                7

                SECTION_SHIFTS
                E,480,
                L,600,E

                SECTION_STAFF
                %s

                SECTION_DAYS_OFF
                %s

                SECTION_SHIFT_ON_REQUESTS

                SECTION_SHIFT_OFF_REQUESTS

                SECTION_COVER
                """.formatted(staffLine, daysOff));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // MaxShifts, MaxTotal, MinTotal, MaxRun, MinRun, MinDaysOff, MaxWeekends
            "A,E=7|L=2,3000,1400,3,2,2,1",
            "A,E=7|L=7,4000,0,4,3,1,0",
            "A,E=2|L=3,3000,1000,7,1,3,1",
            "A,E=0|L=7,5000,2400,5,2,2,1",
            // Caps that stop mattering part-way through the week, once the dates left (first) or the minutes left
            // under the maximum (second) cannot take the line over them: the planner then merges states that
            // differ only in those counts, and must still never go over a cap.
            "A,E=4|L=2,5000,0,7,1,1,2",
            "A,E=3|L=3,2000,0,7,1,1,2" })
    void findsTheCheapestLineThatKeepsEveryLimit(String staffLine) {
        CurtoisInstance instance = week(staffLine, "A,2");
        RotaSolution solution = CurtoisImporter.toSolution(instance);
        List<ClinicianDay> row = row(solution);
        WorkPattern pattern = solution.getWorkPatterns().get(0);
        Random random = new Random(staffLine.hashCode());

        List<Post> lastLine = null;
        for (int trial = 0; trial < 36; trial++) {
            // The planner prunes with the current line's cost: from an empty line, a line that keeps the limits (the
            // last one found) and a random one that may not.
            setPosts(row, switch (trial % 3) {
                case 0 -> null;
                case 1 -> lastLine;
                default -> randomPosts(row, random);
            });
            long[][] costs = randomCosts(row, random);
            long bruteForceBest = bruteForceBest(instance, row, costs);

            BestLinePlanner.Line line = BestLinePlanner.plan(row, pattern, costs);

            if (bruteForceBest == Long.MAX_VALUE) {
                assertThat(line).isNull();
                continue;
            }
            assertThat(line).isNotNull();
            assertThat(line.cost()).isEqualTo(bruteForceBest);
            assertThat(costOf(row, line.posts(), costs)).isEqualTo(bruteForceBest);
            assertThat(CurtoisEvaluator.evaluate(instance, roster(instance, row, line.posts())).isFeasible()).isTrue();
            if (lastLine != null) {
                // Pruned by a caller's own line that keeps the limits instead of the current one: the same optimum.
                assertThat(BestLinePlanner.forRow(row, pattern).plan(costs, costOf(row, lastLine, costs)).cost())
                        .isEqualTo(bruteForceBest);
            }
            lastLine = line.posts();
        }
    }

    @Test
    void noLineWhenTheMinimumTotalCannotBeReached() {
        CurtoisInstance instance = week("A,E=7|L=7,9000,4000,7,1,1,1", "A,2");
        RotaSolution solution = CurtoisImporter.toSolution(instance);
        List<ClinicianDay> row = row(solution);

        // Six days are open; six 10-hour lates are 3600 minutes, short of 4000.
        assertThat(BestLinePlanner.plan(row, solution.getWorkPatterns().get(0), randomCosts(row, new Random(1))))
                .isNull();
    }

    @Test
    void aPinnedDayKeepsItsPost() {
        CurtoisInstance instance = week("A,E=7|L=7,5000,0,7,1,1,1", "A,2");
        RotaSolution solution = CurtoisImporter.toSolution(instance);
        List<ClinicianDay> row = row(solution);
        ClinicianDay monday = row.get(0);
        monday.setPost(monday.getPossiblePosts().get(1));
        monday.setPinned(true);
        long[][] costs = new long[row.size()][];
        for (int index = 0; index < row.size(); index++) {
            // Everything but a day off costs; Monday's late most of all.
            costs[index] = new long[row.get(index).getPossiblePosts().size() + 1];
            for (int option = 1; option < costs[index].length; option++) {
                costs[index][option] = 100;
            }
        }
        costs[0][2] = 1000;

        BestLinePlanner.Line line = BestLinePlanner.plan(row, solution.getWorkPatterns().get(0), costs);

        assertThat(line.posts().get(0)).isEqualTo(monday.getPost());
        assertThat(line.posts().subList(1, row.size())).containsOnlyNulls();
    }

    @Test
    void theLabelTableKeepsTheFirstCheapestLabelOfEachKeyInTheOrderKeysCameThroughEveryGrowth() {
        Random random = new Random(7);
        // Started for one label, so that its slots and its list grow many times over 20,000 labels of 3,000 keys.
        BestLinePlanner.LabelTable table = new BestLinePlanner.LabelTable(1);
        Map<Long, BestLinePlanner.Label> expected = new LinkedHashMap<>();
        for (int added = 0; added < 20_000; added++) {
            // Spread like the planner's keys: small mixed-radix numbers times an odd constant.
            long key = random.nextInt(3_000) * 0x9E3779B97F4A7C15L;
            BestLinePlanner.Label label = new BestLinePlanner.Label(0, 0, false, false, 0, 0, new int[0],
                    random.nextInt(50), null, added);
            table.keepCheaper(key, label);
            expected.merge(key, label, (kept, next) -> next.cost() < kept.cost() ? next : kept);
        }

        List<BestLinePlanner.Label> kept = new ArrayList<>();
        for (int at = 0; at < table.size(); at++) {
            kept.add(table.get(at));
        }
        assertThat(kept).containsExactlyElementsOf(expected.values());
    }

    private static List<ClinicianDay> row(RotaSolution solution) {
        List<ClinicianDay> row = new ArrayList<>(solution.getClinicianDays());
        row.sort(Comparator.comparing(ClinicianDay::getDate));
        return row;
    }

    /** Gives the row these posts (null: every day off). */
    private static void setPosts(List<ClinicianDay> row, List<Post> posts) {
        for (int index = 0; index < row.size(); index++) {
            row.get(index).setPost(posts == null ? null : posts.get(index));
        }
    }

    private static List<Post> randomPosts(List<ClinicianDay> row, Random random) {
        List<Post> posts = new ArrayList<>();
        for (ClinicianDay day : row) {
            int option = random.nextInt(day.getPossiblePosts().size() + 1);
            posts.add(option == 0 ? null : day.getPossiblePosts().get(option - 1));
        }
        return posts;
    }

    private static long[][] randomCosts(List<ClinicianDay> row, Random random) {
        long[][] costs = new long[row.size()][];
        for (int index = 0; index < row.size(); index++) {
            costs[index] = new long[row.get(index).getPossiblePosts().size() + 1];
            for (int option = 0; option < costs[index].length; option++) {
                costs[index][option] = random.nextInt(101) - 50;
            }
        }
        return costs;
    }

    private static long bruteForceBest(CurtoisInstance instance, List<ClinicianDay> row, long[][] costs) {
        long best = Long.MAX_VALUE;
        int[] options = new int[row.size()];
        while (true) {
            List<Post> posts = new ArrayList<>();
            for (int index = 0; index < row.size(); index++) {
                posts.add(options[index] == 0 ? null : row.get(index).getPossiblePosts().get(options[index] - 1));
            }
            if (CurtoisEvaluator.evaluate(instance, roster(instance, row, posts)).isFeasible()) {
                best = Math.min(best, costOf(row, posts, costs));
            }
            int index = 0;
            while (index < row.size() && ++options[index] > row.get(index).getPossiblePosts().size()) {
                options[index++] = 0;
            }
            if (index == row.size()) {
                return best;
            }
        }
    }

    private static long costOf(List<ClinicianDay> row, List<Post> posts, long[][] costs) {
        long cost = 0;
        for (int index = 0; index < row.size(); index++) {
            Post post = posts.get(index);
            cost += costs[index][post == null ? 0 : row.get(index).getPossiblePosts().indexOf(post) + 1];
        }
        return cost;
    }

    private static CurtoisRoster roster(CurtoisInstance instance, List<ClinicianDay> row, List<Post> posts) {
        List<String> shifts = new ArrayList<>();
        for (Post post : posts) {
            // Shift ids are "d<day>-<type>"; the roster wants the type.
            shifts.add(post == null ? null : post.shift().id().substring(post.shift().id().indexOf('-') + 1));
        }
        return CurtoisRoster.fromShiftGrid(instance.staffIds(), row.size(), List.of(shifts));
    }
}
