package dev.commandcenter.collector;

import dev.commandcenter.fact.Fact;
import dev.commandcenter.fact.FactReader;
import dev.commandcenter.fact.Facts;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Instant;

/** What a source saw, stored as the log stores it (its text) and read back as the views read it. */
public final class StoredFacts {

    private StoredFacts() {}

    public static <F extends Fact> F read(
            String source, Instant at, SubjectSeen seen, Class<F> kind, FactReader<F> reader) {
        Observation stored = new Observation(
                1,
                1,
                source,
                seen.subject(),
                at,
                null,
                seen.kind(),
                "h",
                seen.payload().toString(),
                false);
        return Facts.of(stored, kind, reader);
    }
}
