package io.hubrota.clinicians;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnavailabilityRepository extends JpaRepository<Unavailability, Long> {

    List<Unavailability> findByClinicianOrderByStart(Clinician clinician);

    /** Everything overlapping [from, to): starts before the period ends and ends after it starts. */
    List<Unavailability> findByStartBeforeAndEndAfter(Instant to, Instant from);
}
