package dev.commandcenter.transport;

import dev.commandcenter.observation.Channels;
import dev.commandcenter.observation.PollResult;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Gives every published poll its source as record key, so that all polls of one source land in
 * one Kafka partition and reach the log in the order they were made. Harmless in process: the
 * in-process connector ignores the metadata.
 */
@ApplicationScoped
@Identifier(Channels.OBSERVATIONS)
public class KeyedBySource implements OutgoingInterceptor {

    @Override
    public Message<?> beforeMessageSend(Message<?> message) {
        if (message.getPayload() instanceof PollResult poll) {
            return message.addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(poll.source())
                    .build());
        }
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // nothing to do: the publisher learns of the acknowledgement through its own future
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the publisher logs a failed hand-over through its own future
    }
}
