package io.hubrota.myshifts;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.PracticeCommitmentRepository;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.publishing.PublishedAssignmentRepository;
import io.hubrota.rota.Shift;
import io.hubrota.security.CurrentUser;
import io.hubrota.shared.web.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinician's profile, published shifts and weekly hours. Read-only. */
@Service
@Transactional(readOnly = true)
class MyShifts {

    private final CurrentUser currentUser;

    private final PublishedAssignmentRepository published;

    private final PracticeCommitmentRepository commitments;

    private final ZoneId zone;

    MyShifts(CurrentUser currentUser, PublishedAssignmentRepository published,
            PracticeCommitmentRepository commitments, @Value("${hubrota.timezone}") String timezone) {
        this.currentUser = currentUser;
        this.published = published;
        this.commitments = commitments;
        this.zone = ZoneId.of(timezone);
    }

    MeResponse me() {
        Clinician clinician = currentUser.requireClinician();
        var practice = clinician.getPractice();
        return new MeResponse(clinician.getId(), clinician.getName(), clinician.getRole(),
                clinician.getRole().label(),
                new MeResponse.PracticeSummary(practice.getId(), practice.getCode(), practice.getName()),
                clinician.getBaselineWeeklyMinutes());
    }

    List<MyShiftResponse> shifts(DateRange range) {
        Clinician clinician = currentUser.requireClinician();
        return publishedOn(clinician, range.from(), range.to()).stream().map(MyShifts::toResponse).toList();
    }

    /** Whole ISO weeks touching the period: the hours guarantee is a weekly rule, so a part week would mislead. */
    List<WeekHoursResponse> hours(DateRange range) {
        Clinician clinician = currentUser.requireClinician();
        LocalDate firstMonday = range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = range.to().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));

        Map<LocalDate, long[]> minutesByWeek = new TreeMap<>();
        for (LocalDate monday = firstMonday; monday.isBefore(lastSunday); monday = monday.plusWeeks(1)) {
            minutesByWeek.put(monday, new long[2]);
        }
        for (var session : PracticeSessions.expand(commitments.findByClinicianOrderByWeekdayAscStartAsc(clinician),
                firstMonday, lastSunday)) {
            minutesByWeek.get(weekOf(session.date()))[0] += session.minutes(zone);
        }
        for (PublishedAssignment assignment : publishedOn(clinician, firstMonday, lastSunday)) {
            Shift shift = assignment.getShift();
            minutesByWeek.get(weekOf(shift.getDate()))[1] += shift.duration().toMinutes();
        }

        List<WeekHoursResponse> weeks = new ArrayList<>();
        int baseline = clinician.getBaselineWeeklyMinutes();
        minutesByWeek.forEach((monday, minutes) -> {
            long total = minutes[0] + minutes[1];
            weeks.add(new WeekHoursResponse(isoWeek(monday), monday, monday.plusDays(6), baseline, minutes[0],
                    minutes[1], total, baseline - total));
        });
        return weeks;
    }

    /** Currently published assignments of shifts dated {@code first} to {@code last}, inclusive, in time order. */
    private List<PublishedAssignment> publishedOn(Clinician clinician, LocalDate first, LocalDate last) {
        // A shift belongs to the date it starts on; searching a day either side catches ones past midnight.
        return published.findCurrentForClinician(clinician.getId(),
                first.minusDays(1).atStartOfDay(zone).toInstant(), last.plusDays(2).atStartOfDay(zone).toInstant())
            .stream()
            .filter(assignment -> !assignment.getShift().getDate().isBefore(first)
                    && !assignment.getShift().getDate().isAfter(last))
            .toList();
    }

    private static MyShiftResponse toResponse(PublishedAssignment assignment) {
        Shift shift = assignment.getShift();
        var role = assignment.getRequirement().getRole();
        var rota = assignment.getRotaVersion().getRota();
        return new MyShiftResponse(shift.getId(), shift.getDate(), shift.getHub().getId(), shift.getHub().getName(),
                shift.getStartLocal(), shift.getEndLocal(), role, role.label(), rota.getId(), rota.getName(),
                assignment.getRotaVersion().getNumber());
    }

    private static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
