package org.premise.reason.derive;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;

/**
 * Dictionary encoding of RDF terms: each distinct term gets a dense int id, so the
 * evaluator joins and closes over ints and arrays instead of Jena nodes. Terms are equal
 * when Jena's {@link Node#equals} says so (term equality, as in Jena's in-memory graphs).
 *
 * <p>Terms are only ever added, by one thread at a time (the derivation's), while other
 * threads may read: a reader that got an id from something published after the term was
 * added (a closure index handed out by a derivation) always finds its term, and a lookup
 * never sees a half-added one. So a derivation revised in place can keep serving closure
 * views made before the revision.
 */
final class TermDictionary {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final ConcurrentHashMap<Node, Integer> ids = new ConcurrentHashMap<>();
    private volatile Node[][] chunks = new Node[16][];
    private volatile int size;

    /** The term's id, assigning the next one if it is new (by one thread at a time). */
    int intern(Node term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int fresh = size;
        Node[][] cs = chunks;
        int c = fresh >>> CHUNK_BITS;
        if (c == cs.length) {
            cs = Arrays.copyOf(cs, cs.length * 2);
        }
        if (cs[c] == null) {
            cs[c] = new Node[CHUNK];
        }
        cs[c][fresh & (CHUNK - 1)] = term;
        // Publish the term before its id: whoever sees the id sees the term.
        chunks = cs;
        size = fresh + 1;
        ids.put(term, fresh);
        return fresh;
    }

    /** The term's id, or -1 if it was never interned. */
    int lookup(Node term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    Node term(int id) {
        return chunks[id >>> CHUNK_BITS][id & (CHUNK - 1)];
    }

    int size() {
        return size;
    }
}
