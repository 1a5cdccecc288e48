package dev.commandcenter.observation;

import java.time.Duration;

/** Short human wording of a duration: "45s", "3m 1s", "12m", "3h 5m", "2d 4h". */
public final class Ages {

    private Ages() {}

    public static String describe(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            // seconds matter only while minutes are few
            return seconds % 60 == 0 || minutes >= 10 ? minutes + "m" : minutes + "m " + (seconds % 60) + "s";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "h " + (minutes % 60) + "m";
        }
        return (hours / 24) + "d " + (hours % 24) + "h";
    }
}
