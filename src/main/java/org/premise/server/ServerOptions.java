package org.premise.server;

import java.time.Duration;
import java.util.List;

/**
 * How {@code premise serve} serves a dataset. The defaults are the safe ones: loopback only,
 * read-only, SERVICE and LOAD refused, remote JSON-LD contexts not fetched, requests naming
 * another host or coming from another site's page refused, a 10 s query timeout and at most
 * 10 000 result rows.
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} by default)
 * @param port the port; 0 picks a free one
 * @param update whether SPARQL Update and Graph Store writes are allowed
 * @param timeout the longest a query or update may run; zero for no limit
 * @param allowService whether SPARQL SERVICE may call other endpoints
 * @param maxRows the cap on SELECT rows (and on CONSTRUCT/DESCRIBE solutions)
 * @param logRequests whether Fuseki logs one line per request
 * @param access who may send requests: the host names the server answers to and the token, if any
 * @param allowLoad whether SPARQL Update {@code LOAD <iri>} may read files and fetch URLs
 * @param allowRemoteContext whether JSON-LD sent to the server may have its remote {@code @context} fetched
 */
public record ServerOptions(String bindAddress, int port, boolean update, Duration timeout, boolean allowService,
                            int maxRows, boolean logRequests, Access access, boolean allowLoad,
                            boolean allowRemoteContext) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    /**
     * Who may talk to the server, beyond the same-origin and Host checks every server makes.
     *
     * @param hostNames extra names the server answers to in the {@code Host} header (besides
     *                  localhost, 127.0.0.1, [::1] and the bound address), e.g. behind a proxy
     * @param token the bearer token every write (and, on a non-loopback server, every request)
     *              must carry, or null for none
     */
    public record Access(List<String> hostNames, AccessToken token) {
        public Access {
            hostNames = List.copyOf(hostNames);
        }

        /** No extra host names, no token. */
        public static Access open() {
            return new Access(List.of(), null);
        }
    }

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, not " + port);
        if (maxRows < 1) throw new IllegalArgumentException("the row cap must be at least 1, not " + maxRows);
        if (timeout.isNegative()) throw new IllegalArgumentException("the timeout cannot be negative");
        if (access == null) access = Access.open();
    }

    /** The safe defaults. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, false, DEFAULT_TIMEOUT, false, DEFAULT_MAX_ROWS, false,
                Access.open(), false, false);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bindAddress, p, update, timeout, allowService, maxRows, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withBindAddress(String a) {
        return new ServerOptions(a, port, update, timeout, allowService, maxRows, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withUpdate(boolean u) {
        return new ServerOptions(bindAddress, port, u, timeout, allowService, maxRows, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withTimeout(Duration t) {
        return new ServerOptions(bindAddress, port, update, t, allowService, maxRows, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withAllowService(boolean s) {
        return new ServerOptions(bindAddress, port, update, timeout, s, maxRows, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withMaxRows(int m) {
        return new ServerOptions(bindAddress, port, update, timeout, allowService, m, logRequests, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withLogRequests(boolean l) {
        return new ServerOptions(bindAddress, port, update, timeout, allowService, maxRows, l, access, allowLoad, allowRemoteContext);
    }

    public ServerOptions withAccess(Access a) {
        return new ServerOptions(bindAddress, port, update, timeout, allowService, maxRows, logRequests, a, allowLoad, allowRemoteContext);
    }

    public ServerOptions withAllowLoad(boolean l) {
        return new ServerOptions(bindAddress, port, update, timeout, allowService, maxRows, logRequests, access, l, allowRemoteContext);
    }

    public ServerOptions withAllowRemoteContext(boolean r) {
        return new ServerOptions(bindAddress, port, update, timeout, allowService, maxRows, logRequests, access, allowLoad, r);
    }
}
