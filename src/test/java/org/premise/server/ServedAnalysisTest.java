package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * The what-if and statement endpoints answer for the data as served now: after a write (they
 * follow it) and over a TDB2 base (whose workspace is derived from the stored sources), always
 * what the command line answers for the same data.
 */
class ServedAnalysisTest {
    static final String TRIPLES = "<https://w3id.org/premise/statement/sceptic> a <https://w3id.org/premise/ontology#Assumption> ;"
            + " <https://w3id.org/premise/ontology#key> \"sceptic\" ;"
            + " <https://w3id.org/premise/ontology#text> \"Progress will not look linear at all.\" ;"
            + " <https://w3id.org/premise/ontology#rebuts> <https://w3id.org/premise/statement/thesis> .";
    static final String ATTACKER = "INSERT DATA { " + TRIPLES + " }";

    static String root(PremiseServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    static JsonObject statement(PremiseServer server, String key) {
        HttpResponse<String> response = SeedServers.get(root(server) + "/premise/statement?key=" + key, null);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body());
    }

    @Test
    void afterAWriteTheEndpointsAnswerForTheNewData(@TempDir Path dir) throws Exception {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        try {
            assertEquals("in", statement(server, "thesis").get("status").getAsString().value());
            assertEquals(400, SeedServers.get(root(server) + "/premise/whatif?retract=sceptic", null).statusCode());
            assertEquals(204, SeedServers.update(server, ATTACKER).statusCode());
            // An unattacked assumption rebutting the thesis: both undecided, as grounded semantics says.
            assertEquals("undecided", statement(server, "thesis").get("status").getAsString().value());
            HttpResponse<String> whatIf = SeedServers.get(root(server) + "/premise/whatif?retract=sceptic", null);
            assertEquals(200, whatIf.statusCode(), whatIf.body());
            // The command line, given the same triples as a file, answers the same.
            Path data = dir.resolve("sceptic.ttl");
            Files.writeString(data, TRIPLES + "\n");
            Cli.Run cli = Cli.run("whatif", "--data", data.toString(), "--retract", "sceptic", "--format", "json");
            assertEquals(0, cli.exit(), cli.err());
            assertEquals(JSON.parseAny(cli.out()), JSON.parseAny(whatIf.body()));
            assertTrue(cli.out().contains("\"thesis\""), cli.out());
        } finally {
            server.stop();
        }
    }

    @Test
    void overTdb2TheWhatIfIsTheCommandLines() {
        PremiseServer server = PremiseServer.serve(SeedServers.tdb2(), SeedServers.derivation(), SeedServers.testDefaults(), null);
        try {
            HttpResponse<String> whatIf = SeedServers.get(root(server) + "/premise/whatif?retract=models-capable&assume=low-friction", null);
            assertEquals(200, whatIf.statusCode(), whatIf.body());
            Cli.Run cli = Cli.run("whatif", "--retract", "models-capable", "--assume", "low-friction", "--format", "json");
            assertEquals(JSON.parseAny(cli.out()), JSON.parseAny(whatIf.body()));
        } finally {
            server.stop();
        }
    }
}
