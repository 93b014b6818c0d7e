package io.hubrota.clinicians;

import io.hubrota.practices.Practice;
import io.hubrota.security.UserAccount;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    Optional<Clinician> findByCode(String code);

    Optional<Clinician> findByUser(UserAccount user);

    List<Clinician> findByPracticeOrderByName(Practice practice);

    @EntityGraph(attributePaths = { "practice", "skills" })
    List<Clinician> findByActiveTrueOrderByCode();
}
