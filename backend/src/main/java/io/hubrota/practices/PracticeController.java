package io.hubrota.practices;

import io.hubrota.shared.web.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading practices (managers, operations, administrators); changes go through /api/admin/practices. */
@RestController
@RequestMapping("/api/practices")
class PracticeController {

    private final PracticeRepository practices;

    PracticeController(PracticeRepository practices) {
        this.practices = practices;
    }

    @GetMapping
    List<PracticeResponse> list() {
        return practices.findAllByOrderByName().stream().map(PracticeResponse::from).toList();
    }

    @GetMapping("/{practiceId}")
    PracticeResponse get(@PathVariable long practiceId) {
        return practices.findById(practiceId).map(PracticeResponse::from)
                .orElseThrow(() -> new NotFoundException("No practice with id " + practiceId));
    }
}
