package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Eight clients asking 200 queries each of the served seed: every answer complete, no errors (not timed). */
class ConcurrentClientsTest {
    private static final int CLIENTS = 8;
    private static final int QUERIES_EACH = 200;

    @Test
    void eightClientsTwoHundredQueriesEachWithoutErrors() throws Exception {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults());
        String dependencies = SeedServers.queryFile("dependencies");
        String linchpins = SeedServers.queryFile("linchpins");
        long dependencyRows = rows(SeedServers.query(server, dependencies, "text/tab-separated-values").body());
        long linchpinRows = rows(SeedServers.query(server, linchpins, "text/tab-separated-values").body());
        assertTrue(linchpinRows > 0);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < QUERIES_EACH; i++) {
                        boolean even = i % 2 == 0;
                        var http = SeedServers.query(server, even ? dependencies : linchpins, "text/tab-separated-values");
                        long expected = even ? dependencyRows : linchpinRows;
                        if (http.statusCode() != 200 || rows(http.body()) != expected) {
                            errors.add(http.statusCode() + " " + rows(http.body()) + " rows");
                        }
                    }
                }));
            }
            for (Future<?> f : clients) f.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
            server.stop();
        }
        assertEquals(List.of(), List.copyOf(errors));
    }

    private static long rows(String tsv) {
        return tsv.lines().filter(l -> !l.isBlank()).count() - 1;
    }
}
