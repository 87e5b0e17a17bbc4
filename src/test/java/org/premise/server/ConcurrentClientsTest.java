package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Eight clients asking 200 queries each of the served seed: every answer complete, no errors
 * (not timed); and readers during writes see the data before or after each write, closure
 * included, never a mix.
 */
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

    @Test
    void readersDuringWritesSeeTheDependenceBeforeOrAfterEachWriteNeverAMix() throws Exception {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        String argument = """
                PREFIX premise: <https://w3id.org/premise/ontology#>
                PREFIX st: <https://w3id.org/premise/statement/>
                PREFIX kb: <https://w3id.org/premise/kb/>
                %s DATA { kb:arg-toggled a premise:Argument ; premise:conclusion st:lossy-regime ; premise:premise st:toggled .
                          st:toggled a premise:Assumption ; premise:text "Toggled by the writer." . }
                """;
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            Set<String> without = ServedData.rows(server, ServedData.DEPENDS_ON);
            assertEquals(204, SeedServers.update(server, argument.formatted("INSERT")).statusCode());
            Set<String> with = ServedData.rows(server, ServedData.DEPENDS_ON);
            assertTrue(with.size() > without.size());
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<?>> readers = new ArrayList<>();
            for (int c = 0; c < CLIENTS - 1; c++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        Set<String> seen = ServedData.rows(server, ServedData.DEPENDS_ON);
                        if (!seen.equals(with) && !seen.equals(without)) errors.add(seen.size() + " pairs");
                    }
                }));
            }
            for (int i = 0; i < 20; i++) {
                int status = SeedServers.update(server, argument.formatted(i % 2 == 0 ? "DELETE" : "INSERT")).statusCode();
                if (status != 204) errors.add("write answered " + status);
            }
            writing.set(false);
            for (Future<?> f : readers) f.get(5, TimeUnit.MINUTES);
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
