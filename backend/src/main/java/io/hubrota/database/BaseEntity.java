package io.hubrota.database;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity with a surrogate id. Ids come from a per-table sequence ({@code <table>_seq}, stepping by 50) rather
 * than an identity column, so Hibernate can allocate ids itself and send inserts in JDBC batches.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }
}
