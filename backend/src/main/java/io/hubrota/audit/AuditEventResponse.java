package io.hubrota.audit;

import java.time.Instant;

record AuditEventResponse(long id, Instant at, String actor, String action, String target, String detail) {

    static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.getId(), event.getAt(), event.getActor(), event.getAction(),
                event.getTarget(), event.getDetail());
    }
}
