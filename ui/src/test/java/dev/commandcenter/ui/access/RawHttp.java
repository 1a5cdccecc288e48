package dev.commandcenter.ui.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A bare HTTP/1.1 request over a socket, so tests can send the Host and forwarding headers, request
 * targets and methods an attacker would (HTTP clients normally forbid them). Loopback only.
 */
public final class RawHttp {

    /**
     * @param status the answer's status, or -1 when the server closed the connection without one
     * @param head   the status line and headers
     */
    public record Answer(int status, String head, String body) {

        /** The value of a response header, or null; names compare case-insensitively. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    public static Answer get(String address, int port, String path, String host, Map<String, String> headers)
            throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        if (host != null) {
            request.append("Host: ").append(host).append("\r\n");
        }
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        return send(address, port, request.toString());
    }

    /** Sends {@code request} exactly as given (ISO-8859-1 bytes) and reads the answer until the server closes. */
    public static Answer send(String address, int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = read(socket.getInputStream());
            if (!response.startsWith("HTTP/") || response.length() < 12) {
                return new Answer(-1, response, "");
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return bodyStart < 0
                    ? new Answer(status, response, "")
                    : new Answer(status, response.substring(0, bodyStart), response.substring(bodyStart + 4));
        }
    }

    /** Everything until the server closes; a server that keeps the connection open ends the read at the timeout. */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // the answer so far is what the server said
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
