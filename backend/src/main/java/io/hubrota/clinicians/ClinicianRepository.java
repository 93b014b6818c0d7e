package io.hubrota.clinicians;

import io.hubrota.practices.Practice;
import io.hubrota.security.UserAccount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

// Specifications serve the directory's optional filters (role, practice, text) without a query per combination.
public interface ClinicianRepository extends JpaRepository<Clinician, Long>, JpaSpecificationExecutor<Clinician> {

    Optional<Clinician> findByCode(String code);

    Optional<Clinician> findByUser(UserAccount user);

    List<Clinician> findByCodeIn(Collection<String> codes);

    long countByPractice(Practice practice);

    List<Clinician> findByPracticeOrderByName(Practice practice);

    @EntityGraph(attributePaths = { "practice", "skills" })
    List<Clinician> findByActiveTrueOrderByCode();
}
