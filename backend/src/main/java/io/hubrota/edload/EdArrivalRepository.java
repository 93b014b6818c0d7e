package io.hubrota.edload;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EdArrivalRepository extends JpaRepository<EdArrival, Long> {

    /** Hours in [from, to), in time order. */
    List<EdArrival> findBySiteCodeAndHourStartGreaterThanEqualAndHourStartLessThanOrderByHourStartAsc(String siteCode,
            Instant from, Instant to);

    long countBySiteCode(String siteCode);

    @Query("select max(a.hourStart) from EdArrival a where a.siteCode = :siteCode and a.hourStart < :before")
    Optional<Instant> findLatestHourBefore(String siteCode, Instant before);
}
