package io.hubrota.audit;

import java.util.List;

/** One page of the audit trail, newest first. */
record AuditEventPageResponse(List<AuditEventResponse> items, int page, int size, long totalItems, int totalPages) {
}
