package io.hubrota.database;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that people edit. The version makes a save based on a stale read fail instead of silently overwriting
 * someone else's change; the API hands it out and takes it back so the check spans requests.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private Integer version;

    public Integer getVersion() {
        return version;
    }
}
