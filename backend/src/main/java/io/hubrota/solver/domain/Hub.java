package io.hubrota.solver.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.ZoneId;

/** A hub site. {@code zone} is the rota's time zone, kept here so room reports can show local times. */
public record Hub(@PlanningId String id, String name, int rooms, ZoneId zone) {
}
