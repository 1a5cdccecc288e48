package dev.commandcenter.query;

/** Parses the whole-number query parameters ({@code limit}, {@code last}) with their ranges. */
public final class WholeNumbers {

    private WholeNumbers() {}

    /**
     * @param value the parameter as sent, or null/blank for the fallback
     * @throws QueryRefused naming the parameter, the value and the range when it is not a whole number in range
     */
    public static int parse(String parameter, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String accepted = "a whole number from " + min + " to " + max;
        String text = value.trim();
        if (!text.matches("[+-]?\\d{1,10}")) {
            throw QueryRefused.badParameter(
                    parameter, value, accepted, parameter + "=" + value + " is not " + accepted);
        }
        long number = Long.parseLong(text);
        if (number < min || number > max) {
            throw QueryRefused.badParameter(
                    parameter, value, accepted, parameter + "=" + value + " is out of range: " + accepted);
        }
        return (int) number;
    }
}
