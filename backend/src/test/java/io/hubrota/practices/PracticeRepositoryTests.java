package io.hubrota.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubrota.database.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DatabaseTest
class PracticeRepositoryTests {

    @Autowired
    private PracticeRepository practices;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void findsAPracticeByCode() {
        practices.saveAndFlush(new Practice("T-A82001", "Alnwick Medical Group", "North", 18_400, 55.41, -1.70));
        entityManager.clear();

        Practice found = practices.findByCode("T-A82001").orElseThrow();

        assertThat(found.getId()).isNotNull();
        assertThat(found.getVersion()).isZero();
        assertThat(found.getName()).isEqualTo("Alnwick Medical Group");
        assertThat(found.getListSize()).isEqualTo(18_400);
        assertThat(found.getLatitude()).isEqualTo(55.41);
        assertThat(practices.findByCode("T-NONE")).isEmpty();
    }

    @Test
    void codesAreUnique() {
        practices.saveAndFlush(new Practice("T-DUP", "One", "North", 1, 55, -1.6));

        assertThatThrownBy(() -> practices.saveAndFlush(new Practice("T-DUP", "Two", "North", 1, 55, -1.6)))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSaveBasedOnAStaleReadFails() {
        Long id = practices.saveAndFlush(new Practice("T-LOCK", "Before", "North", 1, 55, -1.6)).getId();
        entityManager.clear();
        Practice staleCopy = practices.findById(id).orElseThrow();
        entityManager.clear();

        Practice current = practices.findById(id).orElseThrow();
        current.setName("Edited by someone else");
        practices.saveAndFlush(current);
        entityManager.clear();

        staleCopy.setName("Edited from the stale copy");
        assertThatThrownBy(() -> practices.saveAndFlush(staleCopy))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        entityManager.clear();
        Practice reloaded = practices.findById(id).orElseThrow();
        assertThat(reloaded.getName()).isEqualTo("Edited by someone else");
        assertThat(reloaded.getVersion()).isEqualTo(1);
    }

    @Test
    void theSchemaRejectsANegativeListSize() {
        // Straight SQL: the check must hold for imports and scripts too, not only through the entity's validation.
        assertThatThrownBy(() -> jdbc.update("""
                insert into practices (id, version, code, name, locality, list_size, latitude, longitude)
                values (nextval('practices_seq'), 0, 'T-NEG', 'Negative', 'North', -1, 55, -1.6)"""))
            .isInstanceOf(DataIntegrityViolationException.class);
    }
}
