package org.premise.aif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A tiny walk over raw AIF JSON, independent of the importer: node types, edges, and the
 * argument graph a reader of the AIF specification would draw (RA with I premises and one I
 * conclusion; CA from an I node to an I node).
 */
final class RawAif {
    static final Path FIXTURES = Path.of("../shared/fixtures/aif");

    final String name;
    final Map<String, String> typeOf = new LinkedHashMap<>();
    final List<String[]> edges = new ArrayList<>();
    /** conclusion → its arguments' premise lists. */
    final Map<String, List<Set<String>>> arguments = new TreeMap<>();
    /** target → attackers. */
    final Map<String, Set<String>> attackers = new TreeMap<>();

    RawAif(Path file) throws IOException {
        name = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonObject o = JSON.parse(Files.readString(file));
        for (JsonValue n : o.get("nodes").getAsArray()) {
            typeOf.put(str(n.getAsObject().get("nodeID")), n.getAsObject().get("type").getAsString().value());
        }
        for (JsonValue e : o.get("edges").getAsArray()) {
            edges.add(new String[] {str(e.getAsObject().get("fromID")), str(e.getAsObject().get("toID"))});
        }
        for (String s : typeOf.keySet()) {
            List<String> in = new ArrayList<>(), out = new ArrayList<>();
            for (String[] e : edges) {
                if (e[1].equals(s) && typeOf.get(e[0]).equals("I")) in.add(e[0]);
                if (e[0].equals(s) && typeOf.get(e[1]).equals("I")) out.add(e[1]);
            }
            if (typeOf.get(s).equals("RA") && !in.isEmpty() && out.size() == 1) {
                arguments.computeIfAbsent(out.get(0), k -> new ArrayList<>()).add(new HashSet<>(in));
            }
            if (typeOf.get(s).equals("CA")) {
                for (String a : in) for (String t : out) attackers.computeIfAbsent(t, k -> new HashSet<>()).add(a);
            }
        }
    }

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static String str(JsonValue v) {
        return v.isString() ? v.getAsString().value() : v.getAsNumber().value().toString();
    }

    long count(String type) {
        return typeOf.values().stream().filter(type::equals).count();
    }

    String key(String nodeId) {
        return "aif-" + name + "-" + nodeId;
    }

    List<String> statements() {
        return typeOf.keySet().stream().filter(id -> typeOf.get(id).equals("I")).toList();
    }

    boolean isLeaf(String s) {
        return !arguments.containsKey(s);
    }

    /** Brute force: every minimal set of leaves whose closure under the arguments holds s. */
    Set<Set<String>> supportSets(String s) {
        List<String> leaves = statements().stream().filter(this::isLeaf).toList();
        List<Set<String>> supporting = new ArrayList<>();
        for (long mask = 0; mask < (1L << leaves.size()); mask++) {
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < leaves.size(); i++) if ((mask & (1L << i)) != 0) chosen.add(leaves.get(i));
            if (closure(chosen).contains(s)) supporting.add(chosen);
        }
        Set<Set<String>> minimal = new HashSet<>();
        for (Set<String> a : supporting) {
            boolean min = supporting.stream().noneMatch(b -> b.size() < a.size() && a.containsAll(b));
            if (min) minimal.add(a);
        }
        return minimal;
    }

    private Set<String> closure(Set<String> start) {
        Set<String> in = new HashSet<>(start);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var e : arguments.entrySet()) {
                if (!in.contains(e.getKey()) && e.getValue().stream().anyMatch(in::containsAll)) {
                    in.add(e.getKey());
                    changed = true;
                }
            }
        }
        return in;
    }

    /** The grounded labelling of docs/semantics.md, applied naively until nothing changes. */
    Map<String, String> status(Set<String> retracted) {
        Map<String, String> label = new TreeMap<>();
        for (String s : retracted) label.put(s, "out");
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> supportable = supportable(label, retracted);
            for (String s : statements()) {
                if (label.containsKey(s)) continue;
                Set<String> atk = attackers.getOrDefault(s, Set.of());
                boolean out = atk.stream().anyMatch(a -> "in".equals(label.get(a))) || !supportable.contains(s);
                boolean in = atk.stream().allMatch(a -> "out".equals(label.get(a)))
                        && (isLeaf(s) || arguments.get(s).stream().anyMatch(p -> p.stream().allMatch(x -> "in".equals(label.get(x)))));
                if (out) { label.put(s, "out"); changed = true; }
                else if (in) { label.put(s, "in"); changed = true; }
            }
        }
        for (String s : statements()) label.putIfAbsent(s, "undecided");
        return label;
    }

    private Set<String> supportable(Map<String, String> label, Set<String> retracted) {
        Set<String> sup = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String s : statements()) {
                if (sup.contains(s) || "out".equals(label.get(s)) || retracted.contains(s)) continue;
                if (isLeaf(s) || arguments.get(s).stream().anyMatch(sup::containsAll)) {
                    sup.add(s);
                    changed = true;
                }
            }
        }
        return sup;
    }
}
