package io.hubrota.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RotaRepository extends JpaRepository<Rota, Long> {

    @EntityGraph(attributePaths = "hubs")
    Optional<Rota> findWithHubsById(Long id);

    /** Rotas overlapping [from, to]. */
    List<Rota> findByFirstDateLessThanEqualAndLastDateGreaterThanEqualOrderByFirstDate(LocalDate to, LocalDate from);

    List<Rota> findByStatusOrderByFirstDateDesc(RotaStatus status);
}
