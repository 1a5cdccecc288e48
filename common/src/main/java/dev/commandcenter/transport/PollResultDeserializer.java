package dev.commandcenter.transport;

import dev.commandcenter.observation.PollResult;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads a {@link PollResult} from the JSON a collector published to Kafka (the serializer is Quarkus' {@code ObjectMapperSerializer}). */
public class PollResultDeserializer extends ObjectMapperDeserializer<PollResult> {

    public PollResultDeserializer() {
        super(PollResult.class);
    }
}
