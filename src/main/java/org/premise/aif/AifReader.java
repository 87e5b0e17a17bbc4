package org.premise.aif;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.premise.BadInputException;
import org.premise.ByteOrderMark;
import org.premise.JsonSyntax;
import org.premise.Utf8Text;
import org.premise.NestingLimit;

/**
 * Reads AIF JSON (AIFdb's serialisation) into an {@link AifMap}. Tolerant of what AIFdb emits
 * (ids as strings or numbers, missing timestamps, extra fields, any node type), strict about
 * structure: a problem becomes a {@link BadInputException} naming the file (and the line and
 * column for JSON syntax errors).
 */
public final class AifReader {
    private static final Set<String> NODE_FIELDS = Set.of("nodeID", "text", "type", "timestamp", "scheme");
    private static final Set<String> EDGE_FIELDS = Set.of("edgeID", "fromID", "toID");
    private static final Set<String> MAP_FIELDS = Set.of("nodes", "edges", "locutions");

    private AifReader() {}

    /** Whether the bytes are a JSON object with {@code nodes} and {@code edges}: AIF, not JSON-LD. */
    public static boolean looksLikeAif(byte[] content) {
        content = ByteOrderMark.strip(content);
        try {
            NestingLimit.checkJson("", content);
            JsonValue v = AifJson.parse(new String(content, StandardCharsets.UTF_8));
            return v.isObject() && v.getAsObject().hasKey("nodes") && v.getAsObject().hasKey("edges");
        } catch (RuntimeException e) {
            // Jena's JSON parser may fail with other exceptions on truncated input.
            return false;
        }
    }

    /** Reads AIF JSON (UTF-8, with or without a byte-order mark); {@code source} names it in error messages. */
    public static AifMap read(String source, byte[] content) {
        content = ByteOrderMark.strip(content);
        String json = Utf8Text.decode(source, content);
        NestingLimit.checkJson(source, content);
        JsonValue root;
        try {
            // Jena's parser, reading the \\f escape its own writer emits, positions in characters.
            root = AifJson.parse(json);
        } catch (RuntimeException e) {
            // The error, with its line and column (also when the text ends early).
            root = JsonSyntax.parse(source, json, "JSON");
        }
        if (!root.isObject()) throw bad(source, "expected an AIF object with \"nodes\" and \"edges\"");
        JsonObject o = root.getAsObject();
        JsonArray nodesJson = array(source, o, "nodes", true);
        JsonArray edgesJson = array(source, o, "edges", true);
        JsonArray locutionsJson = array(source, o, "locutions", false);

        List<AifMap.Node> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodesJson.size(); i++) {
            String where = "node " + (i + 1);
            if (!nodesJson.get(i).isObject()) throw bad(source, where + ": expected an object");
            JsonObject n = nodesJson.get(i).getAsObject();
            AifMap.Id id = id(source, where, n, "nodeID", true);
            where = "node " + id;
            if (!ids.add(id.value())) throw bad(source, where + ": nodeID used twice");
            String type = string(source, where, n, "type", true);
            if (type.isBlank()) throw bad(source, where + ": empty \"type\"");
            String text = string(source, where, n, "text", type.equals("I"));
            nodes.add(new AifMap.Node(id, type, text, string(source, where, n, "timestamp", false),
                    string(source, where, n, "scheme", false), rest(n, NODE_FIELDS)));
        }
        List<AifMap.Edge> edges = new ArrayList<>();
        Set<String> edgeIds = new HashSet<>();
        for (int i = 0; i < edgesJson.size(); i++) {
            String where = "edge " + (i + 1);
            if (!edgesJson.get(i).isObject()) throw bad(source, where + ": expected an object");
            JsonObject e = edgesJson.get(i).getAsObject();
            AifMap.Id id = id(source, where, e, "edgeID", false);
            if (id != null) {
                where = "edge " + id;
                if (!edgeIds.add(id.value())) throw bad(source, where + ": edgeID used twice");
            }
            AifMap.Id from = id(source, where, e, "fromID", true);
            AifMap.Id to = id(source, where, e, "toID", true);
            if (!ids.contains(from.value())) throw bad(source, where + ": fromID " + from + " names no node");
            if (!ids.contains(to.value())) throw bad(source, where + ": toID " + to + " names no node");
            edges.add(new AifMap.Edge(id, from, to, rest(e, EDGE_FIELDS)));
        }
        List<JsonObject> locutions = new ArrayList<>();
        if (locutionsJson != null) {
            for (int i = 0; i < locutionsJson.size(); i++) {
                if (!locutionsJson.get(i).isObject()) throw bad(source, "locution " + (i + 1) + ": expected an object");
                locutions.add(locutionsJson.get(i).getAsObject());
            }
        }
        return new AifMap(nodes, edges, locutions, rest(o, MAP_FIELDS));
    }

    private static JsonArray array(String source, JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) throw bad(source, "expected an AIF object with \"nodes\" and \"edges\"; \"" + key + "\" is missing");
            return null;
        }
        if (!v.isArray()) throw bad(source, "\"" + key + "\" must be an array");
        return v.getAsArray();
    }

    private static AifMap.Id id(String source, String where, JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) throw bad(source, where + ": \"" + key + "\" is missing");
            return null;
        }
        if (v.isString()) return new AifMap.Id(v.getAsString().value(), false);
        if (v.isNumber()) return new AifMap.Id(v.getAsNumber().value().toString(), true);
        throw bad(source, where + ": \"" + key + "\" must be a string or a number");
    }

    private static String string(String source, String where, JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) throw bad(source, where + ": \"" + key + "\" is missing");
            return null;
        }
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        throw bad(source, where + ": \"" + key + "\" must be a string");
    }

    /** The fields not modelled, kept verbatim (a null timestamp or scheme too). */
    private static JsonObject rest(JsonObject o, Set<String> known) {
        JsonObject extra = new JsonObject();
        for (String k : o.keys()) {
            JsonValue v = o.get(k);
            boolean modelled = known.contains(k) && !(v.isNull() && !MAP_FIELDS.contains(k) && !k.endsWith("ID"));
            if (!modelled) extra.put(k, v);
        }
        return extra;
    }

    private static BadInputException bad(String source, String message) {
        return new BadInputException(source, -1, -1, "not AIF: " + message);
    }
}
