package dev.commandcenter.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.commandcenter.config.SettingRefused;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    @Test
    void aHostIdTooLongForTheLogIsRefusedAtStartByName() {
        SettingRefused refused = assertThrows(
                SettingRefused.class,
                () -> new SettingsCheck()
                        .hostId(Optional.of("build-box-".repeat(30)))
                        .enforce());

        assertEquals(
                "Refusing to start: command-center.host-id is build-box-build-box-build-box-build-box-… (300"
                        + " characters); accepted: at most 255 printable characters, such as the machine's host name",
                refused.getMessage());
    }

    @Test
    void aZeroOrNegativeIntervalOrTimeoutIsRefusedWithWhatIsAccepted() {
        List<String> refusals = new SettingsCheck()
                .timing("huey", PollTiming.of(Duration.ZERO, Duration.ofSeconds(10), null))
                .timing("gitea", PollTiming.of(Duration.ofSeconds(60), Duration.ofSeconds(-5), Duration.ofMinutes(-1)))
                .refusals();

        assertEquals(
                List.of(
                        "command-center.huey.interval is 0s; accepted: a positive duration, such as 60s or 5m",
                        "command-center.gitea.timeout is -5s; accepted: a positive duration, such as 60s or 5m",
                        "command-center.gitea.stale-after is -1m; accepted: a positive duration, such as 60s or 5m"),
                refusals);
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertEquals(
                List.of("quarkus.http.port is 70000; accepted: a TCP port from 1 to 65535 (0: any free port)"),
                new SettingsCheck().port("quarkus.http.port", 70000).refusals());
        assertEquals(
                List.of(), new SettingsCheck().port("quarkus.http.port", 7070).refusals());
    }

    @Test
    void aGiteaUrlThatIsNotHttpOrCarriesCredentialsIsRefusedWithoutShowingThem() {
        String tokens = "command-center.gitea.token-file or command-center.gitea.token-env";

        assertEquals(
                List.of("command-center.gitea.url is ftp://gitea.example; accepted: an http:// or https:// URL"
                        + " with a host, such as https://gitea.example"),
                new SettingsCheck()
                        .forgeUrl("command-center.gitea.url", Optional.of(URI.create("ftp://gitea.example")), tokens)
                        .refusals());
        assertEquals(
                List.of("command-center.gitea.url is https://***@gitea.example; accepted: a URL without user or"
                        + " password; put the token in " + tokens),
                new SettingsCheck()
                        .forgeUrl(
                                "command-center.gitea.url",
                                Optional.of(URI.create("https://ops:hunter2@gitea.example")),
                                tokens)
                        .refusals());
    }

    @Test
    void anEndpointUrlWithoutHttpIsRefusedByTargetName() {
        assertEquals(
                List.of("command-center.endpoints.targets.\"ollama\".url is localhost:11434; accepted: an http://"
                        + " or https:// URL with a host, such as http://127.0.0.1:11434/api/tags"),
                new SettingsCheck()
                        .probeUrls(
                                "command-center.endpoints.targets.\"<name>\".url",
                                Map.of("ollama", URI.create("localhost:11434")))
                        .refusals());
    }

    @Test
    void soundSettingsPass() {
        new SettingsCheck()
                .hostId(Optional.of("build-box"))
                .port("quarkus.http.port", 0)
                .timing("gitea", PollTiming.of(Duration.ofSeconds(60), Duration.ofSeconds(10), null))
                .forgeUrl("command-center.gitea.url", Optional.of(URI.create("https://gitea.example")), "")
                .names("command-center.agents.\"<name>\"", List.of("kimi-worker-2", "claude.reviewer@box"))
                .enforce();
    }
}
