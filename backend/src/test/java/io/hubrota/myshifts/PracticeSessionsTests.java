package io.hubrota.myshifts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.PracticeCommitment;
import io.hubrota.practices.Practice;
import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeSessionsTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Clinician clinician = new Clinician("C1", "Dr Ada Hall", Role.GP,
            new Practice("P1", "Bondgate Surgery", "Alnwick", 9000, 55.41, -1.70), 2250, 60);

    @Test
    void noSessionOnABankHoliday() {
        PracticeCommitment monday = commitment(DayOfWeek.MONDAY, "08:00", "12:00");
        // 25 and 26 December 2026 (Friday, Saturday) and the substitute Boxing Day, Monday 28 December.
        var sessions = PracticeSessions.expand(List.of(monday), LocalDate.parse("2026-12-21"),
                LocalDate.parse("2027-01-03"));
        assertThat(sessions).extracting(PracticeSessions.PracticeSession::date)
            .containsExactly(LocalDate.parse("2026-12-21"));
    }

    @Test
    void aCommitmentCountsOnlyInItsValidPeriod() {
        PracticeCommitment tuesday = commitment(DayOfWeek.TUESDAY, "13:00", "18:00");
        tuesday.setValidFrom(LocalDate.parse("2027-03-09"));
        var sessions = PracticeSessions.expand(List.of(tuesday), LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-21"));
        assertThat(sessions).extracting(PracticeSessions.PracticeSession::date)
            .containsExactly(LocalDate.parse("2027-03-09"), LocalDate.parse("2027-03-16"));
        assertThat(sessions.get(0).minutes(LONDON)).isEqualTo(300);
    }

    @Test
    void anEarlySessionOnTheNightTheClocksGoForwardIsItsRealLength() {
        PracticeCommitment sunday = commitment(DayOfWeek.SUNDAY, "00:00", "04:00");
        var sessions = PracticeSessions.expand(List.of(sunday), LocalDate.parse("2027-03-28"),
                LocalDate.parse("2027-03-28"));
        assertThat(sessions.get(0).minutes(LONDON)).isEqualTo(180);
    }

    private PracticeCommitment commitment(DayOfWeek day, String start, String end) {
        return new PracticeCommitment(clinician, day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
