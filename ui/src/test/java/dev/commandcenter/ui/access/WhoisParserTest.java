package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoisParserTest {

    @Test
    void readsTheUserLoginOfAPersonsDevice() throws IOException {
        WhoisAnswer answer = WhoisParser.parse(200, fixture("whois-user.json"));

        assertEquals(new WhoisAnswer.Known("laptop.example-tailnet.ts.net.", "alice@example.com", List.of()), answer);
    }

    @Test
    void aTaggedDeviceHasNoUserIdentityEvenThoughWhoisNamesAnOwner() throws IOException {
        WhoisAnswer.Known answer =
                assertInstanceOf(WhoisAnswer.Known.class, WhoisParser.parse(200, fixture("whois-tagged.json")));

        assertEquals(List.of("tag:ci"), answer.tags());
        assertEquals("", answer.login());
    }

    @Test
    void notFoundMeansThePeerIsNotOnTheTailnet() {
        assertInstanceOf(WhoisAnswer.NotInTailnet.class, WhoisParser.parse(404, "no match for IP:port\n"));
    }

    @Test
    void anythingElseIsAnUnansweredQuestion() {
        assertInstanceOf(WhoisAnswer.Unreachable.class, WhoisParser.parse(403, "access denied"));
        assertInstanceOf(WhoisAnswer.Unreachable.class, WhoisParser.parse(200, "<html>not json</html>"));
        assertInstanceOf(WhoisAnswer.Unreachable.class, WhoisParser.parse(200, "{}"));
    }

    static String fixture(String name) {
        return FixtureFiles.text("tailscale/" + name);
    }
}
