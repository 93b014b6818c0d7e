package io.hubrota.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    // Roles too: a fetch graph makes every attribute it does not name lazy, eager mappings included.
    @EntityGraph(attributePaths = { "hubs", "roles" })
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Distinct, because demo users share one hash: each hash then needs checking only once. */
    @Query("select distinct u.passwordHash from UserAccount u where u.enabled = true")
    List<String> findDistinctEnabledPasswordHashes();
}
