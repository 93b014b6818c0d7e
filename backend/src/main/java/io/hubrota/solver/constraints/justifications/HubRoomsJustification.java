package io.hubrota.solver.constraints.justifications;

import java.time.LocalDateTime;

/** More clinicians at a hub at once than it has rooms. */
public record HubRoomsJustification(
        String hubId,
        String hubName,
        int rooms,
        int clinicians,
        LocalDateTime from,
        LocalDateTime to) implements RotaJustification {

    @Override
    public String description() {
        return hubName + " would have " + clinicians + " clinicians in " + rooms + " rooms from " + from + " to " + to;
    }
}
