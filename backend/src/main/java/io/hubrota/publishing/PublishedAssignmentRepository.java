package io.hubrota.publishing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublishedAssignmentRepository extends JpaRepository<PublishedAssignment, Long> {

    List<PublishedAssignment> findByRotaVersion(RotaVersion rotaVersion);

    /**
     * A clinician's shifts as currently published: from the latest version of every rota, with shifts that end
     * after {@code from} and start before {@code to}, in time order.
     */
    @Query("""
            select pa from PublishedAssignment pa
              join fetch pa.shift s
              join fetch s.hub
              join fetch pa.requirement
              join fetch pa.rotaVersion v
              join fetch v.rota
            where pa.clinician.id = :clinicianId
              and s.end > :from and s.start < :to
              and v.number = (select max(v2.number) from RotaVersion v2 where v2.rota = v.rota)
            order by s.start""")
    List<PublishedAssignment> findCurrentForClinician(Long clinicianId, Instant from, Instant to);

    /** Every currently published assignment (latest version of every rota) of shifts in [from, to). */
    @Query("""
            select pa from PublishedAssignment pa
              join fetch pa.shift s
              join fetch pa.rotaVersion v
            where s.end > :from and s.start < :to
              and v.number = (select max(v2.number) from RotaVersion v2 where v2.rota = v.rota)""")
    List<PublishedAssignment> findCurrentBetween(Instant from, Instant to);
}
