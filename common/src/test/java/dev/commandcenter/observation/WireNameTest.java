package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireNameTest {

    enum Verdict implements WireName {
        READY_TO_MERGE,
        BLOCKED,
        UNKNOWN
    }

    @Test
    void spellsConstantsInLowerCaseJoinedByHyphens() throws Exception {
        assertEquals("ready-to-merge", Verdict.READY_TO_MERGE.wire());
        assertEquals("\"ready-to-merge\"", new ObjectMapper().writeValueAsString(Verdict.READY_TO_MERGE));
        assertEquals("{\"blocked\":1}", new ObjectMapper().writeValueAsString(Map.of(Verdict.BLOCKED, 1)));
        assertEquals("unconfigured", ReadOutcome.UNCONFIGURED.wire());
    }

    enum Lane implements WireName {
        IN_REVIEW {
            @Override
            public String toString() {
                return "a constant with a body of its own";
            }
        },
        DONE
    }

    @Test
    void eachConstantIsSpelledByOneStringThatEveryRowAndMemoShares() {
        assertSame(Verdict.BLOCKED.wire(), Verdict.BLOCKED.wire());
        assertEquals("in-review", Lane.IN_REVIEW.wire());
        assertSame(Lane.IN_REVIEW.wire(), Lane.IN_REVIEW.wire());
        assertEquals("done", Lane.DONE.wire());
    }

    @Test
    void whatAPersonTypedIsRefusedWhenUnknown() {
        assertEquals(Verdict.READY_TO_MERGE, WireName.parse(Verdict.class, " Ready-To-Merge "));
        assertNull(WireName.parse(Verdict.class, " "));
        assertThrows(IllegalArgumentException.class, () -> WireName.parse(Verdict.class, "ready_to_merge"));
        assertThrows(IllegalArgumentException.class, () -> WireName.parse(Verdict.class, "merged"));
    }

    @Test
    void whatASourceWroteFallsBackWhenUnknown() {
        assertEquals(Verdict.READY_TO_MERGE, WireName.parseOr(Verdict.class, "ready_to_merge", Verdict.UNKNOWN));
        assertEquals(Verdict.BLOCKED, WireName.parseOr(Verdict.class, "BLOCKED", Verdict.UNKNOWN));
        assertEquals(Verdict.UNKNOWN, WireName.parseOr(Verdict.class, "newer-state", Verdict.UNKNOWN));
        assertEquals(Verdict.UNKNOWN, WireName.parseOr(Verdict.class, null, Verdict.UNKNOWN));
    }
}
