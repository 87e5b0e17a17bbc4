package org.premise.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages and their files from the classpath ({@code premise/web/...}): one page at
 * an exact path, or the files of one folder under a path prefix ({@code /assets/*},
 * {@code /vendor/*}). Only files of the kinds a page loads are served (HTML, JavaScript, CSS,
 * licence texts); nothing outside the folder can be named. Pages get a Content-Security-Policy
 * that lets them load scripts and connect to this server only, so no statement text, even one
 * that is markup, can run a script, and nothing is fetched from elsewhere. Each file has an
 * ETag, so a browser revalidates instead of loading the libraries again.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "premise/web/";
    // Scripts from this server only (no inline script, no eval); inline styles are what the graph and editor libraries set.
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'none'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript", "css", "text/css",
            "md", "text/plain", "svg", "image/svg+xml");

    private record Resource(byte[] body, String type, String etag) {}

    /** The file of an exact path, or null when this serves a folder. */
    private final String file;
    /** The folder under {@link #ROOT} whose files this serves by path info, or null. */
    private final String folder;
    private final transient Map<String, Optional<Resource>> loaded = new ConcurrentHashMap<>();
    /** Told each time the file is asked for, before it is sent; or null. */
    private final transient Runnable asked;

    private ResourceServlet(String file, String folder, Runnable asked) {
        this.file = file;
        this.folder = folder;
        this.asked = asked;
    }

    /** Serves {@code premise/web/NAME}. */
    static ResourceServlet file(String name) {
        return file(name, null);
    }

    /** Serves {@code premise/web/NAME}, telling {@code asked} (if not null) each time the file is asked for. */
    static ResourceServlet file(String name, Runnable asked) {
        ResourceServlet servlet = new ResourceServlet(ROOT + name, null, asked);
        if (servlet.load(servlet.file).isEmpty()) throw new IllegalStateException("the web file " + ROOT + name + " is not on the classpath");
        return servlet;
    }

    /** Serves the files of {@code premise/web/FOLDER/} by the path after the servlet's prefix. */
    static ResourceServlet folder(String name) {
        return new ResourceServlet(null, ROOT + name + "/", null);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (asked != null) asked.run();
        String path = file != null ? file : inFolder(request.getPathInfo());
        Optional<Resource> resource = path == null ? Optional.empty() : load(path);
        if (resource.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "no such file: " + request.getRequestURI());
            return;
        }
        Resource r = resource.get();
        response.setHeader("ETag", r.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (r.type().equals("text/html")) {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        // Revalidate every time (a new jar may change a file); a match costs no body.
        response.setHeader("Cache-Control", "no-cache");
        if (r.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(r.type());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(r.body().length);
        response.getOutputStream().write(r.body());
    }

    /** The classpath name of a file under this folder, or null for a name that leaves it or has no served kind. */
    private String inFolder(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) return null;
        String name = pathInfo.substring(1);
        if (!name.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || name.contains("..")) return null;
        return folder + name;
    }

    private Optional<Resource> load(String path) {
        return loaded.computeIfAbsent(path, p -> {
            String type = type(p);
            if (type == null) return Optional.empty();
            try (InputStream in = ResourceServlet.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) return Optional.empty();
                byte[] body = in.readAllBytes();
                return Optional.of(new Resource(body, type, "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String type(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("LICENSE")) return "text/plain";
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
