package dev.commandcenter.collector.self;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;

/** Polling of the collector's own liveness ({@code command-center.collector.*}). */
@ConfigMapping(prefix = "command-center.collector")
public interface CollectorSelfConfig extends PollTiming {}
