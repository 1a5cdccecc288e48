package dev.commandcenter.collector.gitea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.fakegitea.FakeGitea;
import dev.commandcenter.fakegitea.ForgeModel;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GiteaSourceTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    private FakeGitea gitea;
    private GiteaSource source;

    @BeforeEach
    void start() throws Exception {
        gitea = new FakeGitea(new ForgeModel(NOW, 20), TestGiteaConfig.TOKEN);
        source = source(gitea.baseUrl(), "cc-reader");
    }

    @AfterEach
    void stop() {
        gitea.close();
    }

    private static GiteaSource source(String url, String account) {
        return new GiteaSource(
                TestGiteaConfig.of(url, account, List.of("acme/*")),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("GITEA_TOKEN", TestGiteaConfig.TOKEN));
    }

    private static Map<String, JsonNode> bySubject(SourceSnapshot snapshot) {
        return snapshot.seen().stream().collect(Collectors.toMap(SubjectSeen::subject, SubjectSeen::payload));
    }

    @Test
    void aFullCycleReadsAllFiftyRepositoriesThroughEveryPage() throws Exception {
        SourceSnapshot snapshot = source.poll();

        assertEquals(ReadOutcome.OK, snapshot.outcome());
        Map<String, JsonNode> seen = bySubject(snapshot);
        assertEquals(
                50,
                seen.keySet().stream().filter(s -> s.startsWith("gitea:repo:")).count());
        assertEquals(
                11,
                seen.keySet().stream().filter(s -> s.startsWith("gitea:pr:")).count());
        assertEquals(
                45,
                seen.keySet().stream()
                        .filter(s -> s.startsWith("gitea:issue:acme/r07#"))
                        .count(),
                "three pages of r07's issues");
        JsonNode pr42 = seen.get("gitea:pr:acme/tools#42");
        assertEquals(
                "failure",
                pr42.path("command_center")
                        .path("combined_status")
                        .path("state")
                        .asText());
        assertEquals(6, pr42.path("command_center").path("reviews").size());
        JsonNode issue41 = seen.get("gitea:issue:acme/tools#41");
        assertEquals("alice", issue41.path("assignees").get(0).path("login").asText());
        assertEquals("area/security", issue41.path("labels").get(1).path("name").asText());
        assertEquals(
                "acme/tools#42",
                issue41.path("command_center")
                        .path("linked_pulls")
                        .get(0)
                        .path("pull")
                        .asText());
        assertTrue(
                gitea.requests().stream()
                        .filter(r -> r.query().containsKey("limit"))
                        .allMatch(r -> r.query().get("limit").equals("20")),
                "asks no more than the server's maximum of 20");
        assertEquals(
                3,
                gitea.requests().stream()
                        .filter(r -> r.path().equals("/api/v1/orgs/acme/repos"))
                        .count());
        assertTrue(gitea.requests().stream().allMatch(r -> r.method().equals("GET")));
        // user, version, settings, 3 organisation pages, 50 pull lists, 11 × (reviews, files, status),
        // 52 issue pages (r07 has three), 52 timelines
        assertEquals(1 + 1 + 1 + 3 + 50 + 33 + 52 + 52, gitea.requests().size());
    }

    @Test
    void aSignInPageInsteadOfTheApiIsMalformedNotEmpty() {
        gitea.behindLoginPage(true);
        SourceFailure failure = assertThrows(SourceFailure.class, source::poll);
        assertEquals(ReadOutcome.MALFORMED, failure.outcome());
        assertEquals("GET /user: HTML instead of JSON", failure.getMessage());
    }

    @Test
    void aQuietForgeCostsOneListingPerRepositoryAndAppendsNothingOnTheNextPoll() throws Exception {
        ObservationLog log = new ObservationLog(migratedDatabase());
        assertTrue(log.append(result(source.poll())).appended() > 100);
        gitea.clearRequests();

        SourceSnapshot second = source.poll();

        assertEquals(0, log.append(result(second)).appended());
        // /user, 3 pages of the organisation, per repository the open pulls and the issues updated since, per open PR
        // its status
        assertEquals(1 + 3 + 50 + 50 + 11, gitea.requests().size());
        assertTrue(gitea.requests().stream()
                .noneMatch(r -> r.path().endsWith("/reviews")
                        || r.path().endsWith("/files")
                        || r.path().endsWith("/timeline")));
    }

    @Test
    void anIssueClosedBetweenPollsIsGoneAfterTheNextOne() throws Exception {
        ObservationLog log = new ObservationLog(migratedDatabase());
        log.append(result(source.poll()));
        gitea.forge().repo("acme/r02").closeIssue(10, NOW.plusSeconds(30));

        SourceSnapshot second = source.poll();

        assertTrue(bySubject(second).keySet().stream().noneMatch(s -> s.equals("gitea:issue:acme/r02#10")));
        assertEquals(1, log.append(result(second)).appended(), "one 'gone' for the closed issue, nothing else");
    }

    @Test
    void aTokenOfAnotherAccountIsDegradedAndNoDataIsTaken() throws Exception {
        gitea.tokenBelongsTo("alice");

        SourceSnapshot snapshot = source.poll();

        assertEquals(ReadOutcome.DEGRADED, snapshot.outcome());
        assertTrue(
                snapshot.note()
                        .startsWith("identity-mismatch: the token belongs to 'alice', not to the service"
                                + " account 'cc-reader'"),
                snapshot.note());
        assertTrue(snapshot.seen().isEmpty());
        assertEquals(List.of("gitea:"), snapshot.unreadScopes(), "nothing known before is marked gone");
        assertEquals(
                List.of("/api/v1/user"),
                gitea.requests().stream().map(FakeGitea.Request::path).toList());
    }

    @Test
    void oneFailingRepositoryKeepsItsSubjectsWhileTheOthersStayFresh() throws Exception {
        gitea.failRepo("acme/r01", 500);

        SourceSnapshot snapshot = source.poll();

        assertEquals(ReadOutcome.PARTIAL, snapshot.outcome());
        assertTrue(snapshot.unreadScopes().containsAll(List.of("gitea:pr:acme/r01#", "gitea:issue:acme/r01#")));
        assertEquals("1 of 50 repositories unread: acme/r01 (GET /repos/acme/r01/pulls: HTTP 500)", snapshot.note());
        Map<String, JsonNode> seen = bySubject(snapshot);
        assertNotNull(seen.get("gitea:pr:acme/r02#1"));
        assertEquals(
                "unread",
                seen.get("gitea:repo:acme/r01")
                        .path("command_center")
                        .path("read")
                        .path("state")
                        .asText());
        assertEquals(
                "read",
                seen.get("gitea:repo:acme/r02")
                        .path("command_center")
                        .path("read")
                        .path("state")
                        .asText());
    }

    @Test
    void aRepositoryThatDoesNotExistIsReportedWhileTheOthersAreRead() throws Exception {
        GiteaSource explicit = new GiteaSource(
                TestGiteaConfig.of(gitea.baseUrl(), "cc-reader", List.of("acme/tools", "acme/nope")),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("GITEA_TOKEN", TestGiteaConfig.TOKEN));

        SourceSnapshot snapshot = explicit.poll();

        assertEquals(ReadOutcome.PARTIAL, snapshot.outcome());
        assertEquals(
                "1 of 2 repositories unread: acme/nope (GET /repos/acme/nope/pulls: HTTP 404 (not found))",
                snapshot.note());
        assertNotNull(bySubject(snapshot).get("gitea:issue:acme/tools#41"));
    }

    @Test
    void anHourAfterTheLastFullListingTheOpenIssuesAreListedAgainWithoutRereadingTimelines() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        GiteaSource hourly = new GiteaSource(
                TestGiteaConfig.of(gitea.baseUrl(), "cc-reader", List.of("acme/r07")),
                clock,
                Map.of("GITEA_TOKEN", TestGiteaConfig.TOKEN));
        hourly.poll();
        gitea.clearRequests();
        clock.set(NOW.plus(Duration.ofMinutes(61)));

        SourceSnapshot later = hourly.poll();

        assertEquals(
                45,
                later.seen().stream()
                        .filter(s -> s.subject().startsWith("gitea:issue:"))
                        .count());
        assertTrue(gitea.requests().stream()
                .anyMatch(r -> "open".equals(r.query().get("state"))
                        && r.path().endsWith("/issues")
                        && !r.query().containsKey("since")));
        assertTrue(gitea.requests().stream().noneMatch(r -> r.path().endsWith("/timeline")));
    }

    @Test
    void namesTheMissingSettingOrTheRefusedToken() {
        SourceFailure unconfigured = assertThrows(
                SourceFailure.class, () -> source(null, "cc-reader").poll());
        assertEquals(ReadOutcome.UNCONFIGURED, unconfigured.outcome());
        assertEquals("set command-center.gitea.url", unconfigured.getMessage());

        GiteaSource wrongToken = new GiteaSource(
                TestGiteaConfig.of(gitea.baseUrl(), "cc-reader", List.of("acme/*")),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("GITEA_TOKEN", "not-the-token"));
        SourceFailure refused = assertThrows(SourceFailure.class, wrongToken::poll);
        assertEquals(ReadOutcome.UNAUTHORIZED, refused.outcome());
        assertEquals("GET /user: HTTP 401 (token is required)", refused.getMessage());
        assertTrue(!refused.getMessage().contains("not-the-token"));
    }

    @Test
    void aServerThatIsDownIsUnreachable() {
        String url = gitea.baseUrl();
        gitea.close();
        SourceFailure down =
                assertThrows(SourceFailure.class, () -> source(url, "cc-reader").poll());
        assertEquals(ReadOutcome.UNREACHABLE, down.outcome());
    }

    static PollResult result(SourceSnapshot snapshot) {
        return new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "gitea",
                NOW,
                NOW,
                snapshot.outcome(),
                snapshot.note(),
                Duration.ofMinutes(3),
                snapshot.seen(),
                snapshot.unreadScopes());
    }

    private static DataSource migratedDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return ds;
    }
}
