package io.hubrota.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice on real PostgreSQL: the embedded one, or the standalone server the Maven {@code postgres} profile
 * names. {@code @DataJpaTest} alone would swap in H2, which speaks a different dialect than production. Each test
 * runs in a transaction that is rolled back, so tests do not depend on what earlier runs left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseConfiguration.class)
public @interface DatabaseTest {
}
