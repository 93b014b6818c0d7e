package io.hubrota.admin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly minutes a set of practice commitments takes, for the hours guarantee (commitments plus hub shifts never
 * exceed the baseline). Commitments limited to a period only count together in weeks where both apply, so the
 * answer is the busiest week: the set of applying commitments changes only in weeks holding a period's first or
 * last day, so checking those weeks and their neighbours covers every distinct week.
 */
final class CommitmentHours {

    /** Any Monday stands for every week when no commitment has a period. */
    private static final LocalDate ANY_MONDAY = LocalDate.of(2024, 1, 1);

    private CommitmentHours() {
    }

    static int busiestWeekMinutes(List<CommitmentRequest> commitments) {
        List<LocalDate> mondays = new ArrayList<>();
        mondays.add(ANY_MONDAY);
        for (CommitmentRequest commitment : commitments) {
            for (LocalDate boundary : new LocalDate[] { commitment.validFrom(), commitment.validTo() }) {
                if (boundary != null) {
                    LocalDate monday = boundary.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    mondays.add(monday.minusWeeks(1));
                    mondays.add(monday);
                    mondays.add(monday.plusWeeks(1));
                }
            }
        }
        return mondays.stream().mapToInt(monday -> minutesInWeek(commitments, monday)).max().orElse(0);
    }

    /** Two commitments on the same weekday whose times and periods overlap, if any. */
    static Optional<CommitmentRequest[]> firstOverlap(List<CommitmentRequest> commitments) {
        for (int i = 0; i < commitments.size(); i++) {
            for (int j = i + 1; j < commitments.size(); j++) {
                CommitmentRequest a = commitments.get(i);
                CommitmentRequest b = commitments.get(j);
                if (a.weekday() == b.weekday() && a.start().isBefore(b.end()) && b.start().isBefore(a.end())
                        && periodsOverlap(a, b)) {
                    return Optional.of(new CommitmentRequest[] { a, b });
                }
            }
        }
        return Optional.empty();
    }

    /** What is wrong with these commitments for someone with this baseline, if anything. */
    static Optional<String> problem(int baselineWeeklyMinutes, List<CommitmentRequest> commitments) {
        for (CommitmentRequest commitment : commitments) {
            if (commitment.validFrom() != null && commitment.validTo() != null
                    && commitment.validTo().isBefore(commitment.validFrom())) {
                return Optional.of("The commitment on " + commitment.weekday() + " ends its period ("
                        + commitment.validTo() + ") before it starts (" + commitment.validFrom() + ").");
            }
        }
        Optional<CommitmentRequest[]> overlap = firstOverlap(commitments);
        if (overlap.isPresent()) {
            CommitmentRequest a = overlap.get()[0];
            CommitmentRequest b = overlap.get()[1];
            return Optional.of("Commitments overlap on " + a.weekday() + ": " + a.start() + "-" + a.end() + " and "
                    + b.start() + "-" + b.end() + ".");
        }
        int weekly = busiestWeekMinutes(commitments);
        if (weekly > baselineWeeklyMinutes) {
            return Optional.of("Practice commitments take " + hours(weekly) + " a week, more than the baseline of "
                    + hours(baselineWeeklyMinutes) + "; hub work may never raise anyone's hours above their baseline.");
        }
        return Optional.empty();
    }

    static String hours(int minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + "h" : (minutes / 60) + "h " + (minutes % 60) + "m";
    }

    private static int minutesInWeek(List<CommitmentRequest> commitments, LocalDate monday) {
        int minutes = 0;
        for (CommitmentRequest commitment : commitments) {
            LocalDate day = monday.plusDays(commitment.weekday().getValue() - 1L);
            if (applies(commitment, day)) {
                minutes += (int) Duration.between(commitment.start(), commitment.end()).toMinutes();
            }
        }
        return minutes;
    }

    private static boolean applies(CommitmentRequest commitment, LocalDate day) {
        return (commitment.validFrom() == null || !day.isBefore(commitment.validFrom()))
                && (commitment.validTo() == null || !day.isAfter(commitment.validTo()));
    }

    private static boolean periodsOverlap(CommitmentRequest a, CommitmentRequest b) {
        LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }
}
