package com.creditline.common.test.fuzz;

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
 * HTTP/1.1 over a plain socket: the request goes out byte for byte as written, so that a broken
 * percent-encoding, a header no client library would send or a body that is not JSON reach the
 * server as a careless or hostile client would send them.
 */
final class RawHttp {

    /** What came back: the status, or 0 when none did, and the start of the body. */
    record Answer(int status, String start) {}

    /** The status of an answer lost to a reset connection. */
    static final int RESET = -1;

    private static final int TIMEOUT_MILLIS = 15_000;
    private static final int KEPT = 300;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\nHost: localhost:")
                    .append(port)
                    .append("\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(0, "no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (SocketException e) {
            // A server that refuses a request before reading its body (Netty answering a 400 for a
            // broken URI) closes a connection with unread bytes, which resets it and loses the answer.
            return new Answer(RESET, "connection reset: " + e.getMessage());
        } catch (IOException e) {
            return new Answer(0, "connection failed: " + e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (all.size() < 64 * 1024) {
                all.write(buffer, 0, n);
            }
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Answer(0, "no HTTP answer: " + shortened(text));
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyStart = text.indexOf("\r\n\r\n");
        return new Answer(status, shortened(bodyStart < 0 ? "" : text.substring(bodyStart + 4)));
    }

    static String shortened(String text) {
        return text.length() <= KEPT ? text : text.substring(0, KEPT) + "...";
    }
}
