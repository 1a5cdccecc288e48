package dev.commandcenter.ui.access;

import static dev.commandcenter.ui.access.Machines.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks to a stand-in for tailscaled's LocalAPI on a Unix socket in a temporary directory. */
class LocalApiWhoisTest {

    @TempDir
    Path dir;

    @Test
    void asksWhoisForThePeerAndReadsTheLogin() throws Exception {
        Path socket = dir.resolve("tailscaled.sock");
        String body = WhoisParserTest.fixture("whois-user.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<String> request = CompletableFuture.supplyAsync(
                    () -> answerOnce(server, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + body));

            WhoisAnswer answer = new LocalApiWhois(socket).whois(ip("100.88.1.2"), 51234);

            assertEquals("alice@example.com", ((WhoisAnswer.Known) answer).login());
            assertTrue(
                    request.get().startsWith("GET /localapi/v0/whois?addr=100.88.1.2%3A51234 HTTP/1.0\r\n"),
                    request.get());
        }
    }

    @Test
    void aTailscaledThatNeverAnswersIsGivenUpOn() throws Exception {
        Path socket = dir.resolve("silent.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            WhoisAnswer answer = new LocalApiWhois(socket).whois(ip("100.88.1.2"), 51234);

            assertEquals(new WhoisAnswer.Unreachable("LocalAPI did not answer: no answer within 1500 ms"), answer);
        }
    }

    @Test
    void noSocketMeansTailscaledCannotBeAsked() {
        WhoisAnswer answer = new LocalApiWhois(dir.resolve("absent.sock")).whois(ip("100.88.1.2"), 1);

        assertInstanceOf(WhoisAnswer.Unreachable.class, answer);
    }

    private static String answerOnce(ServerSocketChannel server, String response) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            StringBuilder request = new StringBuilder();
            while (!request.toString().contains("\r\n\r\n") && client.read(buffer) > 0) {
                buffer.flip();
                request.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.UTF_8)));
            return request.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
