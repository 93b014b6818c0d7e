package io.hubrota.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.persistence.EntityManagerFactory;

/**
 * The context starting at all is the main proof: Flyway migrates PostgreSQL and then Hibernate validates every
 * entity against the resulting schema ({@code ddl-auto=validate}).
 */
@DatabaseTest
class MigrationTests {

    @Autowired
    private Flyway flyway;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        MigrationInfo[] applied = flyway.info().applied();
        MigrationVersion latestAvailable = Arrays.stream(flyway.info().all())
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .orElseThrow();

        assertThat(applied).isNotEmpty().allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(applied[0].getVersion()).isEqualTo(MigrationVersion.fromVersion("1"));
        assertThat(applied[0].getDescription()).isEqualTo("domain");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion()).isEqualTo(latestAvailable);
    }

    @Test
    void everyEntityIsMapped() {
        assertThat(entityManagerFactory.getMetamodel().getEntities())
            .extracting(entity -> entity.getJavaType().getSimpleName())
            .contains("Practice", "Hub", "Clinician", "PracticeCommitment", "Unavailability", "Preference",
                    "ShiftTemplate", "ShiftTemplateRequirement", "Rota", "Shift", "ShiftRequirement", "Assignment",
                    "UserAccount");
    }

    @Test
    void theDatabaseIsPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
