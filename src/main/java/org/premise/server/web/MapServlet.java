package org.premise.server.web;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * {@code GET /premise/map?document=DOC&focus=KEY&depth=N&max=N&grouping=section|document|none&retract=KEY&assume=KEY&layout=elk|none}:
 * the argument map the explorer draws, as JSON ({@link MapJson}, the model of {@code premise draw},
 * so both show the same map), with the knowledge base's {@code documents} beside it for the
 * explorer's chooser. Every parameter is optional: the whole knowledge base, grouped by section,
 * collapsed past {@value MapScope#DEFAULT_MAX_STATEMENTS} statements, laid out by ELK as
 * {@code premise draw} lays it out ({@link MapJson#withLayout}; {@code layout=none} leaves the
 * places out for a client that lays the map out itself). Bad names are 400 with the closest ones.
 *
 * <p>Answers are kept for the workspace they were computed from (the served data between two
 * writes), at most {@value #CACHED} of them and {@value #CACHED_CHARS} characters in all, so
 * reloading the page does not lay the map out again;
 * a write makes a new workspace and empties the cache. Asking for the explorer's page starts
 * computing the map its script asks for first, in the background ({@link #warmUpInBackground}).
 */
final class MapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The most statements a client may ask to see drawn at once. */
    static final int MAX_STATEMENTS = 5000;

    /** How many answers are kept for the current workspace. */
    static final int CACHED = 16;
    /** How many characters of answers are kept in all (a 5 000-statement map laid out is about 3 million). */
    static final long CACHED_CHARS = 16_000_000;

    private final transient ServedAnalysis analysis;
    // The answers for one workspace, by normalised request; replaced when the workspace changes.
    // Weakly: after a write the old workspace (a whole analysis) must not live on for the cache's sake.
    private transient WeakReference<Workspace> cachedFor = new WeakReference<>(null);
    private final transient Map<List<Object>, String> cache = new LinkedHashMap<>(CACHED, 0.75f, true);
    private transient long cachedChars;
    private final transient AtomicBoolean warming = new AtomicBoolean();

    MapServlet(ServedAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        try {
            Parameters p = Parameters.of(request, Set.of("document", "focus", "depth", "max", "grouping", "retract", "assume", "layout"));
            MapScope scope = new MapScope(p.one("document"), p.one("focus"),
                    number(p.one("depth"), "depth", MapScope.DEFAULT_DEPTH, 0, 50),
                    number(p.one("max"), "max", MapScope.DEFAULT_MAX_STATEMENTS, 1, MAX_STATEMENTS),
                    p.all("retract"), p.all("assume"));
            json = answer(scope, grouping(p.one("grouping")), laidOut(p.one("layout")));
        } catch (BadInputException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Computes, in a background thread, the map the explorer asks for first (the whole knowledge
     * base, ungrouped, laid out), so that it is under way, or ready, when the page's script asks
     * for it. Called when the explorer's page is asked for; does nothing while a warm-up runs, and
     * finds the map kept when this workspace already answered it. A failure is the request's to report,
     * not this thread's.
     */
    void warmUpInBackground() {
        if (!warming.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                answer(new MapScope(null, null, MapScope.DEFAULT_DEPTH, MapScope.DEFAULT_MAX_STATEMENTS, List.of(), List.of()),
                        ArgumentMap.Grouping.NONE, true);
            } catch (RuntimeException e) {
                // The same request made by a client gets the error.
            } finally {
                warming.set(false);
            }
        }, "premise-map-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The map's JSON for a request, from the cache when this workspace answered it before. */
    private String answer(MapScope scope, ArgumentMap.Grouping grouping, boolean laidOut) {
        List<Object> key = List.of(scope, grouping, laidOut);
        return analysis.read(ws -> {
            synchronized (cache) {
                if (cachedFor.get() != ws) {
                    cache.clear();
                    cachedChars = 0;
                    cachedFor = new WeakReference<>(ws);
                }
                String known = cache.get(key);
                if (known != null) return known;
            }
            ArgumentMap map = ArgumentMapReader.read(ws, scope).grouped(grouping);
            JsonObject o = laidOut ? MapJson.withLayout(map) : MapJson.of(map);
            o.put("documents", documents(ws));
            String answer = JSON.toString(o);
            synchronized (cache) {
                if (cachedFor.get() == ws && answer.length() <= CACHED_CHARS / 4) keep(key, answer);
            }
            return answer;
        });
    }

    /** Keeps an answer, forgetting the least recently used ones past {@link #CACHED} answers or {@link #CACHED_CHARS}. */
    private void keep(List<Object> key, String answer) {
        String before = cache.put(key, answer);
        cachedChars += answer.length() - (before == null ? 0 : before.length());
        var eldest = cache.entrySet().iterator();
        while ((cache.size() > CACHED || cachedChars > CACHED_CHARS) && eldest.hasNext()) {
            cachedChars -= eldest.next().getValue().length();
            eldest.remove();
        }
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

    private static boolean laidOut(String value) {
        if (value == null || value.equals("elk")) return true;
        if (value.equals("none")) return false;
        throw new BadInputException("parameter layout must be elk or none, not \"" + value + "\"");
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
