package io.hubrota.admin;

import io.hubrota.database.VersionedEntity;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.StaleVersionException;
import java.util.Objects;

/**
 * The explicit half of optimistic locking: the version a client read must still be current. JPA's own check then
 * covers the moment between this comparison and the write.
 */
final class Versions {

    private Versions() {
    }

    static void requireCurrent(VersionedEntity entity, Integer versionRead, String what) {
        if (!Objects.equals(entity.getVersion(), versionRead)) {
            throw new StaleVersionException(what + " was changed by someone else (now version " + entity.getVersion()
                    + ", you edited version " + versionRead + "); reload it and apply your change again.");
        }
    }
}
