package org.premise.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server's front door: one filter in front of every endpoint (the SPARQL and Graph Store
 * endpoints, the update endpoint, the web page) that refuses, before anything runs,
 * <ol>
 *   <li>a request whose {@code Host} header is not one of the server's own names, on a loopback
 *       server (421): a page on {@code evil.example} whose name the attacker re-points at
 *       127.0.0.1 (DNS rebinding) would otherwise read everything, as same-origin;</li>
 *   <li>a request that can change state (any method but GET, HEAD and OPTIONS) sent by another
 *       site's page: an {@code Origin} that is not this server, or {@code Sec-Fetch-Site:
 *       cross-site} or {@code same-site} (403). Browsers send these headers and pages cannot
 *       forge them; clients without them (curl, scripts) are not browsers and pass;</li>
 *   <li>with a token ({@code --token-file}), a write without it, and on a non-loopback server any
 *       request without it (401);</li>
 *   <li>{@code TRACE} (405): it echoes the request back and serves nothing here;</li>
 *   <li>a malformed request (400): a query string or a form that is not UTF-8 once its
 *       {@code %}-escapes are decoded, a broken chunked body. A body that does not say its
 *       length (chunked) and a form are read here in full before any endpoint sees them
 *       ({@link ReadBody}): Jetty's failures while an endpoint read them came back from Fuseki
 *       as 500;</li>
 *   <li>a body over its size limit (413): SPARQL text over {@code --max-query-bytes}, an upload
 *       over {@code --max-upload-bytes}, before any of it is parsed (a chunked body as soon as
 *       it passes the limit);</li>
 *   <li>a request that finds {@code --max-concurrent} others in progress and no turn within
 *       2 s (503 with {@code Retry-After}): the server sheds load instead of slowing every client.</li>
 * </ol>
 * Each refusal is one line of plain text saying why. A request that overflows the stack while
 * it is answered (a query nested thousands deep) gets 400 instead of a 500 with a trace.
 */
