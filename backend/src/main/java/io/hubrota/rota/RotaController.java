package io.hubrota.rota;

import io.hubrota.rota.RotaDtos.AbsenceRequest;
import io.hubrota.rota.RotaDtos.AbsenceResponse;
import io.hubrota.rota.RotaDtos.AddAssignmentRequest;
import io.hubrota.rota.RotaDtos.CreateRotaRequest;
import io.hubrota.rota.RotaDtos.EditResponse;
import io.hubrota.rota.RotaDtos.RotaBoardResponse;
import io.hubrota.rota.RotaDtos.RotaSummaryResponse;
import io.hubrota.rota.RotaDtos.SuggestionResponse;
import io.hubrota.rota.RotaDtos.UpdateAssignmentRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/rotas")
class RotaController {

    private final RotaService rotas;

    private final RotaEditService edits;

    private final RotaSolveService solving;

    private final RotaAccess access;

    RotaController(RotaService rotas, RotaEditService edits, RotaSolveService solving, RotaAccess access) {
        this.rotas = rotas;
        this.edits = edits;
        this.solving = solving;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<RotaBoardResponse> create(@Valid @RequestBody CreateRotaRequest request, Authentication user) {
        Rota rota = rotas.create(request, user);
        return ResponseEntity.created(URI.create("/api/rotas/" + rota.getId())).body(rotas.board(rota.getId(), user));
    }

    @GetMapping
    List<RotaSummaryResponse> list(Authentication user) {
        return rotas.list(user);
    }

    @GetMapping("/{rotaId}")
    RotaBoardResponse board(@PathVariable long rotaId, Authentication user) {
        return rotas.board(rotaId, user);
    }

    @PostMapping("/{rotaId}/solve")
    ResponseEntity<Void> solve(@PathVariable long rotaId, Authentication user) {
        access.requireManage(rotas.find(rotaId), user);
        solving.start(rotaId);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{rotaId}/stop")
    ResponseEntity<Void> stop(@PathVariable long rotaId, Authentication user) {
        access.requireManage(rotas.find(rotaId), user);
        solving.stop(rotaId);
        return ResponseEntity.accepted().build();
    }

    @GetMapping(path = "/{rotaId}/solve-events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter solveEvents(@PathVariable long rotaId, Authentication user) {
        access.requireSee(rotas.find(rotaId), user);
        return solving.follow(rotaId);
    }

    @PostMapping("/{rotaId}/assignments")
    ResponseEntity<EditResponse> assign(@PathVariable long rotaId, @Valid @RequestBody AddAssignmentRequest request,
            Authentication user) {
        EditResponse response = edits.assign(rotaId, request, user);
        return ResponseEntity.created(URI.create("/api/rotas/" + rotaId + "/assignments/" + response.assignmentId()))
                .body(response);
    }

    @DeleteMapping("/{rotaId}/assignments/{assignmentId}")
    EditResponse unassign(@PathVariable long rotaId, @PathVariable long assignmentId, Authentication user) {
        return edits.unassign(rotaId, assignmentId, user);
    }

    @PatchMapping("/{rotaId}/assignments/{assignmentId}")
    EditResponse update(@PathVariable long rotaId, @PathVariable long assignmentId,
            @Valid @RequestBody UpdateAssignmentRequest request, Authentication user) {
        return edits.update(rotaId, assignmentId, request, user);
    }

    @GetMapping("/{rotaId}/shifts/{shiftId}/suggestions")
    List<SuggestionResponse> suggestions(@PathVariable long rotaId, @PathVariable long shiftId, Authentication user) {
        return edits.suggestions(rotaId, shiftId, user);
    }

    @PostMapping("/{rotaId}/absences")
    ResponseEntity<AbsenceResponse> absence(@PathVariable long rotaId, @Valid @RequestBody AbsenceRequest request,
            Authentication user) {
        AbsenceResponse response = edits.recordAbsence(rotaId, request, user);
        return ResponseEntity.created(URI.create("/api/rotas/" + rotaId)).body(response);
    }
}
