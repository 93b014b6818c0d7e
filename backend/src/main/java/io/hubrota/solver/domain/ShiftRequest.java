package io.hubrota.solver.domain;

/**
 * A clinician's request to work ({@code wanted}) or not to work one shift, with the soft penalty paid per request when
 * it is not met. Unlike {@link ClinicianPreference}, whose penalty grows with the shift's minutes, a request costs its
 * weight once: the unit of nurse-rostering benchmarks. Hub rotas use preferences and leave this list empty.
 */
public record ShiftRequest(String id, Clinician clinician, Shift shift, boolean wanted, int weight) {
}
