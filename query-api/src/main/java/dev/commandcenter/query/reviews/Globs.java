package dev.commandcenter.query.reviews;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Path globs as operators write them: {@code *} within one directory, {@code **} across
 * directories ({@code **}{@code /} also matches no directory at all), {@code ?} one character.
 */
public final class Globs {

    private Globs() {}

    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    public static List<Pattern> compileAll(List<String> globs) {
        return globs.stream()
                .map(String::trim)
                .filter(g -> !g.isEmpty())
                .map(Globs::compile)
                .toList();
    }

    public static boolean anyMatches(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }
}
