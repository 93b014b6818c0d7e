package io.hubrota.myshifts;

import io.hubrota.shared.Role;

/** Who the signed-in clinician is, with the weekly ceiling their practice and hub work must stay within. */
record MeResponse(long clinicianId, String name, Role role, String roleLabel, PracticeSummary practice,
        int baselineWeeklyMinutes) {

    record PracticeSummary(long id, String code, String name) {
    }
}
