package dev.commandcenter.ui.access;

import dev.commandcenter.config.CommandCenterConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks tailscaled's LocalAPI over its Unix socket ({@code GET /localapi/v0/whois?addr=ip:port}),
 * HTTP/1.0 so the answer ends when the socket closes. Only GET; nothing is ever changed.
 */
@Singleton
@DefaultBean
public class LocalApiWhois implements TailscaleWhois {

    private static final int MAX_ANSWER = 256 * 1024;
    private static final Duration ANSWER_WITHIN = Duration.ofMillis(1_500);

    private final Path socket;

    @Inject
    public LocalApiWhois(CommandCenterConfig config) {
        this(Path.of(config.access().localApiSocket()));
    }

    LocalApiWhois(Path socket) {
        this.socket = socket;
    }

    @Override
    public WhoisAnswer whois(InetAddress peer, int port) {
        if (!Files.exists(socket)) {
            return new WhoisAnswer.Unreachable("no LocalAPI socket at " + socket);
        }
        String addr = AddressRanges.uriHost(peer) + ":" + port;
        String request = "GET /localapi/v0/whois?addr=" + URLEncoder.encode(addr, StandardCharsets.UTF_8)
                + " HTTP/1.0\r\nHost: local-tailscaled.sock\r\nSec-Tailscale: localapi\r\n\r\n";
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            return answer(readAll(channel));
        } catch (IOException e) {
            return new WhoisAnswer.Unreachable("LocalAPI did not answer: " + e.getMessage());
        }
    }

    private static WhoisAnswer answer(String response) {
        int headerEnd = response.indexOf("\r\n\r\n");
        String[] statusLine = response.lines().findFirst().orElse("").split(" ");
        if (headerEnd < 0 || statusLine.length < 2 || !statusLine[1].matches("\\d{3}")) {
            return new WhoisAnswer.Unreachable("LocalAPI answer is not HTTP");
        }
        return WhoisParser.parse(Integer.parseInt(statusLine[1]), response.substring(headerEnd + 4));
    }

    /** Reads until tailscaled closes the connection, for at most {@link #ANSWER_WITHIN}. */
    private static String readAll(SocketChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || selector.select(left) == 0) {
                    throw new IOException("no answer within " + ANSWER_WITHIN.toMillis() + " ms");
                }
                selector.selectedKeys().clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                buffer.flip();
                out.write(buffer.array(), 0, buffer.limit());
                buffer.clear();
                if (out.size() > MAX_ANSWER) {
                    throw new IOException("answer larger than " + MAX_ANSWER + " bytes");
                }
            }
        }
    }
}
