package io.hubrota.hubs;

import io.hubrota.shared.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A weekly hub session with its skill mix; {@code version} guards the template and its lines together. */
public record ShiftTemplateResponse(Long id, Integer version, Long hubId, DayOfWeek weekday, LocalTime start,
        LocalTime end, List<Requirement> requirements) {

    public record Requirement(Long id, Role role, Set<String> skills, int min, int desired) {
    }

    /** Reads the requirement lines and their skills, so call it inside a transaction. */
    public static ShiftTemplateResponse from(ShiftTemplate template) {
        List<Requirement> lines = template.getRequirements().stream()
                .map(line -> new Requirement(line.getId(), line.getRole(), new TreeSet<>(line.getSkills()),
                        line.getMin(), line.getDesired()))
                .toList();
        return new ShiftTemplateResponse(template.getId(), template.getVersion(), template.getHub().getId(),
                template.getWeekday(), template.getStart(), template.getEnd(), lines);
    }
}
