package org.premise.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** What every response of the page's servlets shares: no caching, no MIME sniffing, UTF-8. */
final class Responses {
    private Responses() {}

    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A one-line error a person reads (the page shows it as is). */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
