package io.hubrota.practices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    Optional<Practice> findByCode(String code);

    List<Practice> findAllByOrderByName();
}
