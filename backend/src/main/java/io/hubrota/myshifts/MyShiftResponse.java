package io.hubrota.myshifts;

import io.hubrota.shared.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One published hub shift of the signed-in clinician, as the latest version of its rota has it. */
record MyShiftResponse(long shiftId, LocalDate date, long hubId, String hubName, LocalDateTime startLocal,
        LocalDateTime endLocal, Role role, String roleLabel, long rotaId, String rotaName, int version) {
}