final class RequestGuard implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** How much of a refused request's body is read, so the client sees the answer instead of a reset. */
    private static final int DRAIN_LIMIT = 1 << 20;

    private final Set<String> hostNames;
    private final boolean checkHost;
    private final boolean loopback;
    private final AccessToken token;
    private final ServerOptions.Load load;
    /** Turns to be answered: a request waits for one at most {@code load.queueWait()}, then gets 503. */
    private final Semaphore turns;

    private RequestGuard(Set<String> hostNames, boolean checkHost, boolean loopback, AccessToken token,
            ServerOptions.Load load) {
        this.load = load;
        this.turns = new Semaphore(load.maxConcurrent(), true);
        this.hostNames = hostNames;
        this.checkHost = checkHost;
        this.loopback = loopback;
        this.token = token;
    }

    /** The guard for a server with these options. */
    static RequestGuard of(ServerOptions options) {
        boolean loopback = isLoopback(options.bindAddress());
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        names.add(hostName(options.bindAddress()));
        options.access().hostNames().forEach(n -> names.add(hostName(n)));
        // A server on every interface answers to names we cannot list: its token guards it. Named
        // host names (--host-name) turn the check on there too.
        boolean checkHost = loopback || !options.access().hostNames().isEmpty();
        return new RequestGuard(Collections.unmodifiableSet(names), checkHost, loopback, options.access().token(),
                options.load());
    }

    /** Whether an address is this machine only (127.0.0.0/8, ::1, a name resolving there). */
    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String refusal = refusal(request, response);
        if (refusal == null) {
            refusal = tooLarge(request, response);
        }
        ReadBody body = null;
        if (refusal == null) {
            try {
                body = readBody(request);
            } catch (ReadBody.Refused e) {
                response.setStatus(e.status);
                refusal = e.getMessage();
            }
        }
        if (body != null) {
            try (ReadBody read = body) {
                Map<String, List<String>> form = null;
                if (isForm(request)) {
                    form = ReadBody.decodeForm(read.bytes());
                    if (form == null) {
                        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                        refuse(request, response, "malformed form: Unable to parse form content (the form must be UTF-8 "
                                + "and %-escaped)");
                        return;
                    }
                }
                admit(read.wrap(request, form), response, chain);
            }
            return;
        }
        if (refusal != null) {
            refuse(request, response, refusal);
            return;
        }
        admit(request, response, chain);
    }

    /** Lets a request through once it has a turn; a request that finds none gets 503, one that overflows the stack 400. */
    private void admit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean turn = false;
        try {
            turn = turns.tryAcquire(load.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!turn) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Long.toString(Math.max(1, load.queueWait().toSeconds())));
            refuse(request, response, "busy: " + load.maxConcurrent() + " requests are being answered (--max-concurrent); "
                    + "try again shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (StackOverflowError e) {
            // A query or update nested thousands deep overflows ARQ's parser or evaluator:
            // the client's request is at fault, and it gets one line, not a 500 with a trace.
            if (response.isCommitted()) {
                throw new ServletException("stack overflow while answering", e);
            }
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            refuse(request, response, "the request is nested too deeply to be read or answered (stack overflow)");
        } finally {
            turns.release();
        }
    }

    /** Answers a refused request with its one line (the status is set already). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String refusal) throws IOException {
        drain(request);
        byte[] body = (refusal + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Why the request is refused (status set on {@code response}), or null to let it through. */
    private String refusal(HttpServletRequest request, HttpServletResponse response) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE")) {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return "TRACE is not served";
        }
        String query = request.getQueryString();
        if (query != null && !wellEncoded(query)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "malformed URL: a '%' in the query string must be followed by two hexadecimal digits";
        }
        if (query != null && !ReadBody.utf8QueryString(query)) {
            // Jetty's decoder fails inside the endpoint, which answered 500.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "malformed URL: the query string is not UTF-8 once its %-escapes are decoded";
        }
        String host = request.getHeader("Host");
        if (checkHost && host != null && !hostNames.contains(hostName(host))) {
            response.setStatus(421);
            return "this server answers to " + String.join(", ", hostNames.stream().map(n -> n.contains(":") ? "[" + n + "]" : n).toList())
                    + ", not to '" + host
                    + "' (start it with --host-name NAME to add a name)";
        }
        boolean write = !SAFE_METHODS.contains(method);
        if (write) {
            String origin = request.getHeader("Origin");
            boolean sameOrigin = origin != null && host != null && sameOrigin(origin, host);
            if (origin != null && !sameOrigin) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return "cross-origin " + method + " refused: a page from " + origin + " may not write to or run "
                        + "requests on this server";
            }
            String site = request.getHeader("Sec-Fetch-Site");
            if ("cross-site".equalsIgnoreCase(site) || ("same-site".equalsIgnoreCase(site) && !sameOrigin)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return "cross-site " + method + " refused: only this server's own page may send it";
            }
        }
        if (token != null && (write || !loopback) && !token.matches(request.getHeader("Authorization"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // Basic first: a browser then asks for the token as a password (any user name).
            response.addHeader("WWW-Authenticate", "Basic realm=\"premise\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"premise\"");
            return (write ? "a write" : "a request to this server") + " needs the token of --token-file: "
                    + "send 'Authorization: Bearer TOKEN' (curl: -H 'Authorization: Bearer TOKEN' or -u :TOKEN)";
        }
        return null;
    }

    /**
     * Why a request body is refused as too large (413), or null. SPARQL text (a query or update
     * body, or a form) has the query limit, anything else (Graph Store uploads) the upload limit.
     * A body of unknown length is measured as it is read ({@link #readBody}); queries in a URL
     * are bounded by Jetty's header limit (8 KB).
     */
    private String tooLarge(HttpServletRequest request, HttpServletResponse response) {
        long length = request.getContentLengthLong();
        if (length < 0) {
            return null;
        }
        boolean sparql = isSparqlText(request);
        long limit = sparql ? load.maxQueryBytes() : load.maxUploadBytes();
        if (length <= limit) {
            return null;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return (sparql ? "a query or update of " : "an upload of ") + length + " bytes is over the limit of " + limit
                + (sparql ? " (--max-query-bytes)" : " (--max-upload-bytes)");
    }

    /**
     * Reads the body here, before any endpoint, when the request does not say its length (a
     * chunked body: its limit is applied as it is read, and a broken chunk is the client's 400)
     * or is a form (decoded here, strictly); null when the endpoint can read it as sent.
     */
    private ReadBody readBody(HttpServletRequest request) throws ReadBody.Refused {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && String.valueOf(request.getHeader("Transfer-Encoding")).toLowerCase(Locale.ROOT)
                .contains("chunked");
        if (!chunked && !(isForm(request) && length > 0)) return null;
        boolean sparql = isSparqlText(request);
        long limit = sparql ? load.maxQueryBytes() : load.maxUploadBytes();
        return ReadBody.read(request, limit, (sparql ? "a query or update of more than " : "an upload of more than ") + limit
                + " bytes is over the limit of " + limit + (sparql ? " (--max-query-bytes)" : " (--max-upload-bytes)"));
    }

    private static boolean isForm(HttpServletRequest request) {
        return String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Whether a body is SPARQL text (a query, an update or a form carrying one), which has the query limit. */
    private static boolean isSparqlText(HttpServletRequest request) {
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        return type.startsWith("application/sparql-query") || type.startsWith("application/sparql-update")
                || type.startsWith("application/x-www-form-urlencoded");
    }

    /** Whether every {@code %} of a URL's query string starts a two-hex-digit escape (Jetty's decoder fails with a 500 otherwise). */
    static boolean wellEncoded(String query) {
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether an {@code Origin} names the host the request was sent to (http or https, as given). */
    private static boolean sameOrigin(String origin, String host) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        String h = host.strip().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    /** The name part of a {@code Host} value or an address: no port, no brackets, no final dot, lower case. */
    static String hostName(String hostAndPort) {
        String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            h = close < 0 ? h.substring(1) : h.substring(1, close);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static void drain(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; total < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) total += n;
        } catch (IOException | IllegalStateException unreadable) {
            // The connection is closed after the answer instead.
        }
    }
}
