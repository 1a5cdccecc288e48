package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real tailnet-range peer and a real outside peer, in two network namespaces this test creates
 * and removes: the command center runs in one ("server": 100.64.77.1 and 192.0.2.1 on a veth it
 * takes as its Tailscale interface), curl in the other ("peer": 100.64.77.2 and 192.0.2.77). No
 * traffic leaves the pair; the host's own interfaces and routes are untouched. Skipped, with the
 * reason, where namespaces cannot be made (not root, no iproute2, a restricted container).
 */
class TailnetNamespaceIT {

    private static final String SUFFIX = Long.toString(ProcessHandle.current().pid() % 100_000);
    private static final String SERVER = "cc-srv-" + SUFFIX;
    private static final String PEER = "cc-peer-" + SUFFIX;
    private static final String SERVER_NIC = "ccs" + SUFFIX;
    private static final String PEER_NIC = "ccp" + SUFFIX;
    private static final String TAILNET_SELF = "100.64.77.1";
    private static final String TAILNET_PEER = "100.64.77.2";
    private static final String OUTSIDE_SELF = "192.0.2.1";
    private static final String OUTSIDE_PEER = "192.0.2.77";
    private static final int PORT = 7070;

    @TempDir
    Path workDir;

    @BeforeAll
    static void createNamespaces() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "network namespaces are Linux only");
        Assumptions.assumeTrue(run("curl", "--version") == 0, "curl is not installed");
        Assumptions.assumeTrue(
                run("ip", "netns", "add", SERVER) == 0,
                "cannot create network namespaces here (needs root and iproute2)");
        int failures = run("ip", "netns", "add", PEER)
                + run("ip", "link", "add", SERVER_NIC, "type", "veth", "peer", "name", PEER_NIC)
                + run("ip", "link", "set", SERVER_NIC, "netns", SERVER)
                + run("ip", "link", "set", PEER_NIC, "netns", PEER)
                + run("ip", "-n", SERVER, "link", "set", "lo", "up")
                + run("ip", "-n", PEER, "link", "set", "lo", "up")
                + run("ip", "-n", SERVER, "addr", "add", TAILNET_SELF + "/24", "dev", SERVER_NIC)
                + run("ip", "-n", SERVER, "addr", "add", OUTSIDE_SELF + "/24", "dev", SERVER_NIC)
                + run("ip", "-n", PEER, "addr", "add", TAILNET_PEER + "/24", "dev", PEER_NIC)
                + run("ip", "-n", PEER, "addr", "add", OUTSIDE_PEER + "/24", "dev", PEER_NIC)
                + run("ip", "-n", SERVER, "link", "set", SERVER_NIC, "up")
                + run("ip", "-n", PEER, "link", "set", PEER_NIC, "up");
        if (failures != 0) {
            removeNamespaces();
            Assumptions.abort("could not set up the veth pair inside the namespaces");
        }
    }

    @AfterAll
    static void removeNamespaces() throws Exception {
        // Deleting a namespace deletes the veth end inside it, and with it the pair.
        run("ip", "netns", "del", PEER);
        run("ip", "netns", "del", SERVER);
    }

    @Test
    void admitsARealTailnetPeerAndRefusesAnOutsidePeer() throws Exception {
        // No tailscaled in the namespaces: only an explicit opt-out admits a peer whois cannot confirm.
        Process app = start(List.of("-Dcommand-center.access.require-whois=false"));
        try {
            assertEquals(
                    "200",
                    curlFromPeer(TAILNET_PEER, "http://" + TAILNET_SELF + ":" + PORT + "/api/sources"),
                    "a peer in 100.64.0.0/10 on the Tailscale listener");
            assertEquals(
                    "403",
                    curlFromPeer(OUTSIDE_PEER, "http://" + TAILNET_SELF + ":" + PORT + "/api/sources"),
                    "a peer in 192.0.2.0/24 reaching the same listener");
            assertNotEquals(
                    "200",
                    curlFromPeer(TAILNET_PEER, "http://" + OUTSIDE_SELF + ":" + PORT + "/"),
                    "nothing listens on the interface's non-Tailscale address");
            assertEquals(
                    "403",
                    curlFromPeer(TAILNET_PEER, "http://" + TAILNET_SELF + ":" + PORT + "/", "Host: attacker.example"),
                    "a foreign Host header from a tailnet peer");
        } finally {
            stop(app);
        }
        String log = Files.readString(workDir.resolve("app.out"));
        assertTrue(
                log.contains("Access refused (peer outside loopback and the tailnet listener): peer " + OUTSIDE_PEER),
                log);
    }

    @Test
    void byDefaultATailnetPeerTailscaledCannotConfirmIsRefused() throws Exception {
        Process app = start(List.of());
        try {
            assertEquals("403", curlFromPeer(TAILNET_PEER, "http://" + TAILNET_SELF + ":" + PORT + "/api/sources"));
        } finally {
            stop(app);
        }
    }

    private Process start(List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "ip",
                "netns",
                "exec",
                SERVER,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + PORT,
                "-Dcommand-center.access.mode=tailnet",
                "-Dcommand-center.access.tailnet-interface=" + SERVER_NIC,
                "-Dcommand-center.access.local-api-socket=" + workDir.resolve("no-tailscaled.sock")));
        command.addAll(extra);
        command.addAll(List.of("-jar", System.getProperty("command-center.app-jar")));
        Process app = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.out").toFile())
                .start();
        for (int i = 0; i < 240; i++) {
            assertTrue(app.isAlive(), "the application exited:\n" + Files.readString(workDir.resolve("app.out")));
            if ("200"
                    .equals(output(
                            "ip",
                            "netns",
                            "exec",
                            SERVER,
                            "curl",
                            "-s",
                            "-o",
                            "/dev/null",
                            "-w",
                            "%{http_code}",
                            "--max-time",
                            "2",
                            "http://127.0.0.1:" + PORT + "/q/health"))) {
                return app;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application never answered:\n" + Files.readString(workDir.resolve("app.out")));
    }

    private static String curlFromPeer(String source, String url, String... headers) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "ip",
                "netns",
                "exec",
                PEER,
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--max-time",
                "5",
                "--interface",
                source));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        return output(command.toArray(String[]::new));
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : 1;
        } catch (IOException notInstalled) {
            return 127;
        }
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
