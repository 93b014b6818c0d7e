package io.hubrota.coverage;

import io.hubrota.clinicians.Unavailability;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.rota.Assignment;
import io.hubrota.rota.Rota;
import io.hubrota.rota.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only queries for coverage: shifts and their staffing in a period, optionally at one hub. */
public interface CoverageQueries extends Repository<Shift, Long> {

    @Query("""
            select s from Shift s
              join fetch s.hub h
              join fetch s.rota r
            where s.date between :from and :to
              and r.status <> io.hubrota.rota.RotaStatus.ARCHIVED
              and (:hubId is null or h.id = :hubId)
            order by s.start, h.name""")
    List<Shift> shifts(LocalDate from, LocalDate to, Long hubId);

    @Query("select distinct v.rota.id from RotaVersion v where v.rota in :rotas")
    Set<Long> publishedRotaIds(Collection<Rota> rotas);

    @Query("""
            select pa from PublishedAssignment pa
              join fetch pa.shift s
              join fetch pa.clinician
              join fetch pa.requirement
              join pa.rotaVersion v
            where s.date between :from and :to
              and v.rota.status <> io.hubrota.rota.RotaStatus.ARCHIVED
              and (:hubId is null or s.hub.id = :hubId)
              and v.number = (select max(v2.number) from RotaVersion v2 where v2.rota = v.rota)""")
    List<PublishedAssignment> currentlyPublished(LocalDate from, LocalDate to, Long hubId);

    @Query("""
            select a from Assignment a
              join fetch a.shift s
              join fetch a.clinician
              join fetch a.requirement
              join fetch a.rota r
            where s.date between :from and :to
              and r.status <> io.hubrota.rota.RotaStatus.ARCHIVED
              and (:hubId is null or s.hub.id = :hubId)""")
    List<Assignment> drafts(LocalDate from, LocalDate to, Long hubId);

    /** Leave and absences of the given clinicians overlapping [from, to). */
    @Query("""
            select u from Unavailability u
            where u.clinician.id in :clinicianIds
              and u.start < :to
              and u.end > :from""")
    List<Unavailability> unavailabilities(Collection<Long> clinicianIds, Instant from, Instant to);
}
