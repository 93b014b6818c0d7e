package io.hubrota.publishing;

import io.hubrota.publishing.PublishingDtos.PublishPreviewResponse;
import io.hubrota.publishing.PublishingDtos.PublishRequest;
import io.hubrota.publishing.PublishingDtos.PublishResponse;
import io.hubrota.publishing.PublishingDtos.VersionResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rotas/{rotaId}")
class PublishingController {

    private final PublishingService publishing;

    PublishingController(PublishingService publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/publish")
    ResponseEntity<PublishResponse> publish(@PathVariable long rotaId, @Valid @RequestBody PublishRequest request,
            Authentication user) {
        PublishResponse response = publishing.publish(rotaId, request, user);
        return ResponseEntity.created(URI.create("/api/rotas/" + rotaId + "/versions/" + response.versionNumber()))
                .body(response);
    }

    @GetMapping("/versions")
    List<VersionResponse> versions(@PathVariable long rotaId, Authentication user) {
        return publishing.versions(rotaId, user);
    }

    @GetMapping("/versions/{number}/diff")
    RotaDiff diff(@PathVariable long rotaId, @PathVariable int number, Authentication user) {
        return publishing.diff(rotaId, number, user);
    }

    @GetMapping("/publish-preview")
    PublishPreviewResponse preview(@PathVariable long rotaId, Authentication user) {
        return publishing.preview(rotaId, user);
    }

    /** A rota breaking hard rules is not published: 422 with every violation, so the manager can fix them all. */
    @ExceptionHandler(PublishRefusedException.class)
    ProblemDetail refused(PublishRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Rota breaks hard rules");
        problem.setProperty("violations", e.getViolations());
        return problem;
    }
}
