package io.hubrota.rota;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShiftRepository extends JpaRepository<Shift, Long> {

    @EntityGraph(attributePaths = { "hub", "requirements" })
    List<Shift> findByRotaOrderByStartAsc(Rota rota);
}
