package dev.commandcenter.query.cron;

import dev.commandcenter.fact.RunnerLiveness;
import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * The cron runner of one Hermes home: its gateway process and its ticker.
 *
 * @param subject        {@code cron:runner:<home>}
 * @param home           the Hermes home
 * @param liveness       whether the gateway process is alive
 * @param signal         which signal the liveness rests on, in words
 * @param gatewayState   what {@code gateway_state.json} claims, if present
 * @param activeAgents   in-flight turns the gateway last recorded, if known
 * @param ticker         the cron ticker's state at the view's instant
 * @param heartbeatAt    the ticker's last heartbeat, if any
 * @param lastSuccessAt  the ticker's last successful tick, if any
 * @param observedAt     when the collector last saw this runner change
 * @param freshness      how far the row can be trusted now
 * @param freshnessReason why it is not live; null when live
 */
public record RunnerRow(
        String subject,
        String home,
        RunnerLiveness liveness,
        String signal,
        String gatewayState,
        Integer activeAgents,
        TickerState ticker,
        Instant heartbeatAt,
        Instant lastSuccessAt,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason) {}
