package io.hubrota.hubs;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShiftTemplateRepository extends JpaRepository<ShiftTemplate, Long> {

    @EntityGraph(attributePaths = { "hub", "requirements" })
    List<ShiftTemplate> findByHubInOrderByWeekdayAscStartAsc(Collection<Hub> hubs);

    @EntityGraph(attributePaths = "requirements")
    List<ShiftTemplate> findByHubOrderByWeekdayAscStartAsc(Hub hub);
}
