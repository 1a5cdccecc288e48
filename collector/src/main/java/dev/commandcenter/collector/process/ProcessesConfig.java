package dev.commandcenter.collector.process;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;

/** Scanning of the process table for the agents' processes ({@code command-center.processes.*}). */
@ConfigMapping(prefix = "command-center.processes")
public interface ProcessesConfig extends PollTiming {}
