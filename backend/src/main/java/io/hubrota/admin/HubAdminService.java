package io.hubrota.admin;

import io.hubrota.hubs.Hub;
import io.hubrota.hubs.HubRepository;
import io.hubrota.hubs.HubResponse;
import io.hubrota.hubs.OpeningHours;
import io.hubrota.hubs.ShiftTemplate;
import io.hubrota.hubs.ShiftTemplateRepository;
import io.hubrota.hubs.ShiftTemplateRequirement;
import io.hubrota.hubs.ShiftTemplateResponse;
import io.hubrota.shared.web.ConflictException;
import io.hubrota.shared.web.NotFoundException;
import io.hubrota.shared.web.UnprocessableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hub and shift template changes. Responses are built after a flush, so the versions they carry are the new ones.
 */
@Service
@Transactional
class HubAdminService {

    private final HubRepository hubs;
    private final ShiftTemplateRepository templates;
    private final EntityManager entityManager;

    HubAdminService(HubRepository hubs, ShiftTemplateRepository templates, EntityManager entityManager) {
        this.hubs = hubs;
        this.templates = templates;
        this.entityManager = entityManager;
    }

    HubResponse create(CreateHubRequest request) {
        requireCodeFree(request.code(), null);
        Hub hub = new Hub(request.code(), request.name(), request.town(), request.latitude(), request.longitude(),
                request.rooms(), request.populationServed());
        replaceOpeningHours(hub, request.openingHours());
        return HubResponse.from(hubs.saveAndFlush(hub));
    }

    HubResponse update(long hubId, UpdateHubRequest request) {
        Hub hub = findHub(hubId);
        Versions.requireCurrent(hub, request.version(), "Hub " + hub.getCode());
        requireCodeFree(request.code(), hubId);
        hub.setCode(request.code());
        hub.setName(request.name());
        hub.setTown(request.town());
        hub.setLatitude(request.latitude());
        hub.setLongitude(request.longitude());
        hub.setRooms(request.rooms());
        hub.setPopulationServed(request.populationServed());
        replaceOpeningHours(hub, request.openingHours());
        return HubResponse.from(hubs.saveAndFlush(hub));
    }

    /** Its templates go with it (the schema cascades); a hub that rotas still plan for is refused with 409. */
    void delete(long hubId, Integer versionRead) {
        Hub hub = findHub(hubId);
        if (versionRead != null) {
            Versions.requireCurrent(hub, versionRead, "Hub " + hub.getCode());
        }
        hubs.delete(hub);
        hubs.flush();
    }

    ShiftTemplateResponse createTemplate(long hubId, CreateShiftTemplateRequest request) {
        Hub hub = findHub(hubId);
        requireWithinOpeningHours(hub, request.weekday(), request.start(), request.end());
        ShiftTemplate template = new ShiftTemplate(hub, request.weekday(), request.start(), request.end());
        request.requirements().forEach(line -> template.addRequirement(line.role(), line.skills(), line.min(),
                line.desired()));
        return ShiftTemplateResponse.from(templates.saveAndFlush(template));
    }

    ShiftTemplateResponse updateTemplate(long hubId, long templateId, UpdateShiftTemplateRequest request) {
        ShiftTemplate template = findTemplate(hubId, templateId);
        Versions.requireCurrent(template, request.version(), "The template");
        requireWithinOpeningHours(template.getHub(), request.weekday(), request.start(), request.end());
        template.setWeekday(request.weekday());
        template.setStart(request.start());
        template.setEnd(request.end());
        // The lines have no version of their own: the template's version guards them, so replacing them must bump it
        // even when the template's own fields are unchanged. The pessimistic variant bumps it now rather than at
        // commit, so the response carries the final version.
        List<ShiftTemplateRequirement> oldLines = new ArrayList<>(template.getRequirements());
        oldLines.forEach(template::removeRequirement);
        request.requirements().forEach(line -> template.addRequirement(line.role(), line.skills(), line.min(),
                line.desired()));
        entityManager.lock(template, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return ShiftTemplateResponse.from(templates.saveAndFlush(template));
    }

    void deleteTemplate(long hubId, long templateId, Integer versionRead) {
        ShiftTemplate template = findTemplate(hubId, templateId);
        if (versionRead != null) {
            Versions.requireCurrent(template, versionRead, "The template");
        }
        templates.delete(template);
        templates.flush();
    }

    private void replaceOpeningHours(Hub hub, List<OpeningHoursRequest> requested) {
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (OpeningHoursRequest hours : requested) {
            if (!seen.add(hours.weekday())) {
                throw new UnprocessableException("Opening hours name " + dayName(hours.weekday()) + " twice.");
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!seen.contains(day)) {
                hub.closeOn(day);
            }
        }
        requested.forEach(hours -> hub.setOpeningHours(
                new OpeningHours(hours.weekday(), hours.opens(), hours.closes())));
    }

    private static void requireWithinOpeningHours(Hub hub, DayOfWeek day, LocalTime start, LocalTime end) {
        OpeningHours hours = hub.openingHoursOn(day).orElseThrow(() -> new UnprocessableException(
                "Hub " + hub.getCode() + " is closed on " + dayName(day) + "; set its opening hours first."));
        if (start.isBefore(hours.opens()) || end.isAfter(hours.closes())) {
            throw new UnprocessableException("A session " + start + "-" + end + " on " + dayName(day)
                    + " falls outside hub " + hub.getCode() + "'s opening hours " + hours.opens() + "-"
                    + hours.closes() + ".");
        }
    }

    private Hub findHub(long hubId) {
        return hubs.findById(hubId).orElseThrow(() -> new NotFoundException("No hub with id " + hubId));
    }

    private ShiftTemplate findTemplate(long hubId, long templateId) {
        return templates.findById(templateId).filter(template -> template.getHub().getId() == hubId)
                .orElseThrow(() -> new NotFoundException("No template " + templateId + " at hub " + hubId));
    }

    private void requireCodeFree(String code, Long ownId) {
        hubs.findByCode(code).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new ConflictException("Hub code " + code + " is already used by " + other.getName());
        });
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
