package org.premise.map;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * An {@link ArgumentMap} as JSON, what {@code premise draw --format json} prints and the
 * explorer of {@code premise serve} reads ({@code GET /premise/map}):
 * <pre>
 * { "title": …,
 *   "statements": [ { "id", "key", "label", "text", "kind", "implicit", "leaf", "status",
 *                     "statusBefore", "lostSupport", "changedByUser", "linchpin", "linchpinOf": [ids],
 *                     "group" } ],
 *   "questions":  [ { "id", "key", "label", "text", "bearsOn": [ids], "group" } ],
 *   "arguments":  [ { "id", "conclusion", "premises": [ids], "hiddenPremises", "group" } ],
 *   "attacks":    [ { "from", "to", "kind": "undercut" | "rebut" } ],
 *   "groups":     [ { "id", "label", "kind", "parent" } ],
 *   "collapsed":  [ { "what", "statements", "reason" } ],
 *   "truncated":  true when something in scope was left out,
 *   "whatIf":     { "retracted", "assumed", "lostSupport", "statusChanged" }   (only for a what-if),
 *   "layout":     { "engine", "width", "height" }   (only {@link #withLayout}) }
 * </pre>
 * With the layout ({@link #withLayout}), the map as {@code premise draw} lays it out
 * ({@link MapPicture}): every statement and question also has {@code "box": {"x", "y", "w", "h"}}
 * (its centre and size, in the drawing's units, y growing downwards), {@code "shape"}
 * ({@code box}, {@code rounded}, {@code note}, {@code hexagon}, {@code ellipse}),
 * {@code "lines"} (its caption wrapped as drawn) and {@code "keyLines"} (key and marks beneath);
 * every argument its junction's {@code "box"} and, when premises were collapsed,
 * {@code "hiddenBox"} and {@code "hiddenText"}; every group its {@code "box"}.
 * Kinds and statuses are lower-case words ({@code assumption}, {@code in}); absent values are
 * JSON null, never left out, so a client can rely on every field.
 */
public final class MapJson {
    private MapJson() {}

    /** The map as a JSON object, with every element placed as {@code premise draw} places it. */
    public static JsonObject withLayout(ArgumentMap map) {
        JsonObject o = of(map);
        MapPicture picture = MapPicture.of(map);
        MapLayout.Result layout = picture.layout;
        JsonObject about = new JsonObject();
        about.put("engine", "Eclipse ELK layered");
        about.put("width", round(layout.width()));
        about.put("height", round(layout.height()));
        o.put("layout", about);
        Map<String, JsonObject> statements = new HashMap<>();
        for (String field : List.of("statements", "questions")) {
            o.get(field).getAsArray().forEach(v -> statements.put(v.getAsObject().get("id").getAsString().value(), v.getAsObject()));
        }
        for (MapPicture.Drawn d : picture.drawn) {
            JsonObject j = statements.get(d.s().id());
            j.put("box", box(layout.nodes().get(d.id())));
            j.put("shape", d.shape().name().toLowerCase(Locale.ROOT));
            j.put("lines", strings(d.lines()));
            j.put("keyLines", strings(d.keyLines()));
        }
        JsonArray arguments = o.get("arguments").getAsArray();
        for (int i = 0; i < map.arguments().size(); i++) {
            JsonObject j = arguments.get(i).getAsObject();
            String id = "a" + (i + 1);
            j.put("box", box(layout.nodes().get(id)));
            MapLayout.Box hidden = layout.nodes().get(id + "-hidden");
            j.put("hiddenBox", hidden == null ? JsonNull.instance : box(hidden));
            j.put("hiddenText", hidden == null ? JsonNull.instance : new JsonString(MapPicture.stubText(map.arguments().get(i))));
        }
        for (JsonValue v : o.get("groups").getAsArray()) {
            JsonObject j = v.getAsObject();
            MapLayout.Box b = layout.groups().get(j.get("id").getAsString().value());
            j.put("box", b == null ? JsonNull.instance : box(b));
        }
        return o;
    }

    private static JsonObject box(MapLayout.Box b) {
        JsonObject j = new JsonObject();
        j.put("x", round(b.cx()));
        j.put("y", round(b.cy()));
        j.put("w", round(b.w()));
        j.put("h", round(b.h()));
        return j;
    }

    private static JsonValue round(double v) {
        return JsonNumber.value(Math.round(v * 10) / 10.0);
    }

    /** The map as a JSON object. */
    public static JsonObject of(ArgumentMap map) {
        JsonObject o = new JsonObject();
        o.put("title", map.title());
        JsonArray statements = new JsonArray();
        JsonArray questions = new JsonArray();
        for (ArgumentMap.StatementNode s : map.statements()) {
            JsonObject j = new JsonObject();
            j.put("id", s.id());
            put(j, "key", s.key());
            put(j, "label", s.label());
            put(j, "text", s.text());
            if (s.isQuestion()) {
                j.put("bearsOn", strings(s.bearsOn()));
                put(j, "group", s.group());
                questions.add(j);
                continue;
            }
            j.put("kind", s.kind().word());
            j.put("implicit", s.implicit());
            j.put("leaf", s.leaf());
            j.put("status", word(s.status()));
            j.put("statusBefore", word(s.before()));
            j.put("lostSupport", s.lostSupport());
            j.put("changedByUser", s.changedByUser());
            j.put("linchpin", s.isLinchpin());
            j.put("linchpinOf", strings(s.linchpinOf()));
            put(j, "group", s.group());
            statements.add(j);
        }
        o.put("statements", statements);
        o.put("questions", questions);
        JsonArray arguments = new JsonArray();
        for (ArgumentMap.ArgumentNode a : map.arguments()) {
            JsonObject j = new JsonObject();
            j.put("id", a.id());
            j.put("conclusion", a.conclusion());
            j.put("premises", strings(a.premises()));
            j.put("hiddenPremises", a.hiddenPremises());
            put(j, "group", a.group());
            arguments.add(j);
        }
        o.put("arguments", arguments);
        JsonArray attacks = new JsonArray();
        for (ArgumentMap.Attack a : map.attacks()) {
            JsonObject j = new JsonObject();
            j.put("from", a.from());
            j.put("to", a.to());
            j.put("kind", a.kind().word());
            attacks.add(j);
        }
        o.put("attacks", attacks);
        JsonArray groups = new JsonArray();
        for (ArgumentMap.Group gr : map.groups()) {
            JsonObject j = new JsonObject();
            j.put("id", gr.id());
            j.put("label", gr.label());
            j.put("kind", gr.kind().word());
            put(j, "parent", gr.parent());
            groups.add(j);
        }
        o.put("groups", groups);
        JsonArray collapsed = new JsonArray();
        for (ArgumentMap.Collapsed c : map.collapsed()) {
            JsonObject j = new JsonObject();
            j.put("what", c.what());
            j.put("statements", c.statements());
            j.put("reason", c.reason());
            collapsed.add(j);
        }
        o.put("collapsed", collapsed);
        o.put("truncated", !map.collapsed().isEmpty());
        map.whatIf().ifPresent(w -> {
            JsonObject j = new JsonObject();
            j.put("retracted", strings(w.retracted()));
            j.put("assumed", strings(w.assumed()));
            j.put("lostSupport", strings(w.lostSupport()));
            j.put("statusChanged", strings(w.statusChanged()));
            o.put("whatIf", j);
        });
        return o;
    }

    private static void put(JsonObject o, String field, String value) {
        o.put(field, value == null ? JsonNull.instance : new JsonString(value));
    }

    private static JsonValue word(org.premise.reason.analysis.Status status) {
        return status == null ? JsonNull.instance : new JsonString(status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
