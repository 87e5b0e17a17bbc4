package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.app.Workspaces;
import org.premise.kb.RuleBudget;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.reason.Workspace;

/**
 * A write that sets a user's rule deriving without end is stopped by the rule budget the
 * server was started with (issue 10, finding 5, on the write path): the write fails, nothing
 * of it is stored, and the server goes on answering and accepting other writes.
 */
class RunawayWriteTest {
    @TempDir Path dir;

    @Test
    void aRunawayWriteFailsAndTheServerGoesOn() throws Exception {
        Path rules = dir.resolve("chain.rules");
        Files.writeString(rules, "@prefix ex: <http://example.org/> .\n"
                + "[chain: (?s ex:next ?x) makeSkolem(?y, ?x) -> (?x ex:next ?y)]\n");
        SourceSpec spec = new SourceSpec(true, List.of(), true, List.of(rules), SourceSpec.DEFAULT_SET_CAP, null,
                new RuleBudget(5_000, Duration.ZERO));
        Workspace ws = Workspaces.inMemory(spec);
        PremiseServer server = PremiseServer.serve(DerivationService.inMemory(ws), DerivedGraphs.of(ws),
                SeedServers.testDefaults().withUpdate(true).withPort(0), null);
        try {
            var runaway = SeedServers.update(server, "PREFIX ex: <http://example.org/> INSERT DATA { <urn:a> ex:next <urn:b> }");
            assertNotEquals(200, runaway.statusCode(), runaway.body());
            assertNotEquals(204, runaway.statusCode(), runaway.body());
            assertTrue(runaway.body().contains("chain"), runaway.body());
            var ask = SeedServers.query(server, "ASK { <urn:a> ?p ?o }", "application/sparql-results+json");
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(ask.body().contains("false"), "nothing of the failed write is stored: " + ask.body());
            var fine = SeedServers.update(server, "INSERT DATA { <urn:c> <http://www.w3.org/2000/01/rdf-schema#label> \"c\" }");
            assertTrue(fine.statusCode() == 200 || fine.statusCode() == 204, fine.body());
        } finally {
            server.stop();
        }
    }
}
