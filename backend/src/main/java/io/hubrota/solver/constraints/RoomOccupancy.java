package io.hubrota.solver.constraints;

import io.hubrota.solver.domain.Hub;
import io.hubrota.solver.domain.TimeSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** Sweeps a hub's assigned shift spans to find the stretches with more clinicians than rooms. */
final class RoomOccupancy {

    /** A stretch of constant occupancy above the hub's rooms. */
    record Overflow(Hub hub, TimeSpan span, int clinicians) {

        long excessClinicianMinutes() {
            return (long) (clinicians - hub.rooms()) * span.minutes();
        }
    }

    private RoomOccupancy() {
    }

    static List<Overflow> overflows(Hub hub, Collection<TimeSpan> occupied) {
        if (occupied.size() <= hub.rooms()) {
            // Never more present at once than there are spans: the common case, without the sweep.
            return List.of();
        }
        TreeMap<Instant, Integer> changes = new TreeMap<>();
        for (TimeSpan span : occupied) {
            changes.merge(span.start(), 1, Integer::sum);
            changes.merge(span.end(), -1, Integer::sum);
        }
        List<Overflow> overflows = new ArrayList<>();
        int present = 0;
        Instant previous = null;
        for (var change : changes.entrySet()) {
            if (previous != null && present > hub.rooms()) {
                overflows.add(new Overflow(hub, new TimeSpan(previous, change.getKey()), present));
            }
            present += change.getValue();
            previous = change.getKey();
        }
        return overflows;
    }
}
