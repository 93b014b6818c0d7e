package io.hubrota.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "hubs")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
