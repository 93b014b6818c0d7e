package io.hubrota.coverage;

/** Where a rota's staffing figures come from: its latest published version, or its draft when never published. */
public enum StaffingSource {
    PUBLISHED,
    DRAFT
}
