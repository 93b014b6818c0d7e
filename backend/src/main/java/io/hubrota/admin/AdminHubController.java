package io.hubrota.admin;

import io.hubrota.audit.AuditLog;
import io.hubrota.hubs.HubResponse;
import io.hubrota.hubs.ShiftTemplateResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hubs with their opening hours, and each hub's weekly session templates. */
@RestController
@RequestMapping("/api/admin/hubs")
class AdminHubController {

    private final HubAdminService hubs;
    private final AuditLog audit;

    AdminHubController(HubAdminService hubs, AuditLog audit) {
        this.hubs = hubs;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<HubResponse> create(@Valid @RequestBody CreateHubRequest request) {
        HubResponse created = hubs.create(request);
        audit.recordAsCurrentUser("HUB_CREATED", "hub/" + created.id(), describe(created));
        return ResponseEntity.created(URI.create("/api/hubs/" + created.id())).body(created);
    }

    @PutMapping("/{hubId}")
    HubResponse update(@PathVariable long hubId, @Valid @RequestBody UpdateHubRequest request) {
        HubResponse updated = hubs.update(hubId, request);
        audit.recordAsCurrentUser("HUB_UPDATED", "hub/" + hubId, describe(updated));
        return updated;
    }

    @DeleteMapping("/{hubId}")
    ResponseEntity<Void> delete(@PathVariable long hubId, @RequestParam(required = false) Integer version) {
        hubs.delete(hubId, version);
        audit.recordAsCurrentUser("HUB_DELETED", "hub/" + hubId, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{hubId}/templates")
    ResponseEntity<ShiftTemplateResponse> createTemplate(@PathVariable long hubId,
            @Valid @RequestBody CreateShiftTemplateRequest request) {
        ShiftTemplateResponse created = hubs.createTemplate(hubId, request);
        audit.recordAsCurrentUser("SHIFT_TEMPLATE_CREATED", template(hubId, created.id()), describe(created));
        return ResponseEntity.created(URI.create("/api/hubs/" + hubId + "/templates")).body(created);
    }

    @PutMapping("/{hubId}/templates/{templateId}")
    ShiftTemplateResponse updateTemplate(@PathVariable long hubId, @PathVariable long templateId,
            @Valid @RequestBody UpdateShiftTemplateRequest request) {
        ShiftTemplateResponse updated = hubs.updateTemplate(hubId, templateId, request);
        audit.recordAsCurrentUser("SHIFT_TEMPLATE_UPDATED", template(hubId, templateId), describe(updated));
        return updated;
    }

    @DeleteMapping("/{hubId}/templates/{templateId}")
    ResponseEntity<Void> deleteTemplate(@PathVariable long hubId, @PathVariable long templateId,
            @RequestParam(required = false) Integer version) {
        hubs.deleteTemplate(hubId, templateId, version);
        audit.recordAsCurrentUser("SHIFT_TEMPLATE_DELETED", template(hubId, templateId), null);
        return ResponseEntity.noContent().build();
    }

    private static String template(long hubId, Long templateId) {
        return "hub/" + hubId + "/template/" + templateId;
    }

    private static String describe(HubResponse hub) {
        return hub.code() + " " + hub.name() + ", " + hub.rooms() + " room(s)";
    }

    private static String describe(ShiftTemplateResponse template) {
        return template.weekday() + " " + template.start() + "\u2013" + template.end() + ", "
                + template.requirements().size() + " requirement line(s)";
    }
}
