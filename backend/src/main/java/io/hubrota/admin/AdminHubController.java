package io.hubrota.admin;

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

    AdminHubController(HubAdminService hubs) {
        this.hubs = hubs;
    }

    @PostMapping
    ResponseEntity<HubResponse> create(@Valid @RequestBody CreateHubRequest request) {
        HubResponse created = hubs.create(request);
        return ResponseEntity.created(URI.create("/api/hubs/" + created.id())).body(created);
    }

    @PutMapping("/{hubId}")
    HubResponse update(@PathVariable long hubId, @Valid @RequestBody UpdateHubRequest request) {
        return hubs.update(hubId, request);
    }

    @DeleteMapping("/{hubId}")
    ResponseEntity<Void> delete(@PathVariable long hubId, @RequestParam(required = false) Integer version) {
        hubs.delete(hubId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{hubId}/templates")
    ResponseEntity<ShiftTemplateResponse> createTemplate(@PathVariable long hubId,
            @Valid @RequestBody CreateShiftTemplateRequest request) {
        ShiftTemplateResponse created = hubs.createTemplate(hubId, request);
        return ResponseEntity.created(URI.create("/api/hubs/" + hubId + "/templates")).body(created);
    }

    @PutMapping("/{hubId}/templates/{templateId}")
    ShiftTemplateResponse updateTemplate(@PathVariable long hubId, @PathVariable long templateId,
            @Valid @RequestBody UpdateShiftTemplateRequest request) {
        return hubs.updateTemplate(hubId, templateId, request);
    }

    @DeleteMapping("/{hubId}/templates/{templateId}")
    ResponseEntity<Void> deleteTemplate(@PathVariable long hubId, @PathVariable long templateId,
            @RequestParam(required = false) Integer version) {
        hubs.deleteTemplate(hubId, templateId, version);
        return ResponseEntity.noContent().build();
    }
}
