package dev.commandcenter.fact;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one kind of fact from a payload's tree. A field that is absent or of another type takes the fact's default. */
@FunctionalInterface
public interface FactReader<F extends Fact> {

    F read(JsonNode payload);
}
