package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.cli.Cli;

/**
 * The endpoints beside SPARQL over HTTP: {@code /premise/whatif} answers exactly what
 * {@code premise whatif --format json} prints, {@code /premise/statement} what the explorer's
 * side panel shows (with {@code premise explain}'s derivations), both refuse unknown keys with
 * 400 and the closest keys; {@code /$/ping} answers and the other admin paths do not exist;
 * {@code /premise/query} is the query endpoint under another name, never an update path; a GET
 * on the query endpoint without a query is its SPARQL 1.1 Service Description.
 */
class AnalysisEndpointsTest {
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

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(served.url() + path)).GET();
        if (accept != null) request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertOneLine400(HttpResponse<String> response, String expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(1, response.body().strip().lines().count(), "one line: " + response.body());
        assertTrue(response.body().startsWith(expected), response.body());
    }

    // ---- /premise/whatif

    @Test
    void whatIfAnswersWhatTheCommandLinePrints() throws Exception {
        List<List<String>> changes = List.of(
                List.of("--retract", "models-capable"),
                List.of("--retract", "political-allocation"),
                List.of("--retract", "oligopoly", "--retract", "st:complexity-break"),
                List.of("--assume", "rsi-loop-broken"),
                List.of("--retract", "translation-gap", "--assume", "low-friction"),
                List.of("--retract", "<https://w3id.org/premise/statement/parallelism-limits>"));
        for (List<String> change : changes) {
            List<String> cli = new ArrayList<>(List.of("whatif", "--format", "json"));
            cli.addAll(change);
            Cli.Run run = Cli.run(cli);
            assertEquals(0, run.exit(), run.err());
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < change.size(); i += 2) {
                query.append(query.length() == 0 ? "?" : "&").append(change.get(i).substring(2)).append('=').append(encode(change.get(i + 1)));
            }
            HttpResponse<String> response = get("premise/whatif" + query);
            assertEquals(200, response.statusCode(), change + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(JSON.parseAny(run.out()), JSON.parseAny(response.body()), change.toString());
        }
    }

    @Test
    void whatIfRetractingModelsCapableTakesTheThesis() throws Exception {
        JsonObject whatIf = JSON.parse(get("premise/whatif?retract=models-capable").body());
        assertTrue(strings(whatIf.get("lostSupport")).contains("thesis"), whatIf.toString());
        JsonObject thesis = null;
        for (JsonValue c : whatIf.get("statusChanges").getAsArray()) {
            if (c.getAsObject().get("statement").getAsString().value().equals("thesis")) thesis = c.getAsObject();
        }
        assertEquals("in", thesis.get("from").getAsString().value());
        assertEquals("out", thesis.get("to").getAsString().value());
    }

    @Test
    void whatIfRefusesUnknownKeysWithTheClosestOnes() throws Exception {
        assertOneLine400(get("premise/whatif?retract=modls-capable"),
                "unknown statement \"modls-capable\"; closest keys: models-capable");
        assertOneLine400(get("premise/whatif?retract=models-capable&assume=thesys"), "unknown statement \"thesys\"; closest keys: thesis");
        assertOneLine400(get("premise/whatif?retract=productivity-uplift"), "\"productivity-uplift\" is not a statement of the argument graph");
        assertOneLine400(get("premise/whatif"), "nothing to compare");
        assertOneLine400(get("premise/whatif?retrac=models-capable"), "unknown parameter \"retrac\"; this endpoint takes assume, retract");
        // The command line says the same about the same key.
        Cli.Run run = Cli.run("whatif", "--retract", "modls-capable");
        assertEquals("premise: unknown statement \"modls-capable\"; closest keys: models-capable", run.err().strip());
    }

    @Test
    void whatIfIsGetOnly() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + "premise/whatif"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("retract=models-capable")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), post.body());
    }

    // ---- /premise/statement

    @Test
    void statementHasWhatTheSidePanelShows() throws Exception {
        HttpResponse<String> response = get("premise/statement?key=thesis");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject thesis = JSON.parse(response.body());
        assertEquals("thesis", string(thesis, "key"));
        assertEquals("https://w3id.org/premise/statement/thesis", string(thesis, "iri"));
        assertEquals("AI progress will look linear in hindsight (lossy self-improvement)", string(thesis, "label"));
        assertTrue(string(thesis, "text").startsWith("AI progress will likely appear more linear"), thesis.toString());
        assertTrue(strings(thesis.get("kinds")).contains("Conclusion"));
        assertEquals("in", string(thesis, "status"));
        assertEquals(false, thesis.get("leaf").getAsBoolean().value());
        assertEquals(List.of("models-capable"), strings(thesis.get("linchpins")));
        assertEquals(List.of(List.of("models-capable")), nested(thesis.get("smallestDefeatSets")));
        assertEquals(false, thesis.get("defeatSetsTruncated").getAsBoolean().value());
        assertEquals(false, thesis.get("supportSetsTruncated").getAsBoolean().value());
        assertTrue(nested(thesis.get("supportSets")).contains(List.of("models-capable", "political-allocation")));
        // Appearances: the first key takeaway and the first bullet of section 1 of the seed digest.
        JsonArray appearances = thesis.get("appearances").getAsArray();
        assertEquals(2, appearances.size(), appearances.toString());
        Set<String> places = new TreeSet<>();
        for (JsonValue a : appearances) {
            JsonObject o = a.getAsObject();
            assertEquals("doc:lossy-self-improvement", string(o, "document"));
            places.add(string(o, "block") + (o.hasKey("section") ? " " + o.get("section").getAsNumber().value() : "") + " "
                    + o.get("position").getAsNumber().value());
        }
        assertEquals(Set.of("KeyTakeaways 1", "Sections 1 1"), places);
    }

    @Test
    void statementDerivationsAreWhatExplainPrints() throws Exception {
        JsonObject thesis = JSON.parse(get("premise/statement?key=thesis").body());
        JsonObject derivations = thesis.get("derivations").getAsObject();
        String explained = null;
        for (JsonValue t : derivations.get("triples").getAsArray()) {
            if (string(t.getAsObject(), "triple").equals("st:thesis premise:dependsOn st:models-capable")) {
                explained = string(t.getAsObject(), "explain");
                assertEquals("depends-on-transitive", string(t.getAsObject(), "rule"));
            }
        }
        Cli.Run explain = Cli.run("explain", "thesis", "premise:dependsOn", "models-capable");
        assertEquals(0, explain.exit(), explain.err());
        assertEquals(explain.out().strip(), explained);
        assertTrue(string(derivations, "status").contains("not derived by a rule"));
    }

    @Test
    void aLeafAndAnOpenQuestion() throws Exception {
        JsonObject leaf = JSON.parse(get("premise/statement?key=" + encode("st:models-capable")).body());
        assertEquals(true, leaf.get("leaf").getAsBoolean().value());
        assertEquals("current models already do valuable knowledge work", string(leaf, "label"));
        assertEquals(List.of(List.of("models-capable")), nested(leaf.get("supportSets")));
        JsonObject question = JSON.parse(get("premise/statement?key=productivity-uplift").body());
        assertEquals(true, question.get("question").getAsBoolean().value());
        assertFalse(strings(question.get("bearsOn")).isEmpty(), question.toString());
        assertTrue(question.hasKey("weight"));
        assertFalse(question.hasKey("status"));
    }

    @Test
    void statementRefusesUnknownKeys() throws Exception {
        assertOneLine400(get("premise/statement?key=thesys"), "unknown statement \"thesys\"; closest keys: thesis");
        assertOneLine400(get("premise/statement"), "give the parameter key");
        assertOneLine400(get("premise/statement?key=thesis&key=oligopoly"), "parameter \"key\" is given 2 times");
        assertOneLine400(get("premise/statement?key=" + encode("premise:Assumption")), "\"premise:Assumption\" is neither");
    }

    // ---- /premise/map

    @Test
    void theMapIsTheDrawModelsJson() throws Exception {
        HttpResponse<String> response = get("premise/map");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject map = JSON.parse(response.body());
        assertEquals(21, map.get("statements").getAsArray().size());
        assertEquals(5, map.get("questions").getAsArray().size());
        assertEquals(false, map.get("truncated").getAsBoolean().value());
        JsonArray documents = map.get("documents").getAsArray();
        assertEquals(1, documents.size());
        String document = string(documents.get(0).getAsObject(), "id");
        JsonObject ofDocument = JSON.parse(get("premise/map?grouping=section&document=" + encode(document)).body());
        assertFalse(ofDocument.get("groups").getAsArray().isEmpty());
        // A what-if drawn by the model agrees with the what-if endpoint.
        JsonObject after = JSON.parse(get("premise/map?retract=models-capable").body());
        for (JsonValue s : after.get("statements").getAsArray()) {
            if (string(s.getAsObject(), "key").equals("thesis")) {
                assertEquals("out", string(s.getAsObject(), "status"));
                assertEquals("in", string(s.getAsObject(), "statusBefore"));
                assertEquals(true, s.getAsObject().get("lostSupport").getAsBoolean().value());
            }
        }
        assertOneLine400(get("premise/map?document=lossy"), "unknown document \"lossy\"; closest documents: lossy-self-improvement");
        assertOneLine400(get("premise/map?focus=thesys"), "unknown statement \"thesys\"; closest keys: thesis");
        assertOneLine400(get("premise/map?depth=x"), "parameter depth must be a whole number");
        assertOneLine400(get("premise/map?grouping=page"), "parameter grouping must be section, document or none");
        assertOneLine400(get("premise/map?retract=modls-capable"), "unknown statement \"modls-capable\"; closest keys: models-capable");
    }

    @Test
    void theMapComesPlacedWherePremiseDrawPlacesIt(@TempDir Path dir) throws Exception {
        JsonObject map = JSON.parse(get("premise/map?grouping=none").body());
        Path svg = dir.resolve("seed.svg");
        assertEquals(0, Cli.run("draw", "--group", "none", "-o", svg.toString()).exit());
        // Each statement's rectangle or ellipse in the SVG, by key: its centre and size.
        Map<String, double[]> drawn = new HashMap<>();
        Matcher m = Pattern.compile("<g class=\"statement\" id=\"s\\d+\" data-key=\"([^\"]+)\"[^>]*><title>[^<]*</title>"
                + "(?:<rect x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\""
                + "|<ellipse cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\" rx=\"([\\d.]+)\" ry=\"([\\d.]+)\")").matcher(Files.readString(svg));
        while (m.find()) {
            drawn.put(m.group(1), m.group(2) != null
                    ? new double[] {d(m.group(2)) + d(m.group(4)) / 2, d(m.group(3)) + d(m.group(5)) / 2, d(m.group(4)), d(m.group(5))}
                    : new double[] {d(m.group(6)), d(m.group(7)), 2 * d(m.group(8)), 2 * d(m.group(9))});
        }
        assertTrue(drawn.size() >= 15, "rectangles and ellipses found in the SVG: " + drawn.size());
        // The SVG puts the drawing under its caption: one offset for every statement, the same sizes.
        double[] offset = null;
        int compared = 0;
        List<JsonValue> placed = new ArrayList<>(map.get("statements").getAsArray());
        placed.addAll(map.get("questions").getAsArray());
        for (JsonValue v : placed) {
            JsonObject box = v.getAsObject().get("box").getAsObject();
            double[] json = {num(box, "x"), num(box, "y"), num(box, "w"), num(box, "h")};
            assertTrue(json[2] > 0 && json[3] > 0, "every statement has a size: " + v);
            assertFalse(v.getAsObject().get("lines").getAsArray().isEmpty(), "every statement has its caption lines: " + v);
            double[] s = drawn.get(string(v.getAsObject(), "key"));
            if (s == null) continue;
            if (offset == null) offset = new double[] {s[0] - json[0], s[1] - json[1]};
            assertEquals(offset[0], s[0] - json[0], 0.15, "x of " + v);
            assertEquals(offset[1], s[1] - json[1], 0.15, "y of " + v);
            assertEquals(s[2], json[2], 0.15, "width of " + v);
            assertEquals(s[3], json[3], 0.15, "height of " + v);
            compared++;
        }
        assertEquals(drawn.size(), compared);
        // Layered: an argument's junction lies below its conclusion and above each of its premises.
        Map<String, Double> y = new HashMap<>();
        for (JsonValue v : placed) y.put(string(v.getAsObject(), "id"), num(v.getAsObject().get("box").getAsObject(), "y"));
        for (JsonValue v : map.get("arguments").getAsArray()) {
            double junction = num(v.getAsObject().get("box").getAsObject(), "y");
            assertTrue(junction > y.get(string(v.getAsObject(), "conclusion")), "junction below its conclusion: " + v);
            for (JsonValue p : v.getAsObject().get("premises").getAsArray()) {
                assertTrue(junction < y.get(p.getAsString().value()), "junction above its premise: " + v);
            }
        }
        // The same request twice: the same answer (kept); without the layout, no boxes; a bad layout is 400.
        assertEquals(get("premise/map?grouping=none").body(), get("premise/map?grouping=none").body());
        JsonObject plain = JSON.parse(get("premise/map?grouping=none&layout=none").body());
        assertFalse(plain.hasKey("layout"));
        assertFalse(plain.get("statements").getAsArray().get(0).getAsObject().hasKey("box"));
        assertOneLine400(get("premise/map?layout=dot"), "parameter layout must be elk or none");
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static double num(JsonObject o, String field) {
        return o.get(field).getAsNumber().value().doubleValue();
    }

    // ---- /$/ping, the alias, the service description

    @Test
    void pingAnswersAndNoOtherAdminPathExists() throws Exception {
        HttpResponse<String> ping = get("$/ping");
        assertEquals(200, ping.statusCode());
        assertTrue(ping.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertFalse(ping.body().isBlank());
        for (String admin : List.of("$/server", "$/stats", "$/datasets", "$/backup/premise", "$/compact/premise", "$/metrics",
                "$/tasks", "$/logs", "$/reload")) {
            assertEquals(404, get(admin).statusCode(), admin);
        }
    }

    @Test
    void queryIsAnAliasOfSparqlAndNeverUpdates() throws Exception {
        String ask = "?query=" + encode("ASK { <https://w3id.org/premise/statement/thesis> ?p ?o }");
        HttpResponse<String> sparql = get("premise/sparql" + ask, "application/sparql-results+json");
        HttpResponse<String> query = get("premise/query" + ask, "application/sparql-results+json");
        assertEquals(200, query.statusCode(), query.body());
        assertEquals(JSON.parse(sparql.body()), JSON.parse(query.body()));
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(served.url() + "premise/query"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, update.statusCode() + " " + update.body());
        HttpResponse<String> written = get("premise/sparql?query=" + encode("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(written.body().contains("false"), written.body());
    }

    @Test
    void aGetWithoutAQueryIsTheServiceDescription() throws Exception {
        for (String endpoint : List.of("premise/sparql", "premise/query")) {
            HttpResponse<String> response = get(endpoint, "text/turtle");
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Graph description = parse(response.body(), Lang.TURTLE);
            Node service = NodeFactory.createURI(served.url() + endpoint);
            assertTrue(description.contains(service, RDF.type.asNode(), sd("Service")), response.body());
            assertTrue(description.contains(service, sd("endpoint"), service));
            assertTrue(description.contains(service, sd("supportedLanguage"), sd("SPARQL11Query")));
            assertTrue(description.contains(service, sd("resultFormat"),
                    NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
            assertEquals(namedGraphs(), names(description), "the named graphs of the default dataset");
        }
        // Without Accept (curl), Turtle too; JSON-LD when asked.
        assertTrue(get("premise/sparql").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> jsonld = get("premise/sparql", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(namedGraphs(), names(parse(jsonld.body(), Lang.JSONLD)));
    }

    @Test
    void aBrowserOpeningThePrintedSparqlUrlIsSentToTheSparqlPage() throws Exception {
        HttpResponse<String> response = get("premise/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, response.statusCode());
        assertEquals("/sparql.html", response.headers().firstValue("Location").orElse(""));
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text).lang(lang).parse(g);
        return g;
    }

    private static Set<String> names(Graph description) {
        Set<String> names = new TreeSet<>();
        description.find(Node.ANY, sd("name"), Node.ANY).forEachRemaining(t -> names.add(t.getObject().getURI()));
        return names;
    }

    private static Set<String> namedGraphs() throws Exception {
        HttpResponse<String> response = get("premise/sparql?query=" + encode("SELECT DISTINCT ?g { GRAPH ?g {} }"),
                "application/sparql-results+json");
        Set<String> names = new TreeSet<>();
        for (JsonValue row : JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray()) {
            names.add(string(row.getAsObject().get("g").getAsObject(), "value"));
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#" + local);
    }

    private static String string(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private static List<String> strings(JsonValue array) {
        List<String> out = new ArrayList<>();
        array.getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    private static List<List<String>> nested(JsonValue array) {
        List<List<String>> out = new ArrayList<>();
        array.getAsArray().forEach(v -> out.add(strings(v)));
        return out;
    }
}
