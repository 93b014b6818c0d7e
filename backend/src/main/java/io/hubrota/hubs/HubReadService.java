package io.hubrota.hubs;

import io.hubrota.shared.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds hub and template views inside one read transaction, where their lazy lines and skills can load. */
@Service
@Transactional(readOnly = true)
public class HubReadService {

    private final HubRepository hubs;
    private final ShiftTemplateRepository templates;

    HubReadService(HubRepository hubs, ShiftTemplateRepository templates) {
        this.hubs = hubs;
        this.templates = templates;
    }

    public List<HubResponse> all() {
        return hubs.findAllByOrderByName().stream().map(HubResponse::from).toList();
    }

    public HubResponse get(long hubId) {
        return HubResponse.from(hub(hubId));
    }

    public List<ShiftTemplateResponse> templates(long hubId) {
        return templates.findByHubOrderByWeekdayAscStartAsc(hub(hubId)).stream()
                .map(ShiftTemplateResponse::from)
                .toList();
    }

    private Hub hub(long hubId) {
        return hubs.findById(hubId).orElseThrow(() -> new NotFoundException("No hub with id " + hubId));
    }
}
