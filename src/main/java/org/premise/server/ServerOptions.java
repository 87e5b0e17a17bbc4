package org.premise.server;

import java.time.Duration;

/**
 * How {@code premise serve} serves a dataset. The defaults are the safe ones: loopback only,
 * read-only, SERVICE refused, a 10 s query timeout and at most 10 000 result rows.
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} by default)
 * @param port the port; 0 picks a free one
 * @param update whether SPARQL Update and Graph Store writes are allowed
 * @param timeout the longest a query or update may run; zero for no limit
 * @param allowService whether SPARQL SERVICE may call other endpoints
 * @param maxRows the cap on SELECT rows (and on CONSTRUCT/DESCRIBE solutions)
 * @param logRequests whether Fuseki logs one line per request
 */
public record ServerOptions(String bindAddress, int port, boolean update, Duration timeout, boolean allowService,
                            int maxRows, boolean logRequests) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, not " + port);
        if (maxRows < 1) throw new IllegalArgumentException("the row cap must be at least 1, not " + maxRows);
        if (timeout.isNegative()) throw new IllegalArgumentException("the timeout cannot be negative");
    }

    /** The safe defaults. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, false, DEFAULT_TIMEOUT, false, DEFAULT_MAX_ROWS, false);
    }

    public ServerOptions withPort(int p) { return new ServerOptions(bindAddress, p, update, timeout, allowService, maxRows, logRequests); }

    public ServerOptions withBindAddress(String a) { return new ServerOptions(a, port, update, timeout, allowService, maxRows, logRequests); }

    public ServerOptions withUpdate(boolean u) { return new ServerOptions(bindAddress, port, u, timeout, allowService, maxRows, logRequests); }

    public ServerOptions withTimeout(Duration t) { return new ServerOptions(bindAddress, port, update, t, allowService, maxRows, logRequests); }

    public ServerOptions withAllowService(boolean s) { return new ServerOptions(bindAddress, port, update, timeout, s, maxRows, logRequests); }

    public ServerOptions withMaxRows(int m) { return new ServerOptions(bindAddress, port, update, timeout, allowService, m, logRequests); }

    public ServerOptions withLogRequests(boolean l) { return new ServerOptions(bindAddress, port, update, timeout, allowService, maxRows, l); }
}
