package io.hubrota.publishing;

import io.hubrota.rota.Rota;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RotaVersionRepository extends JpaRepository<RotaVersion, Long> {

    List<RotaVersion> findByRotaOrderByNumberDesc(Rota rota);

    Optional<RotaVersion> findFirstByRotaOrderByNumberDesc(Rota rota);

    Optional<RotaVersion> findByRotaAndNumber(Rota rota, int number);
}
