package io.hubrota.clinicians;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeCommitmentRepository extends JpaRepository<PracticeCommitment, Long> {

    List<PracticeCommitment> findByClinicianOrderByWeekdayAscStartAsc(Clinician clinician);

    List<PracticeCommitment> findByClinicianIn(Collection<Clinician> clinicians);
}
