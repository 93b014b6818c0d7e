package io.hubrota.hubs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HubRepository extends JpaRepository<Hub, Long> {

    @EntityGraph(attributePaths = "openingHours")
    Optional<Hub> findByCode(String code);

    @EntityGraph(attributePaths = "openingHours")
    List<Hub> findAllByOrderByName();
}
