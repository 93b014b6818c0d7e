package io.hubrota.audit;

import io.hubrota.database.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something someone did that an administrator may later need to account for. Written once, never changed. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends BaseEntity {

    private Instant at;

    private String actor;

    private String action;

    private String target;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
