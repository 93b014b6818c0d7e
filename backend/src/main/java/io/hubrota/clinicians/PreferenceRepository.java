package io.hubrota.clinicians;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<Preference, Long> {

    List<Preference> findByClinician(Clinician clinician);
}
