package org.premise.aif;

import java.util.List;

import org.apache.jena.atlas.json.JsonObject;

/**
 * One AIF argument map as AIFdb serves it in JSON: its nodes, edges and locutions. Fields the
 * model does not name are kept verbatim in {@code extra} objects, so nothing is lost on the way
 * to RDF and back.
 */
public record AifMap(List<Node> nodes, List<Edge> edges, List<JsonObject> locutions, JsonObject extra) {

    /** A node identifier as written: its text, and whether the file wrote it as a JSON number. */
    public record Id(String value, boolean number) {
        @Override public String toString() { return value; }
    }

    /**
     * A node: I (proposition), RA (inference), CA (conflict), MA (rephrase), PA (preference),
     * L, YA, TA (dialogue) or any other type AIFdb emits. Text, timestamp and scheme may be null.
     */
    public record Node(Id id, String type, String text, String timestamp, String scheme, JsonObject extra) {}

    /** An edge fromID → toID; its own id may be null when the file gives none. */
    public record Edge(Id id, Id from, Id to, JsonObject extra) {}
}
