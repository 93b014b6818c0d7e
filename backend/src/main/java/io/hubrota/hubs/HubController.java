package io.hubrota.hubs;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading hubs and their session templates; changes go through /api/admin/hubs. */
@RestController
@RequestMapping("/api/hubs")
class HubController {

    private final HubReadService hubs;

    HubController(HubReadService hubs) {
        this.hubs = hubs;
    }

    @GetMapping
    List<HubResponse> list() {
        return hubs.all();
    }

    @GetMapping("/{hubId}")
    HubResponse get(@PathVariable long hubId) {
        return hubs.get(hubId);
    }

    @GetMapping("/{hubId}/templates")
    List<ShiftTemplateResponse> templates(@PathVariable long hubId) {
        return hubs.templates(hubId);
    }
}
