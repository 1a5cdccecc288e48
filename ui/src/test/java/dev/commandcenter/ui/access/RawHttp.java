package dev.commandcenter.ui.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A bare HTTP/1.1 GET over a socket, so tests can send the Host and forwarding headers an attacker
 * would (HTTP clients normally forbid setting Host). Loopback only.
 */
final class RawHttp {

    record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    static Answer get(String address, int port, String path, String host, Map<String, String> headers)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            if (host != null) {
                request.append("Host: ").append(host).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }
}
