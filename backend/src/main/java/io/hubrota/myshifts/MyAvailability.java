package io.hubrota.myshifts;

import io.hubrota.clinicians.Clinician;
import io.hubrota.clinicians.Preference;
import io.hubrota.clinicians.PreferenceRepository;
import io.hubrota.clinicians.Unavailability;
import io.hubrota.clinicians.UnavailabilityRepository;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.security.CurrentUser;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in clinician's own leave, absences and preferences. Another clinician's record is answered as not found,
 * so ids do not reveal whose they are.
 */
@Service
@Transactional
class MyAvailability {

    private final CurrentUser currentUser;

    private final UnavailabilityRepository unavailabilities;

    private final PreferenceRepository preferences;

    private final HubRepository hubs;

    private final ZoneId zone;

    private final Clock clock;

    MyAvailability(CurrentUser currentUser, UnavailabilityRepository unavailabilities,
            PreferenceRepository preferences, HubRepository hubs, @Value("${hubrota.timezone}") String timezone,
            ObjectProvider<Clock> clock) {
        this.currentUser = currentUser;
        this.unavailabilities = unavailabilities;
        this.preferences = preferences;
        this.hubs = hubs;
        this.zone = ZoneId.of(timezone);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Absences that have not yet ended, soonest first. */
    @Transactional(readOnly = true)
    List<UnavailabilityResponse> unavailability() {
        Clinician clinician = currentUser.requireClinician();
        Instant now = clock.instant();
        return unavailabilities.findByClinicianOrderByStart(clinician)
            .stream()
            .filter(absence -> absence.getEnd().isAfter(now))
            .map(this::toResponse)
            .toList();
    }

    /** Whole days run from local midnight to local midnight, so a day with a clock change keeps its 23 or 25 hours. */
    UnavailabilityResponse addUnavailability(UnavailabilityRequest request) {
        Clinician clinician = currentUser.requireClinician();
        LocalTime startTime = Objects.requireNonNullElse(request.startTime(), LocalTime.MIDNIGHT);
        LocalDateTime start = request.from().atTime(startTime);
        LocalDateTime end = request.endTime() == null ? request.to().plusDays(1).atStartOfDay()
                : request.to().atTime(request.endTime());
        Unavailability absence = new Unavailability(clinician, start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant(), request.kind(), blankToNull(request.reason()));
        return toResponse(unavailabilities.save(absence));
    }

    void removeUnavailability(long id) {
        Clinician clinician = currentUser.requireClinician();
        Unavailability absence = unavailabilities.findById(id)
            .filter(found -> found.getClinician().getId().equals(clinician.getId()))
            .orElseThrow(() -> new NotFoundException("No absence " + id + " of yours"));
        if (!absence.getStart().isAfter(clock.instant())) {
            throw new ConflictException("This absence has already begun; ask your hub manager to change it.");
        }
        unavailabilities.delete(absence);
    }

    /** Standing preferences (weekdays, hubs) and those for dates still to come. */
    @Transactional(readOnly = true)
    List<PreferenceResponse> preferences() {
        Clinician clinician = currentUser.requireClinician();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return preferences.findByClinician(clinician)
            .stream()
            .filter(preference -> preference.getDate() == null || !preference.getDate().isBefore(today))
            .sorted(Comparator.comparing(Preference::getKind).thenComparing(Preference::getId))
            .map(MyAvailability::toResponse)
            .toList();
    }

    PreferenceResponse addPreference(PreferenceRequest request) {
        Clinician clinician = currentUser.requireClinician();
        boolean prefer = !request.kind().avoids();
        Preference preference;
        if (request.kind().aboutWeekday()) {
            preference = Preference.forWeekday(clinician, prefer, request.weekday(), request.weight());
        } else if (request.kind().aboutDate()) {
            preference = Preference.forDate(clinician, prefer, request.date(), request.weight());
        } else {
            Hub hub = hubs.findById(request.hubId())
                .orElseThrow(() -> new UnprocessableException("There is no hub " + request.hubId()));
            preference = Preference.forHub(clinician, prefer, hub, request.weight());
        }
        return toResponse(preferences.save(preference));
    }

    void removePreference(long id) {
        Clinician clinician = currentUser.requireClinician();
        Preference preference = preferences.findById(id)
            .filter(found -> found.getClinician().getId().equals(clinician.getId()))
            .orElseThrow(() -> new NotFoundException("No preference " + id + " of yours"));
        preferences.delete(preference);
    }

    private UnavailabilityResponse toResponse(Unavailability absence) {
        LocalDateTime start = absence.getStart().atZone(zone).toLocalDateTime();
        LocalDateTime end = absence.getEnd().atZone(zone).toLocalDateTime();
        boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT);
        return new UnavailabilityResponse(absence.getId(), absence.getVersion(), absence.getStart(), absence.getEnd(),
                start.toLocalDate(), endsAtMidnight ? end.toLocalDate().minusDays(1) : end.toLocalDate(),
                start.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : start.toLocalTime(),
                endsAtMidnight ? null : end.toLocalTime(), absence.getKind(), absence.getReason());
    }

    private static PreferenceResponse toResponse(Preference preference) {
        Hub hub = preference.getHub();
        return new PreferenceResponse(preference.getId(), preference.getVersion(), preference.getKind(),
                preference.getWeekday(), preference.getDate(), hub == null ? null : hub.getId(),
                hub == null ? null : hub.getName(), preference.getWeight());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
