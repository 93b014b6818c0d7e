package io.hubrota.calendar;

import io.hubrota.clinicians.Clinician;
import io.hubrota.publishing.PublishedAssignment;
import io.hubrota.publishing.PublishedAssignmentRepository;
import io.hubrota.rota.Shift;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's currently published hub shifts as an iCalendar (RFC 5545) feed, from four weeks back onward. Each
 * event's UID names the shift and the clinician, so when a rota is republished the calendar app updates the event in
 * place (SEQUENCE is the rota version) and drops events for shifts no longer theirs. Times carry TZID Europe/London
 * with its VTIMEZONE, so the wall-clock times stay right across clock changes.
 */
@Service
@Transactional(readOnly = true)
class ShiftCalendar {

    static final String UID_DOMAIN = "hubrota.io";

    private static final int WEEKS_BACK = 4;

    /** Far enough ahead for any rota yet planned; the feed is fetched again every few hours anyway. */
    private static final int YEARS_AHEAD = 2;

    private final PublishedAssignmentRepository published;

    private final ZoneId zone;

    private final Clock clock;

    ShiftCalendar(PublishedAssignmentRepository published, @Value("${hubrota.timezone}") String timezone,
            ObjectProvider<Clock> clock) {
        this.published = published;
        this.zone = ZoneId.of(timezone);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    String feedFor(Clinician clinician) {
        Instant now = clock.instant();
        Instant from = now.atZone(zone).toLocalDate().minusWeeks(WEEKS_BACK).atStartOfDay(zone).toInstant();
        Instant to = now.atZone(zone).plusYears(YEARS_AHEAD).toInstant();
        List<PublishedAssignment> shifts = published.findCurrentForClinician(clinician.getId(), from, to);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hub Rota//Hub shifts//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // No METHOD: a subscribed feed is a plain RFC 5545 calendar, not an iTIP (RFC 5546) invitation to answer.
        calendar.add(new XProperty("X-WR-CALNAME", "Hub shifts: " + clinician.getName()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone());
        for (PublishedAssignment assignment : shifts) {
            calendar.add(event(assignment, clinician));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String uid(long shiftId, long clinicianId) {
        return "shift-" + shiftId + "-clinician-" + clinicianId + "@" + UID_DOMAIN;
    }

    private VEvent event(PublishedAssignment assignment, Clinician clinician) {
        Shift shift = assignment.getShift();
        var version = assignment.getRotaVersion();
        var role = assignment.getRequirement().getRole();
        String hubName = shift.getHub().getName();
        VEvent event = new VEvent(shift.getStartLocal().atZone(zone), shift.getEndLocal().atZone(zone),
                "Hub session: " + hubName + " (" + role.label() + ")");
        event.add(new Uid(uid(shift.getId(), clinician.getId())));
        event.add(new Sequence(version.getNumber()));
        // The constructor stamps "now"; the publish time instead keeps the feed byte-stable between versions.
        event.replace(new DtStamp(version.getPublishedAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Location(hubName + ", " + shift.getHub().getTown()));
        event.add(new Description("Rota " + version.getRota().getName() + ", published version " + version.getNumber()
                + ". Role: " + role.label() + "."));
        return event;
    }
}
