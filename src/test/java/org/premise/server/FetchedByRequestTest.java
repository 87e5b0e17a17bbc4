package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;
import org.premise.cli.ExitCodes;
import org.premise.rdf.RemoteContexts;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 10, finding 2: nothing is read from the disk or fetched from the network because of what
 * an update or a data file says. {@code LOAD <file:...>} and {@code LOAD <http:...>} are refused
 * unless the server was started with {@code --allow-load}; a JSON-LD {@code @context} given as
 * a URL is not fetched unless {@code --allow-remote-context} is given, whether the file comes
 * with {@code --data}, {@code load} or a Graph Store POST. Every URL named here is a local port
 * that counts the connections it gets: none may reach it.
 */
class FetchedByRequestTest {
    static final String LOADED_GRAPH = "http://example.org/loaded";

    static HttpResponse<String> ask(PremiseServer server, String ask) {
        return SeedServers.query(server, ask, "application/sparql-results+json");
    }

    static Path turtle(Path dir) throws IOException {
        Path file = dir.resolve("local.ttl");
        Files.writeString(file, "<urn:load:s> <urn:load:p> \"from the server's disk\" .\n");
        return file;
    }

    @Test
    void loadOfAFileIsRefusedByDefault(@TempDir Path dir) throws IOException {
        Path file = turtle(dir);
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        try {
            for (String load : new String[] {"LOAD <" + file.toUri() + "> INTO GRAPH <" + LOADED_GRAPH + ">",
                    "LOAD SILENT <" + file.toUri() + ">"}) {
                HttpResponse<String> refused = SeedServers.update(server, load);
                assertEquals(403, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("--allow-load"), refused.body());
                assertEquals(1, refused.body().strip().lines().count(), refused.body());
            }
            assertTrue(ask(server, "ASK { ?s <urn:load:p> ?o }").body().contains("false"));
        } finally {
            server.stop();
        }
    }

    @Test
    void loadOfAUrlIsRefusedWithoutContactingIt() throws IOException {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        try (Tripwire remote = new Tripwire()) {
            HttpResponse<String> refused = SeedServers.update(server, "LOAD <" + remote.url("/data.ttl") + ">");
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains(remote.url("/data.ttl")), refused.body());
            assertEquals(0, remote.connections());
        } finally {
            server.stop();
        }
    }

    @Test
    void loadWorksWithAllowLoad(@TempDir Path dir) throws IOException {
        Path file = turtle(dir);
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true).withAllowLoad(true));
        try {
            HttpResponse<String> loaded = SeedServers.update(server, "LOAD <" + file.toUri() + "> INTO GRAPH <" + LOADED_GRAPH + ">");
            assertEquals(204, loaded.statusCode(), loaded.body());
            assertTrue(ask(server, "ASK { GRAPH <" + LOADED_GRAPH + "> { <urn:load:s> <urn:load:p> ?o } }").body().contains("true"));
        } finally {
            server.stop();
        }
    }

    static Path jsonLdWithContext(Path dir, String contextUrl) throws IOException {
        Path file = dir.resolve("remote-context.jsonld");
        Files.writeString(file, """
                { "@context": "%s",
                  "@id": "https://w3id.org/premise/statement/ctx-a",
                  "dependsOn": { "@id": "https://w3id.org/premise/statement/ctx-b" } }
                """.formatted(contextUrl));
        return file;
    }

    @Test
    void aRemoteContextInDataIsNotFetched(@TempDir Path dir) throws IOException {
        try (Tripwire remote = new Tripwire()) {
            String context = remote.url("/context.jsonld");
            Path file = jsonLdWithContext(dir, context);
            Cli.Run data = Cli.run("query", "dependencies", "--data", file.toString());
            Cli.Run load = Cli.run("load", "--store", dir.resolve("kb.tdb").toString(), file.toString());
            for (Cli.Run run : new Cli.Run[] {data, load}) {
                assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
                assertEquals(1, run.err().strip().lines().count(), run.err());
                assertTrue(run.err().contains("remote-context.jsonld"), run.err());
                assertTrue(run.err().contains(context), run.err());
                assertTrue(run.err().contains("--allow-remote-context"), run.err());
                assertFalse(run.err().contains("well-formed"), run.err());
            }
            assertEquals(0, remote.connections());
        }
    }

    @Test
    void aContextNamingALocalFileIsNotRead(@TempDir Path dir) throws IOException {
        Path context = dir.resolve("context.jsonld");
        Files.writeString(context, "{ \"@context\": { \"dependsOn\": { \"@id\": \"https://w3id.org/premise/ontology#dependsOn\" } } }");
        for (String named : new String[] {context.toUri().toString(), "context.jsonld"}) {
            Path file = jsonLdWithContext(dir, named);
            Cli.Run run = Cli.run("query", "dependencies", "--data", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
            assertTrue(run.err().contains("file:"), run.err());
            assertTrue(run.err().contains("--allow-remote-context"), run.err());
        }
    }

    @Test
    void aRemoteContextInAGraphStorePostIsNotFetched(@TempDir Path dir) throws IOException {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true));
        try (Tripwire remote = new Tripwire()) {
            String body = Files.readString(jsonLdWithContext(dir, remote.url("/context.jsonld")));
            HttpResponse<String> posted = SeedServers.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                    + SeedServers.encode("http://example.org/posted"))).header("Content-Type", "application/ld+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(400, posted.statusCode(), posted.body());
            assertTrue(posted.body().contains(remote.url("/context.jsonld")), posted.body());
            assertFalse(posted.body().contains("well-formed"), posted.body());
            assertEquals(0, remote.connections());
            assertTrue(ask(server, "ASK { GRAPH <http://example.org/posted> { ?s ?p ?o } }").body().contains("false"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aRemoteContextIsFetchedWithAllowRemoteContext(@TempDir Path dir) throws IOException {
        // A context served on this machine, standing for a published one.
        HttpServer contexts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] context = """
                { "@context": { "premise": "https://w3id.org/premise/ontology#",
                                "dependsOn": { "@id": "premise:dependsOn", "@type": "@id" } } }
                """.getBytes(StandardCharsets.UTF_8);
        contexts.createContext("/context.jsonld", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, context.length);
            exchange.getResponseBody().write(context);
            exchange.close();
        });
        contexts.start();
        try {
            String url = "http://127.0.0.1:" + contexts.getAddress().getPort() + "/context.jsonld";
            Path file = jsonLdWithContext(dir, url);
            Cli.Run run = Cli.run("--allow-remote-context", "infer", "--format", "nt", "--no-bundled", "--data", file.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("<https://w3id.org/premise/statement/ctx-a> <https://w3id.org/premise/ontology#dependsOn> "
                    + "<https://w3id.org/premise/statement/ctx-b>"), run.out());
            Cli.Run afterSubcommand = Cli.run("infer", "--allow-remote-context", "--format", "nt", "--no-bundled", "--data", file.toString());
            assertEquals(0, afterSubcommand.exit(), afterSubcommand.err());
            // The next run starts refusing again.
            assertEquals(ExitCodes.BAD_INPUT, Cli.run("infer", "--format", "nt", "--no-bundled", "--data", file.toString()).exit());
        } finally {
            contexts.stop(0);
            RemoteContexts.allow(false);
        }
    }
}
