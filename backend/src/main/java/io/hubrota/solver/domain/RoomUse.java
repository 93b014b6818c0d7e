package io.hubrota.solver.domain;

import java.time.LocalDate;

/**
 * The part of one clinician's hub shift that falls on one local date. Rooms are counted per hub and date (a shift
 * past midnight is split at it) so that each move re-sweeps one day of one hub instead of the whole horizon.
 */
public record RoomUse(Hub hub, LocalDate date, String clinicianId, TimeSpan span) {
}
