package dev.commandcenter.collector.cron;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Hermes' timestamps: ISO-8601 with an offset (current builds) or naive local wall time (builds
 * before 2026-03-03), which only the configured Hermes zone can place; epoch seconds in the ticker files.
 */
final class HermesTime {

    private static final DateTimeFormatter RUN_FILE = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private HermesTime() {}

    /** A parsed timestamp and whether it had to be placed with the configured zone. */
    record Parsed(Instant instant, boolean naive) {}

    /** @throws DateTimeParseException when the text is neither form */
    static Parsed parse(String raw, ZoneId zone) {
        TemporalAccessor parsed =
                DateTimeFormatter.ISO_DATE_TIME.parseBest(raw.trim(), OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime aware) {
            return new Parsed(aware.toInstant(), false);
        }
        return new Parsed(((LocalDateTime) parsed).atZone(zone).toInstant(), true);
    }

    /** An output file's name ({@code 2026-07-20_11-00-03.md}): Hermes-zone wall time. */
    static Instant runFileTime(String fileName, ZoneId zone) {
        String stem = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return LocalDateTime.parse(stem, RUN_FILE).atZone(zone).toInstant();
    }

    /** A ticker file's content: Unix epoch seconds with a fraction, e.g. {@code 1784540343.1157}. */
    static Instant epochSeconds(String text) {
        BigDecimal seconds = new BigDecimal(text.trim());
        long whole = seconds.longValue();
        long nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
