package dev.commandcenter.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A view a client is watching is rendered as soon as its snapshot is renewed, once per snapshot, so the request
 * after it is served bytes already made; a view nobody watches is not rendered at all.
 */
class ViewsRenderedAheadTest {

    record Board(Instant at, int cards) {}

    private final AtomicInteger renderings = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final ObjectMapper counting = new ObjectMapper() {
        @Override
        public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
            if (!(value instanceof JsonNode)) {
                renderings.incrementAndGet();
            }
            return json.writeValueAsBytes(value);
        }

        @Override
        public <T extends JsonNode> T valueToTree(Object fromValue) {
            return json.valueToTree(fromValue);
        }
    };
    private final ConditionalViews conditional = new ConditionalViews(counting);
    private final AtomicReference<Board> snapshot =
            new AtomicReference<>(new Board(Instant.parse("2026-06-30T12:00:00Z"), 3));
    private final ViewsRenderedAhead ahead = new ViewsRenderedAhead(
            conditional, Map.<String, Supplier<Object>>of("/api/views/task-board", snapshot::get));

    @Test
    void aViewNobodyWatchesIsNotRendered() {
        ahead.render();
        ahead.render();
        assertEquals(0, renderings.get());
    }

    @Test
    void aWatchedViewIsRenderedOncePerSnapshotBeforeAnyoneAsks() {
        conditional.servedAtNow("/api/views/task-board");
        ahead.render();
        assertEquals(1, renderings.get(), "the watched view's snapshot is rendered");
        ahead.render();
        assertEquals(1, renderings.get(), "the same snapshot is not rendered twice");
        snapshot.set(new Board(Instant.parse("2026-06-30T12:00:01Z"), 4));
        ahead.render();
        assertEquals(2, renderings.get(), "the renewed snapshot is rendered");
    }
}
