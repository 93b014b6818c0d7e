package io.hubrota.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail")
@RestController
@RequestMapping("/api/admin/audit-events")
class AuditEventController {

    private final AuditEventRepository events;

    AuditEventController(AuditEventRepository events) {
        this.events = events;
    }

    @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first (administrators)")
    @GetMapping
    AuditEventPageResponse list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<AuditEvent> found = events.findAllByOrderByAtDescIdDesc(PageRequest.of(page, size));
        return new AuditEventPageResponse(found.map(AuditEventResponse::of).getContent(), page, size,
                found.getTotalElements(), found.getTotalPages());
    }
}
