package org.premise.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.premise.BadInputException;
import org.premise.map.ArgumentMap;
import org.premise.map.ArgumentMapReader;
import org.premise.map.MapJson;
import org.premise.map.MapScope;
import org.premise.rdf.GraphLookup;
import org.premise.rdf.Vocab;
import org.premise.reason.Workspace;

/**
 * {@code GET /premise/map?document=DOC&focus=KEY&depth=N&max=N&grouping=section|document|none&retract=KEY&assume=KEY}:
 * the argument map the explorer draws, as JSON ({@link MapJson}, the model of {@code premise draw},
 * so both show the same map), with the knowledge base's {@code documents} beside it for the
 * explorer's chooser. Every parameter is optional: the whole knowledge base, grouped by section,
 * collapsed past {@value MapScope#DEFAULT_MAX_STATEMENTS} statements. Bad names are 400 with the
 * closest ones.
 */
final class MapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The most statements a client may ask to see drawn at once. */
    static final int MAX_STATEMENTS = 5000;

    private final transient ServedAnalysis analysis;

    MapServlet(ServedAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        try {
            Parameters p = Parameters.of(request, Set.of("document", "focus", "depth", "max", "grouping", "retract", "assume"));
            MapScope scope = new MapScope(p.one("document"), p.one("focus"),
                    number(p.one("depth"), "depth", MapScope.DEFAULT_DEPTH, 0, 50),
                    number(p.one("max"), "max", MapScope.DEFAULT_MAX_STATEMENTS, 1, MAX_STATEMENTS),
                    p.all("retract"), p.all("assume"));
            ArgumentMap.Grouping grouping = grouping(p.one("grouping"));
            json = analysis.read(ws -> {
                JsonObject o = MapJson.of(ArgumentMapReader.read(ws, scope).grouped(grouping));
                o.put("documents", documents(ws));
                return JSON.toString(o);
            });
        } catch (BadInputException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static int number(String value, String name, int otherwise, int min, int max) {
        if (value == null) return otherwise;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadInputException("parameter " + name + " must be a whole number from " + min + " to " + max + ", not \"" + value + "\"");
    }

    private static ArgumentMap.Grouping grouping(String value) {
        if (value == null) return ArgumentMap.Grouping.SECTION;
        for (ArgumentMap.Grouping g : ArgumentMap.Grouping.values()) {
            if (g.word().equals(value)) return g;
        }
        throw new BadInputException("parameter grouping must be section, document or none, not \"" + value + "\"");
    }

    /** The documents of the knowledge base, by title, for choosing one. */
    private static JsonArray documents(Workspace ws) {
        Graph g = ws.kb().union();
        List<JsonObject> documents = new ArrayList<>();
        g.find(Node.ANY, Vocab.rdfType, Vocab.Document).forEachRemaining(t -> {
            Node d = t.getSubject();
            if (!d.isURI()) return;
            JsonObject o = new JsonObject();
            o.put("id", d.getURI());
            String title = GraphLookup.lexical(g, d, Vocab.dctermsTitle);
            o.put("title", title != null ? title : d.getLocalName());
            documents.add(o);
        });
        documents.sort(Comparator.comparing(o -> o.get("title").getAsString().value()));
        JsonArray out = new JsonArray();
        documents.forEach(out::add);
        return out;
    }
}
