package io.hubrota.rota;

import io.hubrota.clinicians.Clinician;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @EntityGraph(attributePaths = { "shift", "clinician", "requirement" })
    List<Assignment> findByRota(Rota rota);

    List<Assignment> findByShift(Shift shift);

    List<Assignment> findByClinicianAndRota(Clinician clinician, Rota rota);
}
