package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Dictionary encoding of RDF terms: each distinct term gets a dense int id, so the
 * evaluator joins and closes over ints and arrays instead of Jena nodes. Terms are equal
 * when Jena's {@link Node#equals} says so (term equality, as in Jena's in-memory graphs).
 */
final class TermDictionary {
    private final Map<Node, Integer> ids;
    private final List<Node> terms;

    TermDictionary() {
        this(new HashMap<>(), new ArrayList<>());
    }

    private TermDictionary(Map<Node, Integer> ids, List<Node> terms) {
        this.ids = ids;
        this.terms = terms;
    }

    /** A copy that gives every term the same id, and grows independently of this one. */
    TermDictionary copy() {
        return new TermDictionary(new HashMap<>(ids), new ArrayList<>(terms));
    }

    /** The term's id, assigning the next one if it is new. */
    int intern(Node term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int fresh = terms.size();
        terms.add(term);
        ids.put(term, fresh);
        return fresh;
    }

    /** The term's id, or -1 if it was never interned. */
    int lookup(Node term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    Node term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }
}
