package dev.commandcenter.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A page's tag leaves out its ages and the instant it was computed for, and nothing else. */
class PageTagTest {

    private static String page(String at, String age, String state) {
        StringBuilder html =
                new StringBuilder("<body data-live-version=\"7\"><div id=\"live\" data-at=\"" + at + "\">\n");
        for (int row = 0; row < 40; row++) {
            html.append("<tr id=\"agent-")
                    .append(row)
                    .append("\"><td>")
                    .append(state)
                    .append("</td><td><time datetime=\"2026-12-06T20:00:00Z\" title=\"2026-12-06 20:00:00 UTC\">")
                    .append(age)
                    .append("</time></td><td><time datetime=\"x\">2026-12-06 20:00:00 UTC</time></td></tr>\n");
        }
        return html.append("</div><footer>As of <time id=\"view-at\" datetime=\"")
                .append(at)
                .append("\" title=\"")
                .append(at)
                .append("\">")
                .append(at)
                .append("</time> · in 2m</footer></body>")
                .toString();
    }

    @Test
    void staysTheSameWhileOnlyTheAgesAndTheInstantMove() {
        assertEquals(
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "42s ago", "idle")),
                PageAnswers.tag(page("2026-12-06T22:00:07Z", "3h 5m ago", "idle")));
        assertEquals(
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "in 2m", "idle")),
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "5d", "idle")));
    }

    @Test
    void changesWhenAStateDoes() {
        assertNotEquals(
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "42s ago", "idle")),
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "42s ago", "busy")));
        assertNotEquals(
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "42s ago", "idle")),
                PageAnswers.tag(page("2026-12-06T22:00:00Z", "42s ago", "idle")
                        .replace("20:00:00 UTC</time>", "21:00:00 UTC</time>")));
    }

    @Test
    void leavesOutWhatTheRegularExpressionsOfTheFirstVersionLeftOut() {
        Pattern viewAt = Pattern.compile("<time id=\"view-at\"[^>]*>[^<]*</time>|\\sdata-at=\"[^\"]*\"");
        Pattern age = Pattern.compile(">(in )?\\d+[smhd]( \\d+[smh])?( ago)?</time>");
        for (String html : new String[] {
            page("2026-12-06T22:00:00Z", "42s ago", "idle"),
            page("t", "in 3d", "x"),
            "<p>no markers</p>",
            "<time>5m ago</time><div data-at=\"q\"></div><time id=\"view-at\">now</time>",
            "<div data-at=\"a\"><time>1h 2m ago</time></div> trailing data-at=\"unclosed"
        }) {
            assertEquals(
                    age.matcher(viewAt.matcher(html).replaceAll("")).replaceAll("></time>"),
                    PageAnswers.stable(html),
                    html);
        }
    }
}
