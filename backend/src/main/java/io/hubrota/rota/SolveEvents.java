package io.hubrota.rota;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The browsers following each rota's solve, as server-sent event streams. */
@Component
class SolveEvents {

    /** Long enough for any solve; the stream ends with the solve's final event anyway. */
    private static final long STREAM_TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final Map<Long, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    /** A stream that starts with {@code current} (if known); when not solving it ends right after. */
    SseEmitter follow(long rotaId, SolveEvent current) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MILLIS);
        boolean solving = current != null && current.solving();
        if (solving) {
            List<SseEmitter> followers = streams.computeIfAbsent(rotaId, id -> new CopyOnWriteArrayList<>());
            followers.add(emitter);
            emitter.onCompletion(() -> followers.remove(emitter));
            emitter.onTimeout(() -> followers.remove(emitter));
            emitter.onError(error -> followers.remove(emitter));
        }
        if (current != null && !send(emitter, current)) {
            return emitter;
        }
        if (!solving) {
            emitter.complete();
        }
        return emitter;
    }

    void publish(long rotaId, SolveEvent event) {
        for (SseEmitter emitter : streams.getOrDefault(rotaId, List.of())) {
            send(emitter, event);
        }
    }

    /** Sends the last event and closes every stream of the rota. */
    void finish(long rotaId, SolveEvent event) {
        List<SseEmitter> followers = streams.remove(rotaId);
        if (followers == null) {
            return;
        }
        for (SseEmitter emitter : followers) {
            if (send(emitter, event)) {
                emitter.complete();
            }
        }
    }

    private static boolean send(SseEmitter emitter, SolveEvent event) {
        try {
            emitter.send(SseEmitter.event().name("solve").data(event));
            return true;
        } catch (IOException | IllegalStateException gone) {
            // The browser went away; its stream is dropped by the completion callback.
            emitter.completeWithError(gone);
            return false;
        }
    }
}
