package org.premise.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the single, self-contained page ({@code premise/web/index.html}) at {@code /}. */
final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String RESOURCE = "premise/web/index.html";
    // The page loads nothing from elsewhere; its script and style are inline.
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'none'";

    private final byte[] page = read();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        Responses.send(response, HttpServletResponse.SC_OK, "text/html", page);
    }

    private static byte[] read() {
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the web page " + RESOURCE + " is not on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
