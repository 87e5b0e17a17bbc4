package org.premise.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.premise.cli.Cli;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every folder under cases/draw (see its README): {@code premise draw} with the folder's
 * arguments succeeds and writes its format as the tools that read it expect (DOT that
 * Graphviz's {@code dot} renders, well-formed SVG, GraphML valid against the GraphML 1.0
 * schema), with exactly one element per statement: as many as the model has ({@code draw
 * --format json} with the same arguments) and as a SPARQL query counts in the same data
 * ({@code statements.rq}), with the same keys; then the folder's {@code expected.txt} lines hold.
 */
class DrawCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/draw");
    static final String SVG = "http://www.w3.org/2000/svg";

    @TestFactory
    Stream<DynamicTest> eachCaseDrawsEveryStatementOnceInItsFormat() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws Exception {
        List<String> args = words(folder, "args.txt");
        List<String> data = Files.exists(folder.resolve("data.txt")) ? words(folder, "data.txt") : List.of();
        String format = args.get(args.indexOf("--format") + 1);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int statements = Integer.parseInt(expected.stream().filter(l -> l.startsWith("statements ")).findFirst()
                .orElseThrow(() -> new AssertionError(folder + "/expected.txt has no \"statements N\" line")).substring(11).strip());

        Cli.Run run = Cli.run(concat(List.of("draw"), args, data));
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("\tat "), "a stack trace was printed");

        // The model the writer drew, and an independent count of the statements in the same data.
        List<String> jsonArgs = new ArrayList<>(args);
        jsonArgs.set(args.indexOf("--format") + 1, "json");
        Cli.Run json = Cli.run(concat(List.of("draw"), jsonArgs, data));
        assertEquals(0, json.exit(), json.err());
        JsonObject model = JSON.parse(json.out());
        TreeSet<String> modelNames = new TreeSet<>();
        for (String field : List.of("statements", "questions")) {
            for (JsonValue s : model.get(field).getAsArray()) modelNames.add(name(s.getAsObject()));
        }
        Cli.Run count = Cli.run(concat(List.of("query", CASES.resolve("statements.rq").toString(), "--format", "csv"), data));
        assertEquals(0, count.exit(), count.err());
        assertEquals(statements, Integer.parseInt(count.lines().get(1).strip()), "statements counted by statements.rq");
        assertEquals(statements, modelNames.size(), "statements in the model (draw --format json)");

        switch (format) {
            case "dot" -> checkDot(run.out(), statements, expected);
            case "svg" -> checkSvg(run.out(), modelNames, expected);
            case "graphml" -> checkGraphMl(run.out(), modelNames, model, expected);
            default -> throw new AssertionError("no check for --format " + format);
        }
    }

    /** The DOT renders with Graphviz, one node per statement ({@code s1}, {@code s2}…). */
    private static void checkDot(String dot, int statements, List<String> expected) throws Exception {
        Graphviz.require();
        Graphviz.Run rendered = Graphviz.dot(dot, "svg");
        assertEquals(0, rendered.exit(), "dot -Tsvg: " + rendered.err());
        assertEquals("", rendered.err().strip(), "dot printed warnings");
        Document svg = XmlDocuments.parse(rendered.out(), true);
        long nodes = XmlDocuments.elements(svg).stream()
                .filter(e -> e.getLocalName().equals("g") && e.getAttribute("class").equals("node"))
                .filter(e -> XmlDocuments.children(e, "title").get(0).getTextContent().matches("s\\d+"))
                .count();
        assertEquals(statements, nodes, "statement nodes in Graphviz's rendering");
        for (String line : expected) assertTrue(line.startsWith("statements "), "DOT cases check only the count: " + line);
    }

    /** Well-formed SVG, only SVG elements and no event attributes, one {@code g.statement} per statement with its title. */
    private static void checkSvg(String text, TreeSet<String> names, List<String> expected) throws Exception {
        Document doc = XmlDocuments.parse(text);
        Element root = doc.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        assertEquals(4, viewBox.length, "viewBox");
        for (String v : viewBox) Double.parseDouble(v);
        Map<String, Element> byKey = new HashMap<>();
        int count = 0;
        for (Element e : XmlDocuments.elements(doc)) {
            assertEquals(SVG, e.getNamespaceURI(), "an element outside SVG: " + e.getTagName());
            assertFalse(Arrays.asList("script", "foreignObject", "img", "iframe").contains(e.getLocalName()), e.getTagName());
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                assertFalse(e.getAttributes().item(i).getNodeName().toLowerCase().startsWith("on"), "event attribute on " + e.getTagName());
            }
            if (e.getLocalName().equals("g") && e.getAttribute("class").equals("statement")) {
                count++;
                byKey.put(e.getAttribute("data-key"), e);
                assertEquals(1, XmlDocuments.children(e, "title").size(), "one title in " + e.getAttribute("data-key"));
            }
        }
        assertEquals(names.size(), count, "statement elements");
        assertEquals(names, new TreeSet<>(byKey.keySet()), "statement keys");
        for (String line : expected) {
            String[] w = line.split(" ", 3);
            switch (w[0]) {
                case "statements" -> { }
                case "status" -> assertEquals(w[2], statement(byKey, w[1]).getAttribute("data-status"), line);
                case "lost-support" -> assertEquals("true", statement(byKey, w[1]).getAttribute("data-lost-support"), line);
                case "linchpin" -> assertEquals("true", statement(byKey, w[1]).getAttribute("data-linchpin"), line);
                case "text" -> {
                    String title = XmlDocuments.children(statement(byKey, w[1]), "title").get(0).getTextContent();
                    assertTrue(title.startsWith(w[2] + " ["), "title of " + w[1] + ": " + title);
                }
                default -> throw new AssertionError("unknown expected line: " + line);
            }
        }
    }

    /** Valid GraphML, one node per statement (besides arguments and groups), every edge of the model. */
    private static void checkGraphMl(String text, TreeSet<String> names, JsonObject model, List<String> expected) throws Exception {
        assertEquals(List.of(), GraphMlSchema.problems(text), "validation against the GraphML 1.0 schema");
        Document doc = XmlDocuments.parse(text);
        Map<String, Map<String, String>> byKey = new HashMap<>();
        int edges = 0;
        for (Element e : XmlDocuments.elements(doc)) {
            if (e.getLocalName().equals("edge")) edges++;
            if (!e.getLocalName().equals("node")) continue;
            Map<String, String> values = new HashMap<>();
            for (Element d : XmlDocuments.children(e, "data")) values.put(d.getAttribute("key"), d.getTextContent());
            String kind = values.get("kind");
            if (kind.equals("argument") || kind.equals("group")) continue;
            String name = values.getOrDefault("key", values.get("iri"));
            assertNull(byKey.put(name, values), "two nodes for " + name);
        }
        assertEquals(names, new TreeSet<>(byKey.keySet()), "statement nodes");
        int modelEdges = model.get("attacks").getAsArray().size();
        for (JsonValue a : model.get("arguments").getAsArray()) modelEdges += 1 + a.getAsObject().get("premises").getAsArray().size();
        for (JsonValue q : model.get("questions").getAsArray()) modelEdges += q.getAsObject().get("bearsOn").getAsArray().size();
        assertEquals(modelEdges, edges, "edges: premises, conclusions, attacks and bears-on links");
        for (String line : expected) {
            String[] w = line.split(" ", 3);
            switch (w[0]) {
                case "statements" -> { }
                case "status" -> assertEquals(w[2], node(byKey, w[1]).get("status"), line);
                case "lost-support" -> assertEquals("true", node(byKey, w[1]).get("lostSupport"), line);
                case "linchpin" -> assertEquals("true", node(byKey, w[1]).get("linchpin"), line);
                case "text" -> assertEquals(w[2], node(byKey, w[1]).get("text"), line);
                default -> throw new AssertionError("unknown expected line: " + line);
            }
        }
    }

    private static Element statement(Map<String, Element> byKey, String key) {
        Element e = byKey.get(key);
        assertNotNull(e, "no statement " + key + " among " + new TreeSet<>(byKey.keySet()));
        return e;
    }

    private static Map<String, String> node(Map<String, Map<String, String>> byKey, String key) {
        Map<String, String> n = byKey.get(key);
        assertNotNull(n, "no node for " + key + " among " + new TreeSet<>(byKey.keySet()));
        return n;
    }

    private static String name(JsonObject statement) {
        JsonValue key = statement.get("key");
        return key.isNull() ? statement.get("id").getAsString().value() : key.getAsString().value();
    }

    private static List<String> words(Path folder, String file) throws IOException {
        String line = Files.readString(folder.resolve(file)).strip().replace("{case}", folder.toString());
        return line.isEmpty() ? List.of() : Arrays.asList(line.split("\\s+"));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) all.addAll(p);
        return all;
    }
}
