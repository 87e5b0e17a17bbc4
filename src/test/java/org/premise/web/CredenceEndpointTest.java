package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

/**
 * {@code /premise/credence} answers exactly what {@code premise credence --format json} prints
 * for the same arguments, refuses unknown keys (with the closest ones) and bad credences with
 * one line, and will not compute past its server-side limits.
 */
class CredenceEndpointTest {
    private static ServedSeed served;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        served = ServedSeed.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertOneLine400(HttpResponse<String> response, String expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(1, response.body().strip().lines().count(), "one line: " + response.body());
        assertTrue(response.body().contains(expected), response.body());
    }

    @Test
    void answersWhatTheCommandLinePrints() throws Exception {
        List<List<String>> argumentSets = List.of(
                List.of(),
                List.of("key", "thesis"),
                List.of("credence", "political-allocation=1"),
                List.of("key", "thesis", "credence", "political-allocation=1"),
                List.of("credence", "models-capable=0.9", "credence", "oligopoly=0.2", "top", "2"),
                List.of("key", "thesis", "samples", "500", "exact-limit", "0", "seed", "7"));
        for (List<String> arguments : argumentSets) {
            List<String> cli = new ArrayList<>(List.of("credence", "--format", "json"));
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < arguments.size(); i += 2) {
                String name = arguments.get(i);
                String value = arguments.get(i + 1);
                if (name.equals("key")) cli.add(value);
                else cli.addAll(List.of("--" + name, value));
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            Cli.Run run = Cli.run(cli);
            assertEquals(0, run.exit(), run.err());
            HttpResponse<String> response = get("premise/credence" + query);
            assertEquals(200, response.statusCode(), arguments + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(run.out(), response.body(), arguments.toString());
        }
    }

    @Test
    void politicalAllocationAtOneLeavesTheThesisToModelsCapable() throws Exception {
        JsonObject answer = JSON.parse(get("premise/credence?key=thesis&credence=political-allocation%3D1").body());
        JsonObject thesis = answer.get("probabilities").getAsArray().get(0).getAsObject();
        assertEquals("thesis", thesis.get("statement").getAsString().value());
        assertEquals(0.5, thesis.get("in").getAsObject().get("probability").getAsNumber().value().doubleValue());
    }

    @Test
    void refusesUnknownKeysAndBadCredences() throws Exception {
        assertOneLine400(get("premise/credence?key=thesys"), "unknown statement \"thesys\"; closest keys: thesis");
        assertOneLine400(get("premise/credence?credence=modls-capable%3D0.5"), "closest keys: models-capable");
        assertOneLine400(get("premise/credence?credence=models-capable%3D1.5"), "outside [0, 1]");
        assertOneLine400(get("premise/credence?credence=models-capable%3Dhigh"), "is not a number");
        assertOneLine400(get("premise/credence?credence=models-capable"), "expected KEY=P");
        assertOneLine400(get("premise/credence?credence=thesis%3D0.5"), "is not a leaf");
        assertOneLine400(get("premise/credence?kee=thesis"), "unknown parameter \"kee\"");
    }

    @Test
    void workIsCappedServerSide() throws Exception {
        assertOneLine400(get("premise/credence?samples=100001"), "the most this server computes");
        assertOneLine400(get("premise/credence?exact-limit=100001"), "the most this server computes");
        assertOneLine400(get("premise/credence?samples=0"), "outside [1, 100000]");
        assertEquals(200, get("premise/credence?samples=100000&exact-limit=0&key=thesis").statusCode());
    }

    @Test
    void isGetOnly() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + "premise/credence"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=thesis")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), post.body());
    }
}
