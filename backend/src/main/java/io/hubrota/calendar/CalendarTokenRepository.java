package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByClinicianAndRevokedAtIsNull(Clinician clinician);

    @EntityGraph(attributePaths = "clinician")
    Optional<CalendarToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);
}
