package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.BadInputException;
import org.premise.cli.Cli;
import org.premise.cli.ExitCodes;

/**
 * Issue 10, finding 3: {@code serve --bind 0.0.0.0 --update} started silently and took
 * unauthenticated writes from the network. Now it is refused unless a token is required, and the
 * token is checked on every write (and every request when the server is not loopback only).
 */
class CredentialsTest {
    static final String TOKEN = "s3cret-token-of-the-team-0123456789";
    static final String INSERT = "INSERT DATA { <urn:token:s> <urn:token:p> \"w\" }";

    static HttpResponse<String> update(PremiseServer server, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/premise/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (authorization != null) request.header("Authorization", authorization);
        return SeedServers.send(request.build());
    }

    static HttpResponse<String> ask(PremiseServer server, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/premise/sparql?query="
                + SeedServers.encode("ASK { <urn:token:s> ?p ?o }"))).header("Accept", "application/sparql-results+json");
        if (authorization != null) request.header("Authorization", authorization);
        return SeedServers.send(request.build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void updateOnEveryInterfaceWithoutATokenIsRefusedWithOneLineAndExit2(@TempDir Path dir) {
        assertThrows(BadInputException.class, () -> SeedServers.start(SeedServers.testDefaults().withUpdate(true)
                .withBindAddress("0.0.0.0")));
        // Through the command line; refused before anything is loaded or bound (else it would serve forever).
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("serve", "--bind", "0.0.0.0", "--update", "--port", "0"));
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--token-file"), run.err());
        assertTrue(run.err().contains("0.0.0.0"), run.err());

        Path shortToken = dir.resolve("short.token");
        writeToken(shortToken, "abc");
        Cli.Run weak = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("serve", "--bind", "0.0.0.0", "--update",
                "--port", "0", "--token-file", shortToken.toString()));
        assertEquals(ExitCodes.BAD_INPUT, weak.exit(), weak.err());
        assertTrue(weak.err().contains("at least 16"), weak.err());
    }

    @Test
    void onLoopbackTheTokenGuardsWritesOnly() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true)
                .withAccess(new ServerOptions.Access(List.of(), AccessToken.of(TOKEN))));
        try {
            HttpResponse<String> none = update(server, null);
            assertEquals(401, none.statusCode(), none.body());
            assertTrue(none.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic")));
            assertEquals(401, update(server, "Bearer " + TOKEN + "x").statusCode());
            assertEquals(401, update(server, "Bearer " + TOKEN.substring(1)).statusCode());
            assertTrue(ask(server, null).body().contains("false"));
            assertEquals(204, update(server, "Bearer " + TOKEN).statusCode());
            assertTrue(ask(server, null).body().contains("true"), "reads need no token on loopback");
            // What a browser sends after asking for the token as a password.
            assertEquals(204, update(server, basic("anyone", TOKEN)).statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void onEveryInterfaceTheTokenGuardsReadsToo() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults().withUpdate(true).withBindAddress("0.0.0.0")
                .withAccess(new ServerOptions.Access(List.of(), AccessToken.of(TOKEN))));
        try {
            assertEquals(401, ask(server, null).statusCode());
            assertEquals(401, update(server, null).statusCode());
            HttpResponse<String> page = SeedServers.get("http://127.0.0.1:" + server.port() + "/", "text/html");
            assertEquals(401, page.statusCode());
            for (String read : new String[] {"/premise/whatif?retract=models-capable", "/premise/statement?key=thesis", "/$/ping"}) {
                String url = "http://127.0.0.1:" + server.port() + read;
                assertEquals(401, SeedServers.get(url, null).statusCode(), read);
                assertEquals(200, SeedServers.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                        .build()).statusCode(), read);
            }
            assertEquals(204, update(server, "Bearer " + TOKEN).statusCode());
            HttpResponse<String> read = ask(server, "Bearer " + TOKEN);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("true"), read.body());
            // Even with the token, a page from another site may not write (browsers resend Basic credentials).
            HttpResponse<String> crossSite = SeedServers.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/premise/update")).header("Content-Type", "application/sparql-update").header("Origin", "http://evil.example")
                    .header("Authorization", basic("", TOKEN)).POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
            assertEquals(403, crossSite.statusCode(), crossSite.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aHostNameCanBeAddedForAProxy() {
        PremiseServer server = SeedServers.start(SeedServers.testDefaults()
                .withAccess(new ServerOptions.Access(List.of("kb.example.org"), null)));
        try {
            String ask = "/premise/sparql?query=" + SeedServers.encode("ASK { ?s ?p ?o }");
            assertEquals(200, RawHttp.send(server.port(), "GET", ask, "kb.example.org").status());
            assertEquals(421, RawHttp.send(server.port(), "GET", ask, "evil.example.org").status());
        } finally {
            server.stop();
        }
    }

    @Test
    void theTokenIsReadFromItsFileAndNeverPrinted(@TempDir Path dir) {
        Path file = dir.resolve("premise.token");
        writeToken(file, "  " + TOKEN + "  \nsecond line ignored\n");
        AccessToken token = AccessToken.read(file);
        assertTrue(token.matches("Bearer " + TOKEN));
        assertTrue(token.matches("bearer   " + TOKEN));
        assertEquals(false, token.matches("Bearer second line ignored"));
        assertEquals(false, token.matches(null));
        assertEquals(false, token.matches("Basic not-base64!"));
        assertEquals(false, token.toString().contains(TOKEN));
        assertEquals(false, ServerOptions.defaults().withAccess(new ServerOptions.Access(List.of(), token)).toString().contains(TOKEN));
        assertThrows(BadInputException.class, () -> AccessToken.read(dir.resolve("missing.token")));
    }

    static void writeToken(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
