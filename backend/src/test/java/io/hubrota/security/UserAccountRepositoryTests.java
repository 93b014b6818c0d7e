package io.hubrota.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.database.DatabaseTest;
import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DatabaseTest
class UserAccountRepositoryTests {

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private HubRepository hubs;

    @Autowired
    private TestEntityManager entityManager;

    @Test
    void keepsRolesAndTheHubsAManagerManages() {
        Hub blyth = hubs.save(new Hub("T-BLY", "Blyth hub", "Blyth", 55.13, -1.51, 4, 60_000));
        hubs.save(new Hub("T-HEX", "Hexham hub", "Hexham", 54.97, -2.10, 3, 40_000));
        UserAccount manager = new UserAccount("t-manager", "{noop}secret", "Hub Manager",
                Set.of(UserRole.HUB_MANAGER, UserRole.OPS_LEAD));
        manager.getHubs().add(blyth);
        users.saveAndFlush(manager);
        entityManager.clear();

        UserAccount found = users.findByUsername("t-manager").orElseThrow();

        assertThat(found.getRoles()).containsExactlyInAnyOrder(UserRole.HUB_MANAGER, UserRole.OPS_LEAD);
        assertThat(found.hasRole(UserRole.ADMIN)).isFalse();
        assertThat(found.getHubs()).extracting(Hub::getCode).containsExactly("T-BLY");
        assertThat(found.isEnabled()).isTrue();
        assertThat(found.getPasswordHash()).isEqualTo("{noop}secret");
        assertThat(users.existsByUsername("t-manager")).isTrue();
        assertThat(users.existsByUsername("t-nobody")).isFalse();
    }

    @Test
    void usernamesAreUnique() {
        users.saveAndFlush(new UserAccount("t-same", "{noop}a", "First", Set.of(UserRole.ADMIN)));

        assertThatThrownBy(
                () -> users.saveAndFlush(new UserAccount("t-same", "{noop}b", "Second", Set.of(UserRole.ADMIN))))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSaveBasedOnAStaleReadFails() {
        Long id = users.saveAndFlush(new UserAccount("t-lock", "{noop}a", "Before", Set.of(UserRole.CLINICIAN)))
            .getId();
        entityManager.clear();
        UserAccount staleCopy = users.findById(id).orElseThrow();
        entityManager.clear();
        UserAccount current = users.findById(id).orElseThrow();
        current.setEnabled(false);
        users.saveAndFlush(current);
        entityManager.clear();

        staleCopy.setDisplayName("After");
        assertThatThrownBy(() -> users.saveAndFlush(staleCopy))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
