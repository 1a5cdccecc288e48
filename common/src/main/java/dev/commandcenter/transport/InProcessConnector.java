package dev.commandcenter.transport;

import dev.commandcenter.observation.Channels;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

/**
 * Joins an outgoing channel to an incoming channel inside one JVM: what the collector publishes on
 * {@link Channels#OBSERVATIONS} is consumed from {@link Channels#OBSERVATIONS_TO_LOG}, in order,
 * with acknowledgements flowing back to the publisher. Both channels name the same {@code link}
 * attribute (default {@code observations}). Binding both channels to a broker instead is a matter
 * of configuration; no code changes.
 */
@ApplicationScoped
@Connector(Channels.IN_PROCESS)
public class InProcessConnector implements InboundConnector, OutboundConnector {

    static final String LINK_ATTRIBUTE = "link";
    private static final String DEFAULT_LINK = Channels.OBSERVATIONS;

    private final Map<String, UnicastProcessor<Message<?>>> links = new ConcurrentHashMap<>();

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        return link(config);
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        return link(config);
    }

    private UnicastProcessor<Message<?>> link(Config config) {
        String name = config.getOptionalValue(LINK_ATTRIBUTE, String.class).orElse(DEFAULT_LINK);
        return links.computeIfAbsent(name, any -> UnicastProcessor.create());
    }
}
