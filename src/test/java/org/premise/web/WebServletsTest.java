package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's servlets over HTTP, without a browser: what {@code /}, {@code /queries.json} and
 * {@code /queries/NAME} answer, and that nothing the page uses can write.
 */
class WebServletsTest {
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

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootServesTheSelfContainedPage() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(page.body().contains("<title>Premise</title>"));
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "the page refers to another host");
        assertEquals(404, get("no-such-page").statusCode(), "only / is the page; other paths stay Fuseki's 404");
    }

    @Test
    void theSparqlPageAndItsFilesComeFromTheJar() throws Exception {
        HttpResponse<String> page = get("sparql.html");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';") && policy.contains("connect-src 'self'"), policy);
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "the page refers to another host");
        for (String file : List.of("vendor/yasgui/yasgui.min.js", "vendor/yasgui/yasgui.min.css", "vendor/cytoscape/cytoscape.min.js",
                "vendor/cytoscape/LICENSE", "vendor/yasgui/LICENSE",
                "vendor/VENDORED.md", "assets/sparql.js", "assets/explorer.js", "assets/premise.css")) {
            HttpResponse<String> response = get(file);
            assertEquals(200, response.statusCode(), file);
            String etag = response.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + file))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), file + ": a browser revalidating gets no body");
        }
        assertTrue(get("vendor/cytoscape/cytoscape.min.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        // Nothing outside the folders, and no file kind a page does not load.
        for (String outside : List.of("vendor/../premise/web/sparql.html", "vendor/%2e%2e/sparql.html", "assets/", "vendor/yasgui",
                "assets/nothing.js", "vendor/../../org/premise/server/PremiseServer.class")) {
            int status = get(outside).statusCode();
            assertTrue(status == 404 || status == 400, outside + " answered " + status);
        }
    }

    @Test
    void aNamedQueryAnswersInTheFormatAsked() throws Exception {
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + "queries/assumptions-of?statement=thesis"))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("assumption,"), csv.body());
        HttpResponse<String> tsv = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + "queries/assumptions-of?statement=thesis"))
                .header("Accept", "text/tab-separated-values").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(tsv.body().startsWith("?assumption\t"), tsv.body());
    }

    @Test
    void queriesJsonComesFromTheHeaders() throws Exception {
        HttpResponse<String> response = get("queries.json");
        assertEquals(200, response.statusCode());
        JsonObject doc = JSON.parse(response.body());
        assertEquals("/premise/sparql", doc.get("endpoint").getAsString().value());
        assertEquals("https://w3id.org/premise/statement/", doc.get("prefixes").getAsObject().get("st").getAsString().value());
        JsonObject assumptionsOf = byName(doc.get("queries").getAsArray(), "assumptions-of");
        assertEquals("Assumptions of a statement", assumptionsOf.get("title").getAsString().value());
        JsonObject parameter = assumptionsOf.get("parameters").getAsArray().get(0).getAsObject();
        assertEquals("statement", parameter.get("name").getAsString().value());
        assertTrue(assumptionsOf.get("text").getAsString().value().contains("SELECT DISTINCT ?assumption"));
        assertEquals(0, byName(doc.get("queries").getAsArray(), "dependencies").get("parameters").getAsArray().size());
    }

    @Test
    void namedQueryBindsAStatementKey() throws Exception {
        HttpResponse<String> response = get("queries/assumptions-of?statement=thesis");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<String> assumptions = column(JSON.parse(response.body()), "assumption");
        assertTrue(assumptions.contains("https://w3id.org/premise/statement/models-capable"), assumptions.toString());
    }

    @Test
    void parameterValuesAreTermsNotText() throws Exception {
        // Pasted into the text this would close the pattern; read as a statement's name it names
        // none, and the answer says so instead of running anything.
        String injection = "x%22%20%7D%20UNION%20%7B%20%3Fassumption%20%3Fp%20%3Fo%20%7D%20%23";
        HttpResponse<String> response = get("queries/assumptions-of?statement=" + injection);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("unknown statement"), response.body());
        HttpResponse<String> mistyped = get("queries/assumptions-of?statement=modls-capable");
        assertEquals(400, mistyped.statusCode(), mistyped.body());
        assertTrue(mistyped.body().contains("closest keys: models-capable"), mistyped.body());
    }

    @Test
    void badRequestsAreExplained() throws Exception {
        HttpResponse<String> unknownParameter = get("queries/dependencies?statement=thesis");
        assertEquals(400, unknownParameter.statusCode());
        assertTrue(unknownParameter.body().contains("has no parameter \"statement\"; it takes no parameters"), unknownParameter.body());
        HttpResponse<String> unknownQuery = get("queries/dependencys");
        assertEquals(404, unknownQuery.statusCode());
        HttpResponse<String> twice = get("queries/assumptions-of?statement=thesis&statement=lossy-regime");
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("\"statement\" is given twice"), twice.body());
        HttpResponse<String> badLiteral = get("queries/assumptions-of?statement=%22unterminated");
        assertEquals(400, badLiteral.statusCode(), badLiteral.body());
    }

    @Test
    void nothingThePageUsesCanWrite() throws Exception {
        assertEquals(405, post("queries/dependencies", "application/x-www-form-urlencoded", "statement=thesis").statusCode());
        assertEquals(405, post("queries.json", "application/json", "{}").statusCode());
        HttpResponse<String> update = post("premise/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertTrue(update.statusCode() >= 400, "an update was accepted: " + update.statusCode());
        HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(served.sparqlEndpoint()
                        + "?query=ASK%7B%3Curn%3Aa%3E%20%3Fp%20%3Fo%7D")).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("\"boolean\" : false"), ask.body());
    }

    private static JsonObject byName(JsonArray queries, String name) {
        for (JsonValue q : queries) {
            if (q.getAsObject().get("name").getAsString().value().equals(name)) return q.getAsObject();
        }
        throw new AssertionError("no query " + name + " in /queries.json");
    }

    private static List<String> column(JsonObject results, String variable) {
        List<String> values = new ArrayList<>();
        for (JsonValue row : results.get("results").getAsObject().get("bindings").getAsArray()) {
            JsonValue cell = row.getAsObject().get(variable);
            if (cell != null) values.add(cell.getAsObject().get("value").getAsString().value());
        }
        return values;
    }
}
