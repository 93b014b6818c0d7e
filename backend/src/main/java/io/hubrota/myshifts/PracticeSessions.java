package io.hubrota.myshifts;

import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.shared.BankHolidays;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Weekly practice commitments expanded to the dated sessions they become. Practices are shut on bank holidays in
 * England, so a commitment on such a day is not held and does not count toward that week's hours (the same rule the
 * demo problem mapping and the solver use).
 */
public final class PracticeSessions {

    private PracticeSessions() {
    }

    /** A commitment held on a date. */
    public record PracticeSession(LocalDate date, PracticeCommitment commitment) {

        /** Real minutes worked: measured between instants, so a session across a clock change keeps its length. */
        public long minutes(ZoneId zone) {
            return Duration.between(date.atTime(commitment.getStart()).atZone(zone),
                    date.atTime(commitment.getEnd()).atZone(zone)).toMinutes();
        }
    }

    /** Sessions from {@code first} to {@code last}, both inclusive, in date order. */
    public static List<PracticeSession> expand(Collection<PracticeCommitment> commitments, LocalDate first,
            LocalDate last) {
        Set<LocalDate> bankHolidays = new HashSet<>(BankHolidays.inEngland(first, last));
        List<PracticeSession> sessions = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (bankHolidays.contains(date)) {
                continue;
            }
            for (PracticeCommitment commitment : commitments) {
                if (commitment.appliesOn(date)) {
                    sessions.add(new PracticeSession(date, commitment));
                }
            }
        }
        return sessions;
    }
}
